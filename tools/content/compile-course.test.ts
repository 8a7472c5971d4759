import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ContentError, formatProblem } from './content-error.js';
import { compileCourse } from './compile-course.js';
import { checkCourseQuality } from './course-checks.js';

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
    return error.problems.map((p) => formatProblem(p).replace(/^.*?module-[^/]+\//, 'module/'));
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
        'module/lessons/01-one.md:18: one_b: unknown directive ::video (expected check, image or reflection)',
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
