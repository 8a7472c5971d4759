/**
 * The storyboard a clinical lead reads and signs before a content version goes live: the whole
 * course on paper, in the order a learner meets it, with every branch of every case, every
 * question with its key, and the figures the build measured.
 *
 * Compiled HTML fields (`html`, `rationale`, `responseHtml`, sanitised `svg` …) come from the
 * content compiler, which refuses raw HTML, so they are inserted as they are; every plain string
 * is escaped here.
 */
import { createHash } from 'node:crypto';
import type { Course, Question } from '../../src/content/course-schema.js';
import { tokens } from '../../src/styles/tokens.js';
import { formatProblem, type ContentProblem } from '../content/content-error.js';
import type { CourseReview } from '../content/course-checks.js';
import {
  durationFormula,
  isCase,
  isFigure,
  isReveal,
  longestCasePath,
  teachingShareLine,
  type CaseBlockShape,
  type CaseNodeShape,
  type FigureBlockShape,
} from '../content/duration.js';
import { describeRate, type ItemFinding } from '../content/item-writing.js';
import { storyboardStyles } from './storyboard-styles.js';

export const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const esc = escapeHtml;

/** An id shown beside what it names, so reviewers can quote it back to the authors. */
const idTag = (id: string) => `<span class="id">${esc(id)}</span>`;

type Block = Course['lessons'][number]['pages'][number]['blocks'][number];
type AnyBlock = { type: string };
/** Glossary entries gain an `id` with the glossary-links work; until then the term names it. */
type GlossaryEntry = Course['glossary'][number] & { id?: string; aliases?: string[] };
const glossaryId = (g: GlossaryEntry) =>
  g.id ??
  g.term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export interface StoryboardInput {
  course: Course;
  review: CourseReview;
  /** Printed on the cover, e.g. "30 November 2026". */
  generatedOn: string;
  /** Images (`::image`) inlined as data: URLs, keyed by `src`; missing ones show their path. */
  images?: Map<string, string>;
}

const TYPE_LABEL: Record<Question['type'], string> = {
  single: 'Single choice',
  multiple: 'Multiple response',
  truefalse: 'True or false',
  matching: 'Matching',
  ordering: 'Ordering',
};
const QUALITY_LABEL = { best: 'Best', acceptable: 'Acceptable', poor: 'Poor' } as const;

/** A short fingerprint of the compiled course, so the signature binds to this exact content. */
export function contentFingerprint(course: Course): string {
  return createHash('sha256').update(JSON.stringify(course)).digest('hex').slice(0, 16);
}

export function renderStoryboard({ course, review, generatedOn, images }: StoryboardInput): string {
  const questions = new Map(course.questions.map((q) => [q.id, q]));
  const references = new Map(course.references.map((r) => [r.id, r]));
  const outcomes = new Map(course.outcomes.map((o) => [o.id, o]));
  const findingsByQuestion = new Map<string, ItemFinding[]>();
  for (const f of review.itemWriting.findings) {
    const id = f.item?.replace(/^question /, '');
    if (id && questions.has(id)) findingsByQuestion.set(id, [...(findingsByQuestion.get(id) ?? []), f]);
  }
  const longestKey = new Set([...review.itemWriting.bank.ids, ...review.itemWriting.checks.ids]);
  const inBank = new Set(course.assessment.bank);
  const shownInLessons = new Set<string>();
  const errors = review.errors;

  const renderQuestion = (id: string, context: string, label = ''): string => {
    const q = questions.get(id);
    if (!q) return `<p class="missing">Question ${idTag(id)} is missing.</p>`;
    const uses = [
      ...(inBank.has(q.id) ? ['assessment bank'] : []),
      ...(context && context !== 'assessment bank' ? [context] : []),
    ];
    const findings = findingsByQuestion.get(q.id) ?? [];
    return `<section class="question" id="question-${esc(q.id)}">
  <div class="question-core">
  ${label ? `<p class="label">${esc(label)}</p>` : ''}
  <header class="question-head">
    <span class="kind">${TYPE_LABEL[q.type]}</span> ${idTag(q.id)}
    <span class="meta">${uses.map(esc).join('; ')} · outcomes ${q.outcomes.map(idTag).join(' ')}</span>
  </header>
  <p class="prompt">${esc(q.prompt)}</p>
  ${renderAnswer(q)}
  </div>
  <dl class="feedback">
    <dt>Feedback when right</dt><dd>${esc(q.feedback.correct)}</dd>
    <dt>Feedback when wrong</dt><dd>${esc(q.feedback.incorrect)}</dd>
    <dt>Rationale</dt><dd>${q.rationale}</dd>
    <dt>References</dt><dd><ul class="refs">${q.references
      .map((r) => `<li>${idTag(r)} ${esc(references.get(r)?.citation ?? 'not in references.yaml')}</li>`)
      .join('')}</ul></dd>
  </dl>
  ${longestKey.has(q.id) ? '<p class="meta">The key is strictly the longest option (counted in the longest-option rate).</p>' : ''}
  ${findings.length ? `<ul class="findings">${findings.map((f) => `<li class="${f.severity}"><strong>Item writing ${f.severity}:</strong> ${esc(f.field ? `${f.field}: ${f.reason}` : f.reason)}</li>`).join('')}</ul>` : ''}
</section>`;
  };

  const renderBlock = (block: Block, lessonLabel: string): string => {
    const any = block as AnyBlock;
    if (isCase(any)) return renderCase(any);
    if (isFigure(any)) return renderFigure(any);
    if (isReveal(any))
      return `<div class="block reveal"><p class="label">Worked example (the learner opens it)</p><h4>${esc(any.title)}</h4>${any.html}</div>`;
    switch (block.type) {
      case 'text':
        return `<div class="block text">${block.html}</div>`;
      case 'callout':
        return `<div class="block callout ${esc(block.kind)}"><p class="label">${esc({ info: 'Information', tip: 'Tip', safety: 'Safety' }[block.kind])}</p><h4>${esc(block.title)}</h4>${block.html}</div>`;
      case 'scenario':
        for (const id of block.questionIds) shownInLessons.add(id);
        return `<div class="block scenario"><p class="label">Scenario</p><h4>${esc(block.title)}</h4>${block.html}${block.questionIds
          .map((id) => renderQuestion(id, `scenario in ${lessonLabel}`))
          .join('')}</div>`;
      case 'reflection':
        return `<div class="block reflection"><p class="label">Reflection ${idTag(block.id)} (never marked)</p><p>${esc(block.prompt)}</p></div>`;
      case 'check':
        shownInLessons.add(block.questionId);
        return `<div class="block check">${renderQuestion(block.questionId, `knowledge check in ${lessonLabel}`, 'Knowledge check (does not count towards the result)')}</div>`;
      case 'image': {
        const data = images?.get(block.src);
        return `<figure class="block image">${
          data
            ? `<img src="${esc(data)}" alt="${esc(block.alt)}">`
            : `<p class="missing">Image ${esc(block.src)}</p>`
        }<figcaption>${block.caption ? `${esc(block.caption)}<br>` : ''}<span class="label">Alt text:</span> ${block.decorative ? 'none (decorative)' : esc(block.alt)}</figcaption></figure>`;
      }
      // A block type added to the schema after this file: visible, so a reviewer asks about it.
      default:
        return `<p class="missing">A "${esc(any.type)}" block is here, which the storyboard cannot show yet.</p>`;
    }
  };

  const lessonsHtml = course.lessons
    .map((lesson, l) => {
      const label = `lesson ${l + 1}`;
      return `<article class="lesson" id="lesson-${esc(lesson.id)}">
  <h2>Lesson ${l + 1}: ${esc(lesson.title)} ${idTag(lesson.id)}</h2>
  <p class="summary">${esc(lesson.summary)}</p>
  <p class="outcomes-line">Teaches ${lesson.outcomes.map((o) => `${idTag(o)} ${esc(outcomes.get(o)?.text ?? '')}`).join('; ')}</p>
  ${lesson.pages
    .map(
      (page, p) => `<section class="page" id="page-${esc(page.id)}">
    <h3><span class="page-number">${l + 1}.${p + 1}</span> ${esc(page.title)} ${idTag(page.id)}</h3>
    ${page.blocks.map((b) => renderBlock(b, `${label}, page ${l + 1}.${p + 1}`)).join('\n')}
  </section>`,
    )
    .join('\n')}
</article>`;
    })
    .join('\n');

  const bankHtml = course.assessment.bank.map((id) => renderQuestion(id, 'assessment bank')).join('\n');
  const unused = course.questions.filter((q) => !inBank.has(q.id) && !shownInLessons.has(q.id));
  const d = review.duration;
  const iw = review.itemWriting;
  const problemList = (list: ContentProblem[]) =>
    list.length
      ? `<ul class="problems">${list.map((p) => `<li>${esc(formatProblem(p))}</li>`).join('')}</ul>`
      : '<p>None.</p>';
  const title = `${course.title} ${course.version}: storyboard for clinical sign-off`;

  return `<!doctype html>
<html lang="${esc(course.language)}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>${tokens.cssText.replace(/:host\b/g, ':root')}${storyboardStyles(`${course.title} ${course.version} · storyboard · fingerprint ${contentFingerprint(course)}`)}</style>
</head>
<body>
<header class="cover">
  <p class="eyebrow">Storyboard for clinical sign-off</p>
  <h1>${esc(course.title)}</h1>
  <table class="facts">
    <tr><th>Content version</th><td>${esc(course.version)}</td></tr>
    <tr><th>Course id</th><td>${idTag(course.id)}</td></tr>
    <tr><th>Content fingerprint</th><td><code>${contentFingerprint(course)}</code> (changes whenever any content changes)</td></tr>
    <tr><th>Generated</th><td>${esc(generatedOn)}</td></tr>
    <tr><th>Audience</th><td>${esc(course.audience)}</td></tr>
    <tr><th>Description</th><td>${esc(course.description)}</td></tr>
    <tr><th>Estimated duration</th><td><strong>${d.minutes} minutes</strong> = ${esc(durationFormula(d))}</td></tr>
    <tr><th>Teaching share</th><td>${esc(teachingShareLine(d).replace(/^Teaching share: /, ''))}</td></tr>
    <tr><th>Assessment</th><td>${course.assessment.drawSize} questions drawn from a bank of ${course.assessment.bank.length}; pass mark ${course.assessment.passMark}%; ${course.assessment.maxAttempts} attempts</td></tr>
  </table>
  <p class="how">How to read it: lessons follow in the order a learner meets them, with each knowledge check and scenario question shown where it appears and its answer key marked ✓. Each case is shown node by node, with every choice, where it leads, and every route through it. The assessment bank, glossary and references follow. Ids (in grey) let you point the authors at anything exactly. The sign-off box is on the last page.</p>
  <h2 class="contents-title">Contents</h2>
  <ol class="contents">
    <li><a href="#outcomes">Learning outcomes</a></li>
    <li><a href="#checks">Content checks</a></li>
    <li><a href="#welcome">Welcome</a></li>
    ${course.lessons.map((l, i) => `<li><a href="#lesson-${esc(l.id)}">Lesson ${i + 1}: ${esc(l.title)}</a></li>`).join('')}
    <li><a href="#bank">Assessment bank</a></li>
    ${unused.length ? '<li><a href="#unused">Questions not used</a></li>' : ''}
    <li><a href="#glossary">Glossary</a></li>
    <li><a href="#references">References</a></li>
    <li><a href="#sign-off">Sign-off</a></li>
  </ol>
</header>

<section id="outcomes" class="part">
  <h2>Learning outcomes</h2>
  <ol class="outcome-list">${course.outcomes
    .map((o) => {
      const taught = course.lessons.filter((l) => l.outcomes.includes(o.id)).map((l) => l.title);
      const tested = course.assessment.bank.filter((id) => questions.get(id)?.outcomes.includes(o.id)).length;
      return `<li>${idTag(o.id)} ${esc(o.text)}<br><span class="meta">Taught in: ${esc(taught.join('; ') || 'no lesson')}. Tested by ${tested} bank question${tested === 1 ? '' : 's'}.</span></li>`;
    })
    .join('')}</ol>
</section>

<section id="checks" class="part">
  <h2>Content checks</h2>
  <p>These are the figures and findings of <code>npm run check:content</code> for this version.</p>
  <table class="facts">
    <tr><th>Duration</th><td>${d.minutes} minutes (must be 30 to 35)</td></tr>
    <tr><th>Teaching share</th><td>${Math.round(d.teachingShare * 100)}% (at least 60%)</td></tr>
    <tr><th>Key is the longest option</th><td>assessment bank: ${esc(describeRate(iw.bank))}; knowledge checks: ${esc(describeRate(iw.checks))} (at most one in three)</td></tr>
  </table>
  <h3>Errors (${errors.length})</h3>
  ${problemList(errors)}
  <h3>Warnings (${review.warnings.length})</h3>
  ${problemList(review.warnings)}
</section>

<section id="welcome" class="part">
  <h2>Welcome</h2>
  <div class="block text">${course.welcomeHtml}</div>
</section>

${lessonsHtml}

<section id="bank" class="part">
  <h2>Assessment bank</h2>
  <p>${course.assessment.drawSize} of these ${course.assessment.bank.length} questions are drawn for each attempt, covering every learning outcome.</p>
  ${bankHtml}
</section>
${unused.length ? `<section id="unused" class="part"><h2>Questions not used</h2><p>Defined in module/questions/ but neither in a lesson nor in the bank.</p>${unused.map((q) => renderQuestion(q.id, '')).join('')}</section>` : ''}

<section id="glossary" class="part">
  <h2>Glossary</h2>
  <dl class="glossary">${(course.glossary as GlossaryEntry[])
    .map(
      (g) =>
        `<dt id="glossary-${esc(glossaryId(g))}">${esc(g.term)} ${idTag(glossaryId(g))}${g.aliases?.length ? ` <span class="meta">also: ${esc(g.aliases.join(', '))}</span>` : ''}</dt><dd>${esc(g.definition)}</dd>`,
    )
    .join('')}</dl>
</section>

<section id="references" class="part">
  <h2>References</h2>
  <ol class="reference-list">${course.references
    .map(
      (r) =>
        `<li id="reference-${esc(r.id)}">${idTag(r.id)} ${esc(r.citation)}${r.url ? `<br><a href="${esc(r.url)}">${esc(r.url)}</a>` : ''}</li>`,
    )
    .join('')}</ol>
</section>

<section id="sign-off" class="part sign-off">
  <h2>Clinical sign-off</h2>
  <p>I have reviewed every page, case, figure and question of <strong>${esc(course.title)}</strong>, content version <strong>${esc(course.version)}</strong> (fingerprint <code>${contentFingerprint(course)}</code>), as shown in this storyboard.</p>
  <table class="signature">
    <tr><th>Name</th><td></td></tr>
    <tr><th>Role and registration</th><td></td></tr>
    <tr><th>Signature</th><td class="tall"></td></tr>
    <tr><th>Date</th><td></td></tr>
    <tr><th>Decision</th><td class="decision"><span>☐ Approved</span><span>☐ Approved subject to the changes below</span><span>☐ Not approved</span></td></tr>
    <tr><th>Changes required or comments</th><td class="comments"></td></tr>
  </table>
</section>
</body>
</html>
`;

  function renderFigure(f: FigureBlockShape): string {
    return `<figure class="block figure">
  <div class="svg" role="img" aria-label="${esc(f.alt)}">${f.svg}</div>
  <figcaption>${f.caption ? `<strong>${esc(f.caption)}</strong><br>` : ''}<span class="label">File:</span> ${esc(f.src)}<br><span class="label">Alt text:</span> ${esc(f.alt)}</figcaption>
  ${f.longDescHtml ? `<div class="long-desc"><p class="label">Long description</p>${f.longDescHtml}</div>` : '<p class="meta">Simple figure: the alt text says it all.</p>'}
</figure>`;
  }

  function renderCase(c: CaseBlockShape): string {
    const nodes = new Map(c.nodes.map((n) => [n.id, n]));
    // Nodes in the order a learner could first reach them, then any the build would refuse.
    const order: CaseNodeShape[] = [];
    const queue = [c.start];
    const seen = new Set<string>();
    while (queue.length) {
      const id = queue.shift()!;
      const node = nodes.get(id);
      if (!node || seen.has(id)) continue;
      seen.add(id);
      order.push(node);
      for (const choice of node.choices ?? []) queue.push(choice.next);
    }
    order.push(...c.nodes.filter((n) => !seen.has(n.id)));
    const from = new Map<string, string[]>();
    for (const n of c.nodes)
      for (const ch of n.choices ?? [])
        from.set(ch.next, [...(from.get(ch.next) ?? []), `${n.title} → “${ch.text}”`]);
    const title = (id: string) => nodes.get(id)?.title ?? `missing node ${id}`;
    const routes = caseRoutes(c);
    const longest = longestCasePath(c).choices.join(' ');

    return `<div class="block case" id="case-${esc(c.id)}">
  <p class="label">Branching case (practice; never scored)</p>
  <h4>${esc(c.title)} ${idTag(c.id)}</h4>
  <p>${esc(c.summary)}</p>
  <p class="meta">Starts at ${idTag(c.start)}. ${c.nodes.length} nodes; ${c.nodes.filter((n) => n.choices?.length).length} decisions; ${routes.length} route${routes.length === 1 ? '' : 's'} through it.</p>
  ${order
    .map(
      (n) => `<section class="node${n.choices?.length ? '' : ' end'}" id="case-${esc(c.id)}-${esc(n.id)}">
    <h5>${esc(n.title)} ${idTag(n.id)}${n.choices?.length ? '' : ' <span class="kind">End</span>'}</h5>
    ${from.has(n.id) ? `<p class="meta">Reached from: ${from.get(n.id)!.map(esc).join('; ')}</p>` : n.id === c.start ? '<p class="meta">The case starts here.</p>' : ''}
    ${n.speaker ? `<p class="speaker">Speaking: ${esc(n.speaker)}</p>` : ''}
    <div class="narrative">${n.html}</div>
    ${
      n.choices?.length
        ? `<ol class="choices">${n.choices
            .map(
              (ch) => `<li class="choice ${esc(ch.quality)}">
      <p class="choice-text"><span class="quality ${esc(ch.quality)}">${QUALITY_LABEL[ch.quality] ?? esc(ch.quality)}</span> ${idTag(ch.id)} “${esc(ch.text)}”</p>
      <div class="response"><p class="label">What happens</p>${ch.responseHtml}</div>
      <div class="choice-feedback"><p class="label">Feedback</p>${ch.feedbackHtml}</div>
      <p class="next">Leads to: <a href="#case-${esc(c.id)}-${esc(ch.next)}">${esc(title(ch.next))}</a> ${idTag(ch.next)}</p>
    </li>`,
            )
            .join('')}</ol>`
        : ''
    }
    ${n.debriefHtml ? `<div class="debrief"><p class="label">Debrief</p>${n.debriefHtml}</div>` : ''}
  </section>`,
    )
    .join('\n')}
  <div class="routes"><p class="label">Every route through the case (choice qualities in order)</p><ol>${routes
    .map(
      (r) =>
        `<li>${r.steps.map((s) => `${esc(QUALITY_LABEL[s.quality] ?? s.quality)} ${idTag(s.id)}`).join(' → ')} → ends at ${esc(title(r.end))}${r.steps.map((s) => s.id).join(' ') === longest ? ' <span class="meta">(longest: used for the duration)</span>' : ''}</li>`,
    )
    .join('')}</ol></div>
</div>`;
  }
}

interface Route {
  steps: Array<{ id: string; quality: 'best' | 'acceptable' | 'poor' }>;
  end: string;
}
/** Every simple route from the start to an end (capped: cases are small; the cap guards a typo). */
function caseRoutes(c: CaseBlockShape, cap = 200): Route[] {
  const nodes = new Map(c.nodes.map((n) => [n.id, n]));
  const routes: Route[] = [];
  const walk = (id: string, seen: Set<string>, steps: Route['steps']) => {
    const node = nodes.get(id);
    if (!node || seen.has(id) || routes.length >= cap) return;
    if (!node.choices?.length) {
      routes.push({ steps, end: id });
      return;
    }
    const next = new Set(seen).add(id);
    for (const ch of node.choices) walk(ch.next, next, [...steps, { id: ch.id, quality: ch.quality }]);
  };
  walk(c.start, new Set(), []);
  return routes;
}

/** The answer key, laid out for the question's type. */
function renderAnswer(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const keys = new Set(q.type === 'single' ? [q.correct] : q.correct);
      return `<ul class="options">${q.options
        .map(
          (o) =>
            `<li class="${keys.has(o.id) ? 'key' : 'distractor'}"><span class="mark">${keys.has(o.id) ? '✓ <span class="visually-hidden">correct</span>' : '✗ <span class="visually-hidden">incorrect</span>'}</span> ${idTag(o.id)} ${esc(o.text)}${o.feedback ? `<br><span class="option-feedback">Feedback: ${esc(o.feedback)}</span>` : ''}</li>`,
        )
        .join(
          '',
        )}</ul>${q.shuffle === false ? '<p class="meta">Shown in this order (not shuffled).</p>' : '<p class="meta">Shown shuffled.</p>'}`;
    }
    case 'truefalse':
      return `<p class="answer">Answer: <strong>${q.correct ? 'True' : 'False'}</strong></p>`;
    case 'matching': {
      const targets = new Map(q.targets.map((t) => [t.id, t.text]));
      const used = new Set(Object.values(q.correct));
      const spare = q.targets.filter((t) => !used.has(t.id));
      return `<table class="matching"><thead><tr><th>Item</th><th>Correct match</th></tr></thead><tbody>${q.items
        .map(
          (i) =>
            `<tr><td>${idTag(i.id)} ${esc(i.text)}</td><td>✓ ${idTag(q.correct[i.id] ?? '')} ${esc(targets.get(q.correct[i.id] ?? '') ?? '')}</td></tr>`,
        )
        .join(
          '',
        )}</tbody></table>${spare.length ? `<p class="meta">Also offered: ${spare.map((t) => `${idTag(t.id)} ${esc(t.text)}`).join('; ')}</p>` : ''}`;
    }
    case 'ordering': {
      const items = new Map(q.items.map((i) => [i.id, i.text]));
      return `<div class="ordering"><div><p class="label">As shown</p><ul>${q.items
        .map((i) => `<li>${idTag(i.id)} ${esc(i.text)}</li>`)
        .join('')}</ul></div><div><p class="label">✓ Correct order</p><ol>${q.correct
        .map((id) => `<li>${idTag(id)} ${esc(items.get(id) ?? '')}</li>`)
        .join('')}</ol></div></div>`;
    }
  }
}
