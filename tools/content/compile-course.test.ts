import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ContentError, formatProblem } from './content-error.js';
import { compileCourse } from './compile-course.js';
import { checkCourseQuality } from './course-checks.js';
import { slugOfTerm } from './glossary-links.js';
import { sanitiseSvg, tokenNames } from './svg-sanitiser.js';
import { fixtureCase } from '../../src/components/pir-case/fixture-case.js';
import { fixtureFigure } from '../../src/components/pir-figure/fixture-figure.js';

/** A small valid module; each test replaces one file to introduce one defect. */
const VALID: Record<string, string> = {
  'course.yaml': `id: mini
title: Mini course
description: A course for tests.
version: 1.0.0
language: en-GB
audience: Testers.
keywords: [test]
welcome: Welcome to the **mini** course.
outcomes:
  - { id: lo1, text: Describe bonding. }
assessment: { passMark: 80, maxAttempts: 3, drawSize: 2, bank: [a_one, a_two] }
lessons: [01-one.md]
`,
  'references.yaml': `- { id: ref_one, citation: "Author A (2020). A title. Publisher.", url: "https://example.org/a" }
`,
  'glossary.yaml': `- { term: Bonding, definition: The parent's feelings for the baby. }
`,
  'lessons/01-one.md': `---
id: one
title: Lesson one
summary: The first lesson.
outcomes: [lo1]
---

## First page {#one_a}

Some text with a [link](https://example.org).

:::callout{kind=safety title="If movements slow down"}
Call the maternity unit straight away.
:::

## Second page {#one_b}

::check{id=k_one}

::reflection{id=r_one prompt="What will you try?"}
`,
  'questions/checks.yaml': `- id: k_one
  type: truefalse
  outcomes: [lo1]
  prompt: Babies hear before birth.
  correct: true
  feedback: { correct: Right., incorrect: Not quite. }
  rationale: Fetuses respond to sound.
  references: [ref_one]
`,
  'questions/bank.yaml': `- id: a_one
  type: single
  outcomes: [lo1]
  prompt: Which is bonding?
  options:
    - { id: a, text: The parent to the baby }
    - { id: b, text: The baby to the parent }
  correct: a
  feedback: { correct: Right., incorrect: Not quite. }
  rationale: Bonding is the parent's side.
  references: [ref_one]

- id: a_two
  type: ordering
  outcomes: [lo1]
  prompt: Put these in order.
  items:
    - { id: second, text: Second }
    - { id: first, text: First }
  correct: [first, second]
  feedback: { correct: Right., incorrect: Not quite. }
  rationale: First comes first.
  references: [ref_one]
`,
};

// The interface text is the real file: the player's keys are checked against it, not a copy.
VALID['strings/en.yaml'] = readFileSync(new URL('../../module/strings/en.yaml', import.meta.url), 'utf8');

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function moduleWith(changes: Record<string, string | ((text: string) => string)> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'module-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(VALID)) {
    const change = changes[name];
    const content = typeof change === 'function' ? change(text) : (change ?? text);
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  for (const [name, change] of Object.entries(changes)) {
    if (!(name in VALID) && typeof change === 'string') {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), change);
    }
  }
  return dir;
}

/** Compiles and returns the problems as formatted lines, with the temp folder replaced by `module`. */
function problemsOf(dir: string): string[] {
  try {
    compileCourse(dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) =>
      formatProblem(p)
        .replace(/^.*?module-[^/]+\//, 'module/')
        .replace(/[^\s]*module-[A-Za-z0-9]+\//g, 'module/'),
    );
  }
  return [];
}

const expectProblem = (dir: string, expected: string) => {
  const problems = problemsOf(dir);
  assert.ok(problems.includes(expected), `expected:\n  ${expected}\ngot:\n  ${problems.join('\n  ')}`);
};

describe('content compiler', () => {
  it('compiles a valid module into the course the player is built from', () => {
    const course = compileCourse(moduleWith());
    assert.equal(course.id, 'mini');
    assert.equal(course.welcomeHtml, '<p>Welcome to the <strong>mini</strong> course.</p>');
    assert.deepEqual(
      course.lessons[0].pages.map((p) => [p.id, p.blocks.map((b) => b.type)]),
      [
        ['one_a', ['text', 'callout']],
        ['one_b', ['check', 'reflection']],
      ],
    );
    const text = course.lessons[0].pages[0].blocks[0];
    assert.ok(text.type === 'text' && text.html.includes('target="_blank" rel="noopener noreferrer"'));
    assert.ok(course.duration.words > 10);
    assert.match(course.duration.formula, /words \/ 200 wpm/);
  });

  it('fills the welcome and description with the course settings and the estimated time', () => {
    const dir = moduleWith({
      'course.yaml': (t) =>
        t
          .replace('description: A course for tests.', 'description: A {minutes}-minute course.')
          .replace(
            'welcome: Welcome to the **mini** course.',
            'welcome: "{questions}, {passMark}% to pass, {attempts}, about {minutes} minutes."',
          )
          .replace('maxAttempts: 3', 'maxAttempts: 1'),
    });
    const course = compileCourse(dir);
    const minutes = Math.round(course.duration.minutes);
    assert.equal(course.description, `A ${minutes}-minute course.`);
    assert.equal(course.welcomeHtml, `<p>2 questions, 80% to pass, 1 attempt, about ${minutes} minutes.</p>`);
  });

  it('names an unknown placeholder and the ones that exist', () => {
    expectProblem(
      moduleWith({
        'course.yaml': (t) => t.replace('description: A course for tests.', 'description: "{minute}"'),
      }),
      'module/course.yaml: description: unknown placeholder {minute}; use {minutes}, {questions}, {passMark} or {attempts}',
    );
  });

  it('names the file, question, field and reason when a correct option is not among the options', () => {
    expectProblem(
      moduleWith({ 'questions/bank.yaml': (t) => t.replace('correct: a\n', 'correct: c\n') }),
      'module/questions/bank.yaml:1: question a_one: correct: "c" is not among the options (a, b)',
    );
  });

  it('refuses feedback that points at an option by its letter, since options are shuffled', () => {
    expectProblem(
      moduleWith({
        'questions/bank.yaml': (t) =>
          t.replace("rationale: Bonding is the parent's side.", 'rationale: Option A is the parent side.'),
      }),
      'module/questions/bank.yaml:1: question a_one: rationale: refers to "Option A"; learners see no option letters and the order is shuffled, so name the option by what it says',
    );
    // Ordinary sentences pass.
    assert.deepEqual(
      problemsOf(
        moduleWith({
          'questions/bank.yaml': (t) =>
            t.replace(
              "rationale: Bonding is the parent's side.",
              "rationale: Parents answer a baby's cry; options a practitioner can offer vary.",
            ),
        }),
      ),
      [],
    );
  });

  it('refuses an "all of the above" option while options are shuffled', () => {
    expectProblem(
      moduleWith({
        'questions/bank.yaml': (t) =>
          t.replace('{ id: b, text: The baby to the parent }', '{ id: b, text: All of the above }'),
      }),
      'module/questions/bank.yaml:1: question a_one: options[1].text: "All of the above" depends on where the other options are, but they are shown shuffled; reword it, or set shuffle: false',
    );
  });

  it('reports a reference id that does not exist', () => {
    expectProblem(
      moduleWith({
        'questions/checks.yaml': (t) => t.replace('references: [ref_one]', 'references: [nice_ng999]'),
      }),
      'module/questions/checks.yaml:1: question k_one: references[0]: reference "nice_ng999" does not exist in references.yaml',
    );
  });

  it('reports duplicate ids with where the first one is', () => {
    const problems = problemsOf(
      moduleWith({ 'questions/checks.yaml': (t) => t.replace('id: k_one', 'id: a_one') }),
    );
    assert.ok(
      problems.some((p) =>
        /^module\/questions\/checks\.yaml:1: question a_one: duplicate question id "a_one" \(also in .*bank\.yaml:1\)$/.test(
          p,
        ),
      ),
      problems.join('\n'),
    );
  });

  it('reports an image without alt text at its line', () => {
    expectProblem(
      moduleWith({
        'lessons/01-one.md': (t) =>
          t.replace(
            '## Second page {#one_b}\n',
            '## Second page {#one_b}\n\n::image{src="assets/pic.svg"}\n',
          ),
        'assets/pic.svg': '<svg/>',
      }),
      'module/lessons/01-one.md:18: page one_b, block 1 (image): alt: an image needs alt text, or decorative: true if it carries no information',
    );
  });

  it('accepts a decorative image without alt text, and reports an image file that is missing', () => {
    const dir = moduleWith({
      'lessons/01-one.md': (t) =>
        t.replace(
          '## Second page {#one_b}\n',
          '## Second page {#one_b}\n\n::image{src="assets/gone.svg" decorative=true}\n',
        ),
    });
    expectProblem(
      dir,
      'module/lessons/01-one.md: page one_b, block 1 (image): src: assets/gone.svg does not exist in module/',
    );
  });

  it('reports a knowledge check that names a question that does not exist', () => {
    expectProblem(
      moduleWith({ 'lessons/01-one.md': (t) => t.replace('::check{id=k_one}', '::check{id=k_missing}') }),
      'module/lessons/01-one.md: page one_b, block 1 (check): question: question "k_missing" does not exist in module/questions/',
    );
  });

  it('reports a page heading without an id, an unknown directive and raw HTML', () => {
    const problems = problemsOf(
      moduleWith({
        'lessons/01-one.md': (t) =>
          t
            .replace('## First page {#one_a}', '## First page')
            .replace('::check{id=k_one}', '::video{src=x}')
            .replace('Some text', '<b>Some</b> text'),
      }),
    );
    assert.ok(
      problems.includes(
        'module/lessons/01-one.md:8: page "First page" needs an id: ## First page {#page_id}',
      ),
      problems.join('\n'),
    );
    assert.ok(
      problems.includes(
        'module/lessons/01-one.md:18: one_b: unknown directive ::video (expected check, image, reflection, figure or case)',
      ),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.startsWith('module/lessons/01-one.md:10: raw HTML is not allowed')),
      problems.join('\n'),
    );
  });

  it('reports an ordering question already in order and a matching answer with an unknown target', () => {
    const problems = problemsOf(
      moduleWith({
        'questions/bank.yaml': (t) =>
          t.replace(
            '- { id: second, text: Second }\n    - { id: first, text: First }',
            '- { id: first, text: First }\n    - { id: second, text: Second }',
          ),
        'questions/match.yaml': `- id: k_match
  type: matching
  outcomes: [lo1]
  prompt: Match them.
  items: [{ id: yawn, text: Yawning }, { id: smile, text: Smiling }]
  targets: [{ id: dis, text: Disengagement }, { id: eng, text: Engagement }]
  correct: { yawn: dis, smile: happy }
  feedback: { correct: Right., incorrect: Not quite. }
  rationale: Cues.
  references: [ref_one]
`,
      }),
    );
    assert.ok(
      problems.includes(
        'module/questions/bank.yaml:13: question a_two: items: are already in the correct order; list them in a different order',
      ),
      problems.join('\n'),
    );
    assert.ok(
      problems.includes(
        'module/questions/match.yaml:1: question k_match: correct.smile: "happy" is not among the targets',
      ),
      problems.join('\n'),
    );
  });

  it('reports invalid YAML with its line, and a wrong question type', () => {
    expectProblem(
      moduleWith({ 'glossary.yaml': '- term: [unclosed\n' }),
      'module/glossary.yaml:2: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    expectProblem(
      moduleWith({ 'questions/checks.yaml': (t) => t.replace('type: truefalse', 'type: essay') }),
      'module/questions/checks.yaml:1: question k_one: type: must be one of single, multiple, truefalse, matching, ordering',
    );
  });

  it('reports course settings that cannot work', () => {
    const problems = problemsOf(
      moduleWith({
        'course.yaml': (t) =>
          t
            .replace('drawSize: 2', 'drawSize: 5')
            .replace('lessons: [01-one.md]', 'lessons: [01-one.md, 02-gone.md]')
            .replace('passMark: 80', 'passMark: 180'),
      }),
    );
    assert.ok(
      problems.includes('module/course.yaml: assessment.passMark: Too big: expected number to be <=100'),
      problems.join('\n'),
    );
    const fixed = problemsOf(
      moduleWith({
        'course.yaml': (t) =>
          t
            .replace('drawSize: 2', 'drawSize: 5')
            .replace('lessons: [01-one.md]', 'lessons: [01-one.md, 02-gone.md]'),
      }),
    );
    assert.ok(
      fixed.includes('module/course.yaml: lessons: lesson file 02-gone.md does not exist in module/lessons/'),
      fixed.join('\n'),
    );
    assert.ok(
      fixed.includes('module/course.yaml: assessment.drawSize: draws 5 questions but the bank has only 2'),
      fixed.join('\n'),
    );
  });

  it('reports a learning outcome that is not defined', () => {
    expectProblem(
      moduleWith({ 'questions/checks.yaml': (t) => t.replace('outcomes: [lo1]', 'outcomes: [lo9]') }),
      'module/questions/checks.yaml:1: question k_one: outcomes[0]: learning outcome "lo9" is not defined in course.yaml',
    );
  });

  it('compiles the interface text of the course language, and fails the build on its problems', () => {
    const course = compileCourse(moduleWith());
    assert.equal(course.strings?.['question.submit.check'], 'Check answer');
    expectProblem(
      moduleWith({ 'strings/en.yaml': (t) => t.replace('  check: Check answer\n', '  check: ""\n') }),
      `module/strings/en.yaml:${VALID['strings/en.yaml'].split('\n').indexOf('    check: Check answer') + 1}: question.submit.check: is empty; write the text the learner sees`,
    );
  });
});

describe('course quality checks', () => {
  it('require outcomes tested twice, references cited, all five types and a 30–35 minute estimate', () => {
    const course = compileCourse(
      moduleWith({
        'references.yaml': (t) => `${t}- { id: ref_two, citation: "Author B (2021). Another title." }\n`,
      }),
    );
    const problems = checkCourseQuality(course).map(formatProblem);
    assert.ok(
      problems.includes('module/references.yaml: reference ref_two: is not cited by any question'),
      problems.join('\n'),
    );
    assert.ok(
      problems.includes('module/course.yaml: assessment.bank: has no matching question; use all five types'),
      problems.join('\n'),
    );
    assert.ok(
      problems.includes('module/course.yaml: lesson one: has 1 knowledge check(s); at least 2 are needed'),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) =>
        /^module\/course\.yaml: duration: estimated [\d.]+ minutes \(.*\); it must be between 30 and 35$/.test(
          p,
        ),
      ),
      problems.join('\n'),
    );
    assert.ok(
      !problems.some((p) => p.includes('outcome lo1')),
      'lo1 is taught and tested by two bank questions',
    );
  });
});

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const CASE = fixture('case_visit.yaml');
const SVG = fixture('serve-return.svg');

/** The valid module plus a case, a figure and a reveal on the first page. */
const BLOCKS_LESSON = (t: string) =>
  t.replace(
    'Some text with a [link](https://example.org).\n',
    `Some text with a [link](https://example.org).

:::figure{src="assets/serve-return.svg" alt="Baby and adult, with arrows from each to the other" caption="Serve and return"}
The baby signals (the serve) and the adult answers (the return), again and again.
:::

:::reveal{title="“He’s fine” — how to read it"}
A parent may mean *I am worried*. Ask what they have noticed about bonding so far.
:::

::case{id=case_visit}
`,
  );

function withBlocks(changes: Record<string, string | ((text: string) => string)> = {}): string {
  const { 'cases/case_visit.yaml': caseChange, 'assets/serve-return.svg': svgChange, ...rest } = changes;
  const apply = (text: string, change?: string | ((t: string) => string)) =>
    typeof change === 'function' ? change(text) : (change ?? text);
  const lesson = rest['lessons/01-one.md'];
  return moduleWith({
    ...rest,
    'lessons/01-one.md': (t) => apply(BLOCKS_LESSON(t), lesson),
    'cases/case_visit.yaml': apply(CASE, caseChange),
    'assets/serve-return.svg': apply(SVG, svgChange),
  });
}

describe('content compiler: cases, figures, reveals and glossary links', () => {
  it('compiles a case, a figure and a reveal into blocks the player renders', () => {
    const course = compileCourse(withBlocks());
    const blocks = course.lessons[0].pages[0].blocks;
    assert.deepEqual(
      blocks.map((b) => b.type),
      ['text', 'figure', 'reveal', 'case', 'callout'],
    );
    const [, figure, reveal, block] = blocks;
    assert.ok(figure.type === 'figure');
    assert.equal(figure.alt, 'Baby and adult, with arrows from each to the other');
    assert.equal(figure.caption, 'Serve and return');
    assert.equal(
      figure.longDescHtml,
      '<p>The baby signals (the serve) and the adult answers (the return), again and again.</p>',
    );
    // Comments, the XML declaration and the outer width/height go; everything else is kept.
    assert.ok(
      figure.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120"><defs>'),
      figure.svg,
    );
    assert.ok(!figure.svg.includes('<!--') && !figure.svg.includes('<?xml'));
    assert.ok(figure.svg.includes('fill="var(--pir-color-info-tint)"'));
    assert.deepEqual(figure, fixtureFigure, 'the component tests use this figure');
    assert.ok(reveal.type === 'reveal');
    assert.equal(reveal.title, '“He’s fine” — how to read it');
    assert.ok(block.type === 'case');
    // The component tests use the same case, compiled: keep the two in step.
    assert.deepEqual(block, fixtureCase);
  });

  it('links the first use of a glossary term on a page, never in headings, links or code', () => {
    const course = compileCourse(
      withBlocks({
        'glossary.yaml': `- { term: Bonding, definition: The parent's feelings for the baby. }
- { term: Serve and return, definition: Back-and-forth exchanges., aliases: [the serve] }
- { term: Repair, definition: Getting back in tune., link: false }
`,
        'lessons/01-one.md': (t) =>
          t.replace(
            'Some text with a [link](https://example.org).',
            '### Bonding\n\nSome `bonding` text, [bonding](https://example.org), then Bonding and bonding again; [[repair|Repair]], repair.',
          ),
      }),
    );
    const [text, figure, reveal, block] = course.lessons[0].pages[0].blocks;
    assert.ok(text.type === 'text');
    assert.equal(
      text.html,
      '<h2>Bonding</h2> <p>Some <code>bonding</code> text, <a href="https://example.org" target="_blank" rel="noopener noreferrer">bonding<span class="visually-hidden"> (opens in a new tab)</span></a>, then <a class="pir-term" href="#glossary-bonding" data-term="bonding">Bonding</a> and bonding again; <a class="pir-term" href="#glossary-repair" data-term="repair">repair</a>, repair.</p>',
    );
    // Figures are not auto-linked, and the reveal does not link "bonding" a second time.
    assert.ok(figure.type === 'figure' && !figure.longDescHtml?.includes('pir-term'));
    assert.ok(reveal.type === 'reveal');
    assert.equal(
      reveal.html,
      '<p>A parent may mean <em>I am worried</em>. Ask what they have noticed about bonding so far.</p>',
    );
    // In a case, each node is its own page: its first use links.
    assert.ok(block.type === 'case');
    assert.ok(
      block.nodes[0].choices![0].feedbackHtml.includes('<strong>serve and return</strong>'),
      'feedback is not auto-linked',
    );
    assert.deepEqual(
      course.glossary.map((g) => g.id),
      ['bonding', 'serve_and_return', 'repair'],
    );
    assert.deepEqual(Object.keys(course.glossary[0]), ['id', 'term', 'definition']);
    // A long term's id is cut at a word break, to fit the 32-character limit.
    assert.equal(slugOfTerm('Leeds Early Attachment Observation'), 'leeds_early_attachment');
    assert.equal(slugOfTerm('GAD-2'), 'gad_2');
  });

  it('links a term in a case narrative and resolves [[wording|Term]] in responses', () => {
    const course = compileCourse(
      withBlocks({
        'glossary.yaml': `- { term: Repair, definition: Getting back in tune. }
- { term: Engagement cues, definition: Signs a baby is ready. }
`,
        'cases/case_visit.yaml': (t) =>
          t
            .replace('Jo looks tired.', 'Jo looks tired; repair matters.')
            .replace('Jo takes the leaflet', 'Jo takes the [[leaflet|Repair]]'),
      }),
    );
    const block = course.lessons[0].pages[0].blocks[3];
    assert.ok(block.type === 'case');
    assert.equal(
      block.nodes[0].html,
      '<p>Jo looks tired; <a class="pir-term" href="#glossary-repair" data-term="repair">repair</a> matters. &quot;He cries every evening and I don&#39;t know what he wants.&quot;</p>',
    );
    assert.equal(
      block.nodes[0].choices![1].responseHtml,
      '<p>Jo takes the <a class="pir-term" href="#glossary-repair" data-term="repair">leaflet</a> and goes quiet.</p>',
    );
  });

  it('compiles the same course twice to the same output', () => {
    const dir = withBlocks();
    assert.equal(JSON.stringify(compileCourse(dir)), JSON.stringify(compileCourse(dir)));
  });

  // Each structural rule of a case, with the exact message an educator sees.
  const caseProblem = (change: (yaml: string) => string, expected: string) =>
    expectProblem(withBlocks({ 'cases/case_visit.yaml': change }), expected);

  it('reports a duplicate node id and a duplicate choice id, with where the first one is', () => {
    caseProblem(
      (t) => t.replace('  - id: end_missed', '  - id: end_good'),
      'module/cases/case_visit.yaml:85: case case_visit, node end_good: id: duplicate node id "end_good" (also at line 79)',
    );
    caseProblem(
      (t) => t.replace('      - id: reassure', '      - id: ask'),
      'module/cases/case_visit.yaml:28: case case_visit, node n_first: choices[2].id: duplicate choice id "ask" in this node (also at line 12)',
    );
  });

  it('reports a duplicate case id across files', () => {
    const problems = problemsOf(
      withBlocks({ 'cases/case_copy.yaml': CASE.replace('summary:', 'summary: Copy.') }),
    );
    assert.ok(
      problems.includes(
        'module/cases/case_visit.yaml:1: case case_visit: duplicate case id "case_visit" (also in module/cases/case_copy.yaml:1)',
      ),
      problems.join('\n'),
    );
  });

  it('reports a start or next that names no node', () => {
    caseProblem(
      (t) => t.replace('start: n_first', 'start: n_zero'),
      'module/cases/case_visit.yaml:4: case case_visit: start: "n_zero" is not a node of this case (nodes: n_first, n_repair, n_second, end_good, end_missed)',
    );
    caseProblem(
      (t) => t.replace('next: end_good', 'next: end_great'),
      'module/cases/case_visit.yaml:70: case case_visit, node n_second: choices[0].next: "end_great" is not a node of this case (nodes: n_first, n_repair, n_second, end_good, end_missed)',
    );
  });

  it('reports an unreachable node', () => {
    caseProblem(
      (t) => t.replace('next: n_repair', 'next: n_second'),
      'module/cases/case_visit.yaml:36: case case_visit, node n_repair: id: no choice leads to this node, so it is never reached from start "n_first"',
    );
  });

  it('reports a dead end, an end without a debrief and a decision with a debrief', () => {
    caseProblem(
      (t) => t.replace(/ {4}debrief: \|\n {6}Listening first.*\n/, ''),
      'module/cases/case_visit.yaml:79: case case_visit, node end_good: dead end: the node has neither choices (a decision) nor a debrief (an end); add one or the other',
    );
    caseProblem(
      (t) => t.replace(/ {4}debrief: \|\n {6}Listening first.*\n/, '    debrief: ""\n'),
      'module/cases/case_visit.yaml:83: case case_visit, node end_good: debrief: an end needs a debrief (Markdown comparing the path taken with the best path)',
    );
    caseProblem(
      (t) =>
        t.replace(
          '    choices:\n      - id: return',
          '    debrief: Too soon.\n    choices:\n      - id: return',
        ),
      'module/cases/case_visit.yaml:40: case case_visit, node n_repair: debrief: a node with choices is a decision and cannot have a debrief; move the debrief to an end node',
    );
  });

  it('reports a decision with too few or too many choices, or none best', () => {
    const extra = (id: string) =>
      `      - { id: ${id}, text: Wait., response: Nothing., quality: poor, feedback: Too slow., next: end_good }\n`;
    caseProblem(
      (t) => t.replace(/ {6}- id: leave\n(?: {8}.*\n)+/, ''),
      'module/cases/case_visit.yaml:41: case case_visit, node n_repair: choices: a decision needs 2 to 4 choices; this one has 1',
    );
    caseProblem(
      (t) => t.replace('  - id: n_repair', `${extra('w1')}${extra('w2')}  - id: n_repair`),
      'module/cases/case_visit.yaml:12: case case_visit, node n_first: choices: a decision needs 2 to 4 choices; this one has 5',
    );
    caseProblem(
      (t) => t.replace(/quality: best(\n\s+feedback: \|\n\s+Naming)/, 'quality: acceptable$1'),
      'module/cases/case_visit.yaml:63: case case_visit, node n_second: choices: no choice has quality: best; every decision needs at least one',
    );
  });

  it('reports a loop with no way out to an end', () => {
    caseProblem(
      (t) =>
        t
          .replace('next: end_good', 'next: n_repair')
          .replace('next: end_missed\n  - id: n_second', 'next: n_second\n  - id: n_second')
          .replace(/next: end_missed\n {2}- id: end_good/, 'next: n_first\n  - id: end_good'),
      'module/cases/case_visit.yaml:63: case case_visit, node n_second: choices: every path from this node loops back without reaching an end; lead at least one choice to an end node',
    );
  });

  it('reports a choice that leads back to an earlier node, even with a way out', () => {
    caseProblem(
      (t) => t.replace('next: end_missed\n  - id: n_second', 'next: n_first\n  - id: n_second'),
      'module/cases/case_visit.yaml:56: case case_visit, node n_repair: choices[1].next: leads back to "n_first", which is earlier on the same path; cases only move forward (a poor choice may lead to a different node instead)',
    );
  });

  it('reports a field that is missing or wrong, at its line', () => {
    caseProblem(
      (t) =>
        t.replace(
          'quality: poor\n        feedback: |\n          Leaving',
          'quality: bad\n        feedback: |\n          Leaving',
        ),
      'module/cases/case_visit.yaml:53: case case_visit, node n_repair: choices[1].quality: Invalid option: expected one of "best"|"acceptable"|"poor"',
    );
  });

  it('reports a case never placed, placed twice, or not found', () => {
    expectProblem(
      withBlocks({ 'lessons/01-one.md': (t) => t.replace('::case{id=case_visit}\n', '') }),
      'module/cases/case_visit.yaml:1: case case_visit: is never placed in a lesson; add ::case{id=case_visit} to a lesson page',
    );
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) =>
          t.replace('::check{id=k_one}', '::check{id=k_one}\n\n::case{id=case_visit}'),
      }),
      'module/lessons/01-one.md:30: page one_b, block 2 (case): id: case "case_visit" is already placed at module/lessons/01-one.md:20; a case is placed exactly once',
    );
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) =>
          t.replace('::case{id=case_visit}', '::case{id=case_gone}\n\n::case{id=case_visit}'),
      }),
      'module/lessons/01-one.md:20: page one_a, block 4 (case): id: case "case_gone" does not exist in module/cases/',
    );
  });

  it('reports a glossary term that does not exist, and [[…]] where it cannot work', () => {
    expectProblem(
      withBlocks({ 'lessons/01-one.md': (t) => t.replace('Some text', 'Some [[closeness|Bondage]] text') }),
      'module/lessons/01-one.md:10: page one_a, block 1 (text): text: glossary term "Bondage" in [[…]] is not in glossary.yaml',
    );
    expectProblem(
      withBlocks({
        'cases/case_visit.yaml': (t) => t.replace('Jo takes the leaflet', 'Jo takes the [[Leaflet]]'),
      }),
      'module/cases/case_visit.yaml:22: case case_visit, node n_first: choices[1].response: glossary term "Leaflet" in [[…]] is not in glossary.yaml',
    );
    expectProblem(
      withBlocks({
        'questions/checks.yaml': (t) =>
          t.replace(
            'rationale: Fetuses respond to sound.',
            'rationale: "[[Bonding]]: fetuses respond to sound."',
          ),
      }),
      'module/questions/checks.yaml:1: question k_one: rationale: glossary links ([[…]]) work only in lesson pages and cases',
    );
  });

  it('reports glossary ids that clash or cannot be made, and aliases naming two terms', () => {
    expectProblem(
      withBlocks({
        'glossary.yaml': (t) => `${t}- { term: "1,001 days", definition: From conception to two. }\n`,
      }),
      'module/glossary.yaml: entry 2: id: "1,001 days" gives the id "1_001_days", which is not a valid id; add id: with letters, digits and underscores',
    );
    expectProblem(
      withBlocks({
        'glossary.yaml': (t) =>
          `${t}- { term: Attachment, definition: The baby's tie., aliases: [bonding] }\n`,
      }),
      'module/glossary.yaml: term attachment: aliases: "bonding" already names the term bonding',
    );
  });

  it('reports a figure without alt text or long description, or with a missing file', () => {
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) =>
          t.replace(' alt="Baby and adult, with arrows from each to the other"', ''),
      }),
      'module/lessons/01-one.md:12: page one_a, block 2 (figure): alt: a figure needs alt text: alt="what the figure shows, in a sentence"',
    );
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) =>
          t.replace('::check{id=k_one}', '::figure{src="assets/serve-return.svg" alt="Baby and adult"}'),
      }),
      'module/lessons/01-one.md:28: one_b: ::figure needs a long description: write :::figure{…} with the description, then :::, or add simple=true if the alt text says it all',
    );
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) =>
          t.replace(
            '::check{id=k_one}',
            '::check{id=k_one}\n\n::figure{src="assets/gone.svg" alt="Gone" simple=true}',
          ),
      }),
      'module/lessons/01-one.md:30: page one_b, block 2 (figure): src: assets/gone.svg does not exist in module/',
    );
  });

  it('reports a reveal without a title and a case directive without an id', () => {
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) =>
          t.replace('::case{id=case_visit}', '::case{id=case_visit}\n\n:::reveal{}\nBody.\n:::\n\n::case{}'),
      }),
      'module/lessons/01-one.md:22: page one_a, block 5 (reveal): title: a reveal needs a title: :::reveal{title="…"}',
    );
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) => t.replace('::case{id=case_visit}', '::case{id=case_visit}\n\n::case{}'),
      }),
      'module/lessons/01-one.md:22: page one_a, block 5 (case): id: ::case needs the id of a case in module/cases/: ::case{id=case_…}',
    );
  });

  it('reports a :::figure with nothing between its lines', () => {
    expectProblem(
      withBlocks({
        'lessons/01-one.md': (t) =>
          t.replace(
            'The baby signals (the serve) and the adult answers (the return), again and again.\n',
            '',
          ),
      }),
      'module/lessons/01-one.md:12: page one_a, block 2 (figure): description: a figure needs a long description between :::figure{…} and :::, or simple=true if the alt text says it all',
    );
  });

  it('reports an issuer logo that does not exist', () => {
    expectProblem(
      withBlocks({
        'course.yaml': (t) => `${t}issuer: { name: Example NHS Trust, logo: assets/logo.png }\n`,
      }),
      'module/course.yaml: issuer.logo: assets/logo.png does not exist in module/',
    );
    const course = compileCourse(
      withBlocks({
        'course.yaml': (t) => `${t}issuer: { name: Example NHS Trust, logo: assets/serve-return.svg }\n`,
      }),
    );
    assert.deepEqual(course.issuer, { name: 'Example NHS Trust', logo: 'assets/serve-return.svg' });
  });

  it('passes the release date through, and refuses one that is not a real YYYY-MM-DD date', () => {
    const course = compileCourse(withBlocks({ 'course.yaml': (t) => `${t}released: 2026-11-30\n` }));
    assert.equal(course.released, '2026-11-30');
    expectProblem(
      withBlocks({ 'course.yaml': (t) => `${t}released: 30/11/2026\n` }),
      'module/course.yaml: released: must be a date written YYYY-MM-DD, like 2026-11-30',
    );
    expectProblem(
      withBlocks({ 'course.yaml': (t) => `${t}released: 2026-02-30\n` }),
      'module/course.yaml: released: must be a real calendar date',
    );
  });
});

describe('SVG sanitiser', () => {
  const tokens = tokenNames(readFileSync(new URL('../../src/styles/tokens.ts', import.meta.url), 'utf8'));
  const problemsIn = (svg: string) =>
    sanitiseSvg(svg, 'module/assets/x.svg', tokens).problems.map((p) => formatProblem(p));
  const one = (inner: string, expected: string) => {
    const problems = problemsIn(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${inner}\n</svg>`,
    );
    assert.deepEqual(problems, [expected]);
  };

  it('passes a clean figure', () => {
    assert.deepEqual(problemsIn(SVG), []);
    assert.ok(tokens.has('--pir-color-text') && tokens.has('--pir-space-1'));
  });

  it('refuses a script', () =>
    one('<script>alert(1)</script>', 'module/assets/x.svg:2: <script>: scripts are not allowed in a figure'));
  it('refuses an event-handler attribute', () =>
    one(
      '<rect width="5" height="5" onclick="alert(1)"/>',
      'module/assets/x.svg:2: <rect>: onclick: event-handler attributes are not allowed (they run scripts)',
    ));
  it('refuses foreignObject', () =>
    one(
      '<foreignObject width="5" height="5"></foreignObject>',
      'module/assets/x.svg:2: <foreignObject>: foreignObject is not allowed (it embeds HTML in the figure)',
    ));
  it('refuses an embedded image', () =>
    one(
      '<image href="#a"/>',
      'module/assets/x.svg:2: <image>: pictures inside a figure are not allowed; draw the shape in SVG, or use ::image for a picture',
    ));
  it('refuses use and href pointing outside the file, and accepts #local-id', () => {
    one(
      '<use href="other.svg#a"/>',
      'module/assets/x.svg:2: <use>: href: "other.svg#a" points outside the figure; only #local-id references are allowed',
    );
    one(
      '<a xlink:href="https://example.org"><text>x</text></a>',
      'module/assets/x.svg:2: <a>: xlink:href: "https://example.org" points outside the figure; only #local-id references are allowed',
    );
    assert.deepEqual(problemsIn('<svg viewBox="0 0 1 1"><g id="a"/><use href="#a"/></svg>'), []);
  });
  it('refuses an external url(…)', () => {
    one(
      '<rect width="5" height="5" filter="url(https://example.org/f.svg#f)"/>',
      'module/assets/x.svg:2: <rect>: filter: url(https://example.org/f.svg#f) points outside the figure; only url(#local-id) is allowed',
    );
    one(
      '<rect width="5" height="5" style="mask: url(m.svg)"/>',
      'module/assets/x.svg:2: <rect>: style: url(m.svg) points outside the figure; only url(#local-id) is allowed',
    );
  });
  it('refuses @import in a style element', () =>
    one(
      '<style>@import "https://example.org/x.css";</style>',
      'module/assets/x.svg:2: <style>: @import is not allowed (it loads a style sheet from elsewhere)',
    ));
  it('refuses any colour that is not currentColor, none, transparent or a course token', () => {
    const why =
      "is not allowed; use currentColor, none, transparent or var(--pir-color-…) from src/styles/tokens.ts, so the figure follows the course's colours and forced-colours mode";
    one(
      '<rect width="5" height="5" fill="#ff0000"/>',
      `module/assets/x.svg:2: <rect>: fill: colour "#ff0000" ${why}`,
    );
    one('<path d="M0 0" stroke="black"/>', `module/assets/x.svg:2: <path>: stroke: colour "black" ${why}`);
    one(
      '<stop offset="0" stop-color="rgb(0,0,0)"/>',
      `module/assets/x.svg:2: <stop>: stop-color: colour "rgb(0,0,0)" ${why}`,
    );
    one('<g color="red"/>', `module/assets/x.svg:2: <g>: color: colour "red" ${why}`);
    one(
      '<feFlood flood-color="#000"/>',
      `module/assets/x.svg:2: <feFlood>: flood-color: colour "#000" ${why}`,
    );
    one(
      '<rect width="5" height="5" style="fill: #123456"/>',
      `module/assets/x.svg:2: <rect>: style: fill: colour "#123456" ${why}`,
    );
    one('<style>.a { stroke: blue }</style>', `module/assets/x.svg:2: <style>: stroke: colour "blue" ${why}`);
    one(
      '<rect width="5" height="5" fill="var(--pir-color-pink)"/>',
      'module/assets/x.svg:2: <rect>: fill: --pir-color-pink is not a token in src/styles/tokens.ts',
    );
  });
  it('refuses animation, embedded content, and tags that do not match', () => {
    one(
      '<set attributeName="href" to="https://example.org"/>',
      'module/assets/x.svg:2: <set>: animation is not allowed (figures are still, and animation can change links)',
    );
    one('<iframe></iframe>', 'module/assets/x.svg:2: <iframe>: iframes are not allowed in a figure');
    assert.deepEqual(problemsIn('<svg viewBox="0 0 1 1">\n<g><rect/></text>\n</svg>'), [
      'module/assets/x.svg:2: </text>: closes <text> but <g> is open',
      'module/assets/x.svg:3: </svg>: closes <svg> but <g> is open',
      'module/assets/x.svg:3: <g>: is never closed',
    ]);
  });

  it('refuses a DOCTYPE, a file without viewBox, and something that is not SVG', () => {
    assert.deepEqual(problemsIn('<!DOCTYPE svg>\n<svg viewBox="0 0 1 1"/>'), [
      'module/assets/x.svg:1: <!DOCTYPE>: a DOCTYPE is not allowed (its entities could hide content); delete it',
    ]);
    assert.deepEqual(problemsIn('<svg width="10" height="10"/>'), [
      'module/assets/x.svg:1: <svg>: viewBox: needs a viewBox (e.g. viewBox="0 0 640 360") so the figure can scale to the screen',
    ]);
    assert.deepEqual(problemsIn('<p>hello</p>'), [
      'module/assets/x.svg:1: <p>: the file must start with an <svg> element',
    ]);
  });

  it('fails the build naming the figure file, the element and the attribute', () => {
    expectProblem(
      withBlocks({
        'assets/serve-return.svg': (t) => t.replace('<circle cx="60"', '<circle onload="x()" cx="60"'),
      }),
      'module/assets/serve-return.svg:9: <circle>: onload: event-handler attributes are not allowed (they run scripts)',
    );
  });
});
