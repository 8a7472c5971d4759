/**
 * Print-first styles for the storyboard: A4, 10.5 pt type, a footer with the version and page
 * numbers on every page, and no card split across a page where it can be helped. The course's
 * `--pir-*` tokens are defined on :root beside these, so inlined figures draw in their own colours.
 */
const cssString = (s: string) =>
  `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ').replace(/</g, '\\3c ')}"`;

/** `footer` (course, version, fingerprint) is printed at the foot of every page. */
export const storyboardStyles = (footer: string) => `
@page {
  size: A4;
  margin: 16mm 15mm 18mm;
  @bottom-left { content: ${cssString(footer)}; font: 8pt system-ui, sans-serif; color: #4c6272; }
  @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font: 8pt system-ui, sans-serif; color: #4c6272; }
}
* { box-sizing: border-box; }
html { font: 10.5pt/1.45 var(--pir-font); color: var(--pir-color-text); background: #fff; }
body { margin: 0 auto; max-width: 180mm; padding: 0; }
@media screen { body { padding: 12mm 8mm; } }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 0 0 0.4em; break-after: avoid; }
h1 { font-size: 22pt; color: var(--pir-color-brand-dark); }
h2 { font-size: 16pt; color: var(--pir-color-brand-dark); margin-top: 0.4em; }
h3 { font-size: 12.5pt; margin-top: 1.2em; border-bottom: 1px solid var(--pir-color-border); padding-bottom: 2pt; }
h4 { font-size: 11pt; }
h5 { font-size: 10.5pt; }
p, ul, ol, dl { margin: 0 0 0.55em; }
ul, ol { padding-left: 1.4em; }
a { color: var(--pir-color-link); }
a.pir-term { color: inherit; text-decoration: underline dotted; }
code { font: 9pt 'DejaVu Sans Mono', monospace; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.id { font: 7.5pt 'DejaVu Sans Mono', monospace; color: #4c6272; background: #f0f4f5; border-radius: 2px; padding: 0 3px; white-space: nowrap; font-weight: normal; }
.meta { font-size: 8.5pt; color: #4c6272; }
.label { font-size: 8pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; color: #4c6272; margin: 0 0 2pt; }
.kind { font-size: 8pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; color: var(--pir-color-brand-dark); }
.label .id, .kind .id { text-transform: none; letter-spacing: 0; }
.missing { color: var(--pir-color-error); font-weight: bold; }

.cover .eyebrow { font-size: 11pt; color: #4c6272; margin-bottom: 2pt; }
.facts { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; }
.facts th, .facts td { text-align: left; vertical-align: top; padding: 3pt 6pt; border-bottom: 1px solid var(--pir-color-border); }
.facts th { width: 32%; font-weight: bold; }
.how { font-size: 9.5pt; background: var(--pir-color-info-tint); padding: 6pt 8pt; }
.contents-title { font-size: 12pt; margin-top: 8pt; }
.contents { columns: 2; font-size: 9.5pt; }

.part, .lesson { break-before: page; }
#checks { break-before: auto; margin-top: 16pt; }
.summary { font-style: italic; }
.outcomes-line { font-size: 9pt; color: #4c6272; }
.page-number { color: #4c6272; font-weight: normal; }
.block { margin: 0 0 8pt; }
.block.callout, .block.scenario, .block.reflection, .block.reveal, .block.check, .block.case, .block.figure {
  border-left: 4px solid var(--pir-color-border-strong); padding: 5pt 8pt; background: #fafbfb;
}
.block.callout.safety { border-left-color: var(--pir-color-error); background: var(--pir-color-error-tint); }
.block.callout.tip { border-left-color: var(--pir-color-success); background: var(--pir-color-tip-tint); }
.block.callout.info { border-left-color: var(--pir-color-brand); background: var(--pir-color-info-tint); }
.block.reflection { border-left-color: var(--pir-color-success); break-inside: avoid; }
.block.reveal { border-left-color: var(--pir-color-brand); }
.block.callout { break-inside: avoid; }
.block.scenario { border-left-color: var(--pir-color-brand-dark); background: #fff; }
.block.check { border: 0; padding: 0; background: none; }
.block.check .question { border-left: 4px solid var(--pir-color-brand-dark); }

.question { border: 1px solid var(--pir-color-border); border-radius: 3px; padding: 6pt 8pt; margin: 6pt 0; background: #fff; }
.question-core { break-inside: avoid; }
.feedback { break-inside: avoid; }
.question-head { display: flex; flex-wrap: wrap; gap: 4pt 8pt; align-items: baseline; margin-bottom: 3pt; }
.question-head .meta { margin-left: auto; }
.prompt { font-weight: bold; }
.options { list-style: none; padding-left: 0; }
.options li { padding: 2pt 0 2pt 1.4em; text-indent: -1.4em; }
.options .key { font-weight: bold; }
.options .key .mark { color: var(--pir-color-success); }
.options .distractor .mark { color: #768692; }
.option-feedback { font-weight: normal; font-size: 9pt; color: #4c6272; }
.answer strong { color: var(--pir-color-success-dark); }
.feedback { display: grid; grid-template-columns: 28mm 1fr; gap: 2pt 8pt; font-size: 9.5pt; margin: 4pt 0 0; }
.feedback dt { font-weight: bold; color: #4c6272; }
.feedback dd { margin: 0; }
.feedback dd p:last-child { margin-bottom: 0; }
.refs { padding-left: 0; list-style: none; margin: 0; }
.matching { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-bottom: 4pt; }
.matching th, .matching td { border: 1px solid var(--pir-color-border); padding: 2pt 5pt; text-align: left; vertical-align: top; }
.ordering { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; font-size: 9.5pt; }
.findings { list-style: none; padding: 4pt 6pt; margin: 4pt 0 0; font-size: 9pt; background: var(--pir-color-warning-tint); }
.findings .error { color: var(--pir-color-error); }
.problems { font-size: 8.5pt; }
.problems li { margin-bottom: 2pt; }

.case .node { border-top: 1px solid var(--pir-color-border); padding-top: 5pt; margin-top: 6pt; }
.case .node.end { background: var(--pir-color-success-tint); padding: 5pt 6pt; }
.speaker { font-size: 9pt; font-style: italic; }
.choices { padding-left: 1.2em; }
.choice { margin-bottom: 6pt; break-inside: avoid; }
.choice-text { font-weight: bold; }
.quality { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; padding: 0 4pt; border-radius: 2px; color: #fff; }
.quality.best { background: var(--pir-color-success); }
.quality.acceptable { background: var(--pir-color-brand); }
.quality.poor { background: var(--pir-color-error); }
.response, .choice-feedback, .debrief { font-size: 9.5pt; margin-left: 6pt; padding-left: 6pt; border-left: 2px solid var(--pir-color-border); margin-bottom: 3pt; }
.next { font-size: 9pt; }
.routes { font-size: 9pt; margin-top: 6pt; break-inside: avoid; }

.block.figure { break-inside: avoid; }
.figure .svg { margin: 0 auto 4pt; color: var(--pir-color-text); text-align: center; }
.figure .svg svg { max-width: 100%; max-height: 110mm; width: auto; height: auto; display: inline-block; }
.figure figcaption, .image figcaption { font-size: 9pt; }
.long-desc { font-size: 9.5pt; margin-top: 4pt; }
.image img { max-width: 100%; }

.outcome-list li { margin-bottom: 4pt; }
.glossary dt { font-weight: bold; margin-top: 5pt; break-after: avoid; }
.glossary dd { margin: 0 0 2pt; }
.reference-list { font-size: 9.5pt; }
.reference-list li { margin-bottom: 3pt; break-inside: avoid; }
.reference-list a { word-break: break-all; font-size: 8.5pt; }

.sign-off { break-inside: avoid; }
.signature { border-collapse: collapse; width: 100%; margin-top: 10pt; }
.signature th, .signature td { border: 1px solid var(--pir-color-border-strong); padding: 8pt; text-align: left; vertical-align: top; }
.signature th { width: 32%; background: #f0f4f5; }
.signature td { height: 14mm; }
.signature td.tall { height: 22mm; }
.signature td.comments { height: 60mm; }
.signature .decision span { display: block; margin: 2pt 0; }
`;
