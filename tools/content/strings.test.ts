import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { STRING_KEYS } from '../../src/content/string-keys.js';
import { setStrings, t, tParts } from '../../src/content/strings.js';
import { formatProblem, type ContentProblem } from './content-error.js';
import { loadStrings, stringsFileOf } from './strings.js';

const ENGLISH = readFileSync(new URL('../../module/strings/en.yaml', import.meta.url), 'utf8');

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Compiles `text` as the strings file of `language`; returns the table and the problems as lines. */
function compile(text: string | undefined, language = 'en-GB') {
  const dir = mkdtempSync(join(tmpdir(), 'strings-'));
  dirs.push(dir);
  if (text !== undefined) {
    mkdirSync(join(dir, 'strings'));
    writeFileSync(join(dir, stringsFileOf(language)), text);
  }
  const problems: ContentProblem[] = [];
  const strings = loadStrings(dir, language, problems);
  return {
    strings,
    problems: problems.map((p) => formatProblem(p).replace(/^.*?strings-[^/]+\//, 'module/')),
  };
}

/** The English file with one line replaced (the line must exist, so a test cannot pass by accident). */
function englishWith(line: string, replacement: string): string {
  assert.ok(ENGLISH.includes(`${line}\n`), `en.yaml has the line ${line}`);
  return ENGLISH.replace(`${line}\n`, `${replacement}\n`);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the interface text (module/strings/en.yaml)', () => {
  it('has every text the player shows and nothing else, and compiles cleanly', () => {
    const { strings, problems } = compile(ENGLISH);
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.keys(strings), Object.keys(STRING_KEYS));
    assert.equal(strings['question.submit.check'], 'Check answer');
    assert.deepEqual(strings['feedback.references'], { one: 'Reference', other: 'References' });
  });

  it('folds long texts written over several lines into one line', () => {
    const { strings } = compile(ENGLISH);
    assert.match(strings['reflection.hint'] as string, /^This is for you .* end of the course\.$/);
  });

  it('rejects a key the player does not use, naming the line and what the group holds', () => {
    const text = englishWith(
      '  answeredBefore: Answered before',
      '  answeredBefore: Answered before\n  answred: Answered',
    );
    assert.deepEqual(compile(text).problems, [
      `module/strings/en.yaml:${lineOf(text, 'answred:')}: question.answred: is not a text the player shows; question has: answerAgain, answeredBefore, error, hint, number, submit`,
    ]);
  });

  it('rejects an unknown group', () => {
    const text = `${ENGLISH}\nheadr:\n  exit: Exit\n`;
    const [problem] = compile(text).problems;
    assert.match(
      problem ?? '',
      new RegExp(
        `^module/strings/en\\.yaml:${lineOf(text, 'headr:')}: headr: is not a text the player shows; the groups are: assessmentIntro, case, certificate, choiceGroup, common, `,
      ),
    );
  });

  it('rejects a missing key the player needs', () => {
    const text = englishWith('    check: Check answer', '');
    assert.deepEqual(compile(text).problems, [
      'module/strings/en.yaml: question.submit.check: is missing; the player shows this text, so the file needs it',
    ]);
  });

  it('rejects a placeholder the player does not fill in, saying which it can use', () => {
    const text = englishWith(
      '  number: Question {number} of {total}',
      '  number: Question {number} of {count}',
    );
    assert.deepEqual(compile(text).problems, [
      `module/strings/en.yaml:${lineOf(text, 'of {count}')}: question.number: uses {count}, which the player does not fill in; this text can use {number}, {total}`,
    ]);
    const none = englishWith('  heading: There is a problem', '  heading: There is {n} problem');
    assert.deepEqual(compile(none).problems, [
      `module/strings/en.yaml:${lineOf(none, '{n} problem')}: errorSummary.heading: uses {n}, which the player does not fill in; this text has no placeholders`,
    ]);
  });

  it('rejects plural forms without other', () => {
    const text = englishWith('    other: References', '');
    assert.deepEqual(compile(text).problems, [
      `module/strings/en.yaml:${lineOf(text, '  references:')}: feedback.references: plural forms need other: (the text for every number without a form of its own)`,
    ]);
  });

  it('rejects plural forms on a text with no {count}, and forms the language does not have', () => {
    const text = englishWith('  why: Why', '  why:\n    one: Why\n    other: Why');
    assert.deepEqual(compile(text).problems, [
      `module/strings/en.yaml:${lineOf(text, '  why:')}: feedback.why: has plural forms, but the player gives this text no {count} to choose by; write one text`,
    ]);
    const few = englishWith('    one: Reference', '    one: Reference\n    few: References');
    assert.deepEqual(compile(few).problems, [
      `module/strings/en.yaml:${lineOf(few, 'few:')}: feedback.references.few: "few" is not a plural form in en-GB; use one, other`,
    ]);
  });

  it('rejects an empty text, a number and a group written as a text', () => {
    const empty = englishWith('  why: Why', '  why: ""');
    assert.deepEqual(compile(empty).problems, [
      `module/strings/en.yaml:${lineOf(empty, 'why: ""')}: feedback.why: is empty; write the text the learner sees`,
    ]);
    const number = englishWith('  why: Why', '  why: 42');
    assert.deepEqual(compile(number).problems, [
      `module/strings/en.yaml:${lineOf(number, 'why: 42')}: feedback.why: must be text; put 42 in quotes`,
    ]);
    const group = englishWith('choiceGroup:\n  yourAnswer: Your answer', 'choiceGroup: Your answer');
    assert.deepEqual(compile(group).problems, [
      `module/strings/en.yaml:${lineOf(group, 'choiceGroup:')}: choiceGroup: is a group of texts (yourAnswer), not a text itself`,
      'module/strings/en.yaml: choiceGroup.yourAnswer: is missing; the player shows this text, so the file needs it',
    ]);
  });

  it('reads the file of the course language, and says so when it is missing', () => {
    assert.equal(stringsFileOf('cy-GB'), 'strings/cy.yaml');
    assert.deepEqual(compile(undefined, 'cy-GB').problems, [
      "module/strings/cy.yaml: file is missing: the course's language is cy-GB, so the player's own text (buttons, hints, messages) comes from this file; start from a copy of strings/en.yaml",
    ]);
  });

  it('reports YAML mistakes with their line', () => {
    const text = englishWith('  why: Why', '  why: Why\n  why: Again');
    assert.deepEqual(compile(text).problems, [
      `module/strings/en.yaml:${lineOf(text, 'why: Again')}: not valid YAML: Map keys must be unique`,
    ]);
  });
});

describe('t(): the interface text at run time', () => {
  it('fills placeholders and picks the plural form by the language rules', () => {
    const { strings } = compile(ENGLISH);
    setStrings(strings, 'en-GB');
    assert.equal(t('question.number', { number: 2, total: 10 }), 'Question 2 of 10');
    assert.equal(t('results.attemptsLeft', { count: 1 }).slice(0, 25), 'You have 1 attempt left. ');
    assert.equal(t('results.attemptsLeft', { count: 2 }).slice(0, 26), 'You have 2 attempts left. ');
    assert.equal(t('results.attemptsLeft', { count: 0 }).slice(0, 26), 'You have 0 attempts left. ');
    assert.deepEqual(tParts('progress.lessonsComplete', { fraction: { bold: '2 of 6' } }), [
      '',
      { bold: '2 of 6' },
      ' lessons complete',
    ]);
  });

  it('uses the forms a translation needs (Welsh has six)', () => {
    setStrings(
      {
        'results.attemptsLeft': {
          zero: 'dim',
          one: 'un',
          two: 'dau',
          few: 'tri',
          many: 'chwech',
          other: 'arall',
        },
      },
      'cy',
    );
    assert.deepEqual(
      [0, 1, 2, 3, 6, 4].map((count) => t('results.attemptsLeft', { count })),
      ['dim', 'un', 'dau', 'tri', 'chwech', 'arall'],
    );
  });
});
