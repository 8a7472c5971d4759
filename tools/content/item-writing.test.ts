import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Question } from '../../src/content/course-schema.js';
import { formatProblem } from './content-error.js';
import { checkItemWriting, locateQuestions, type ItemRule } from './item-writing.js';

const base = {
  outcomes: ['lo1'],
  feedback: { correct: 'Right.', incorrect: 'Not quite.' },
  rationale: '<p>Because.</p>',
  references: ['ref'],
};
const single = (id: string, texts: string[], correct = 'a'): Question => ({
  ...base,
  id,
  type: 'single',
  prompt: 'What do you do?',
  options: texts.map((text, i) => ({ id: 'abcdefgh'[i], text })),
  correct,
});
const multiple = (id: string, texts: string[], correct: string[]): Question => ({
  ...base,
  id,
  type: 'multiple',
  prompt: 'Which apply?',
  options: texts.map((text, i) => ({ id: 'abcdefgh'[i], text })),
  correct,
});
const truefalse = (id: string, prompt: string): Question => ({
  ...base,
  id,
  type: 'truefalse',
  prompt,
  correct: false,
});
const ordering = (id: string, texts: string[]): Question => ({
  ...base,
  id,
  type: 'ordering',
  prompt: 'Put these in order.',
  items: texts.map((text, i) => ({ id: `i${i}`, text })),
  correct: texts.map((_, i) => `i${i}`).reverse(),
});

/** Runs the checks on `questions`, all in the bank unless listed in `checks`. */
function run(questions: Question[], checks: string[] = []) {
  return checkItemWriting({
    questions,
    assessment: {
      passMark: 80,
      maxAttempts: 3,
      drawSize: 1,
      bank: questions.map((q) => q.id).filter((id) => !checks.includes(id)),
    },
  });
}
const fired = (questions: Question[], rule: ItemRule, checks: string[] = []) =>
  run(questions, checks).findings.filter((f) => f.rule === rule);

// Same-length options: the key is never strictly longest.
const even = (id: string) => single(id, ['Offer a walk', 'Offer a call', 'Offer a book']);
// The key is one character longer than any distractor: strictly longest, yet no spread warning.
const keyLongest = (id: string) => single(id, ['Offer a walks', 'Offer a call', 'Offer a book']);

describe('item writing: the longest-option rate across the bank', () => {
  it('is reported always, even when within the limit', () => {
    const report = run([keyLongest('q1'), even('q2'), even('q3')]);
    assert.deepEqual(report.bank, { count: 1, total: 3, ids: ['q1'] });
    assert.deepEqual(fired([keyLongest('q1'), even('q2'), even('q3')], 'longest-key-rate'), []);
  });

  it('is an error when the key is strictly the longest in more than one item in three', () => {
    const found = fired(
      [keyLongest('q1'), keyLongest('q2'), even('q3'), even('q4'), even('q5')],
      'longest-key-rate',
    );
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(
      formatProblem(found[0]),
      'module/course.yaml: assessment.bank: the key is strictly the longest option in 2 of 5 single-choice items (40%): q1, q2; a learner who picks the longest option passes without knowing the subject; allow no more than one in three (1 of 5)',
    );
  });

  it('does not count a key that ties with a distractor for longest', () => {
    const tie = single('q1', ['Offer a walks', 'Offer a calls', 'Offer a book']);
    assert.equal(run([tie, tie, even('q3')].map((q, i) => ({ ...q, id: `q${i}` }))).bank.count, 0);
  });

  it('counts the knowledge checks apart, as a warning', () => {
    const found = fired([keyLongest('k1'), keyLongest('k2'), even('q1')], 'longest-key-rate', ['k1', 'k2']);
    assert.deepEqual(
      found.map((f) => [f.item, f.severity]),
      [['knowledge checks', 'warning']],
    );
  });
});

describe('item writing: option length spread per item', () => {
  it('warns when the key is more than 1.5× the mean length of the distractors, naming the item', () => {
    const found = fired(
      [
        single('q_long', [
          'Listen, reflect back and offer a follow-up visit this week',
          'Give a leaflet',
          'Refer on',
        ]),
      ],
      'longest-key-spread',
    );
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].item, 'question q_long');
    assert.match(found[0].reason, /^the key is 5\.3× as long as the distractors \(58 against 11 characters/);
  });

  it('is quiet for comparable options, and for a short key among long distractors', () => {
    assert.deepEqual(fired([keyLongest('q1')], 'longest-key-spread'), []);
    assert.deepEqual(
      fired(
        [
          single('q2', [
            'Refer on',
            'Listen, reflect back and offer a visit',
            'Give a leaflet and book a visit',
          ]),
        ],
        'longest-key-spread',
      ),
      [],
    );
  });

  it('compares the mean of the correct options with the distractors in multiple response', () => {
    const long = multiple(
      'm1',
      ['Ask how the baby settles at night', 'Ask who helps at home most days', 'Count', 'Weigh'],
      ['a', 'b'],
    );
    assert.match(fired([long], 'longest-key-spread')[0].reason, /^the correct options are on average/);
    const fair = multiple(
      'm2',
      ['Ask how she sleeps', 'Ask who helps', 'Count the kicks', 'Weigh the baby'],
      ['a', 'b'],
    );
    assert.deepEqual(fired([fair], 'longest-key-spread'), []);
  });
});

describe('item writing: all or none of the above', () => {
  it('is an error in single and multiple response, whatever the wording', () => {
    for (const text of [
      'All of the above',
      'None of the above',
      'all the above',
      'Both of these',
      'None of these options',
    ]) {
      const found = fired([single('q1', ['Offer a walk', 'Offer a call', text])], 'all-none-above');
      assert.equal(found.length, 1, text);
      assert.equal(found[0].severity, 'error');
      assert.equal(found[0].field, 'options[2].text');
    }
    assert.equal(
      fired([multiple('m1', ['Offer a walk', 'None of the above'], ['a'])], 'all-none-above').length,
      1,
    );
  });

  it('leaves ordinary uses of "all" and "none" alone', () => {
    assert.deepEqual(
      fired(
        [single('q1', ['Ask all parents at every contact', 'None needed at this visit', 'Offer a call'])],
        'all-none-above',
      ),
      [],
    );
  });
});

describe('item writing: absolute words in true/false statements', () => {
  it('warns on each absolute word, naming it', () => {
    for (const word of [
      'always',
      'never',
      'only',
      'every',
      'all',
      'none',
      'perfectly',
      'completely',
      'must',
    ]) {
      const found = fired([truefalse('t1', `True or false: parents ${word} notice this.`)], 'absolute-word');
      assert.equal(found.length, 1, word);
      assert.equal(found[0].severity, 'warning');
      assert.equal(found[0].field, 'prompt');
      assert.match(found[0].reason, new RegExp(`^the statement uses "${word}"`));
    }
  });

  it('lists each word once and is case-insensitive', () => {
    const found = fired([truefalse('t1', 'Only mothers, and only at night, always.')], 'absolute-word');
    assert.match(found[0].reason, /^the statement uses "only", "always";/);
  });

  it('is quiet for qualified statements and for words that merely contain one', () => {
    assert.deepEqual(
      fired(
        [
          truefalse(
            't1',
            'True or false: most babies turn towards a familiar voice; overall, mustard-yellow stools are normal.',
          ),
        ],
        'absolute-word',
      ),
      [],
    );
  });
});

describe('item writing: numbered or staged labels in ordering items', () => {
  it('is an error for numbers, steps, stages and ordinal words', () => {
    for (const text of [
      '1. Ask',
      '(2) Ask',
      'b) Ask',
      'Step 3: ask',
      'Stage one: ask',
      'Phase II',
      'First, ask',
      'Finally ask',
      'The 2nd visit',
      'Last of all, ask',
    ]) {
      const found = fired([ordering('o1', [text, 'Listen', 'Plan'])], 'order-label');
      assert.equal(found.length, 1, text);
      assert.equal(found[0].severity, 'error');
      assert.equal(found[0].field, 'items[0].text');
    }
  });

  it('is quiet for items described by what happens', () => {
    assert.deepEqual(
      fired(
        [
          ordering('o1', [
            'Start the conversation in a safe setting',
            'Notice strengths and needs',
            'Agree support with a first-time mother',
          ]),
        ],
        'order-label',
      ),
      [],
    );
  });
});

describe('item writing: file and line of each finding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'item-writing-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names the question file and the line of the question or the option at fault', () => {
    mkdirSync(join(dir, 'questions'));
    writeFileSync(
      join(dir, 'questions', 'bank.yaml'),
      `# A comment line
- id: t1
  type: truefalse
  prompt: "Parents always notice."

- id: q1
  type: single
  options:
    - { id: a, text: Offer a walk }
    - { id: b, text: None of the above }
`,
    );
    const locate = locateQuestions(dir);
    const report = checkItemWriting(
      {
        questions: [
          truefalse('t1', 'Parents always notice.'),
          single('q1', ['Offer a walk', 'None of the above']),
        ],
        assessment: { passMark: 80, maxAttempts: 3, drawSize: 1, bank: ['t1', 'q1'] },
      },
      locate,
    );
    const where = report.findings.map((f) => `${f.file.replace(dir, 'DIR')}:${f.line}: ${f.item}`);
    assert.ok(
      where.some((w) => w.endsWith('bank.yaml:4: question t1')),
      where.join('\n'),
    );
    assert.ok(
      where.some((w) => w.endsWith('bank.yaml:10: question q1')),
      where.join('\n'),
    );
    assert.equal(locate('q1')?.line, 6);
    assert.equal(locate('missing'), undefined);
  });
});
