// Runs in Node: restored progress is checked against the course before it is trusted (issue 15 §2).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseCourse } from './fixtures/case-course.js';
import { miniCourse } from './fixtures/mini-course.js';
import { answerPageChecks, startCourseActor, takeAttempt, tick } from './machine-test-kit.js';
import { decodeProgress } from './progress-codec.js';
import { validateProgress } from './progress-validation.js';
import { emptyProgress, type Progress } from './progress.js';

const same = { sameVersion: true };
const decoded = (text: string): Progress => decodeProgress(miniCourse, text).progress;
const record = (fields: Record<string, unknown>) =>
  JSON.stringify({ f: 1, v: '1.0.0', p: 'one_a', s: '', k: '', x: '', ...fields });
const ALL_PAGES = 'one_a.one_b.two_a';
const ALL_CHECKS = 'k_single.k_truefalse.k_scenario';

describe('progress validation', () => {
  it('trusts every record the course itself saves, through fail, pass, completion and "Start again"', () => {
    const { actor } = startCourseActor({ course: miniCourse });
    const seen: Progress[] = [];
    actor.subscribe((s) => seen.push(s.context.progress));
    actor.send({ type: 'course.start', at: tick() });
    for (let guard = 0; guard < 20 && actor.getSnapshot().matches('page'); guard++) {
      answerPageChecks(actor, miniCourse, true);
      actor.send({ type: 'nav.next', at: tick() });
    }
    takeAttempt(actor, miniCourse, [false, false, true]);
    actor.send({ type: 'nav.assessment', at: tick() });
    takeAttempt(actor, miniCourse, [true, true, true], 7);
    assert.ok(actor.getSnapshot().context.progress.completedAt, 'the walk completes the course');
    actor.send({ type: 'nav.summary', at: tick() });
    actor.send({ type: 'course.restart', at: tick() });
    actor.send({ type: 'course.start', at: tick() });
    assert.ok(seen.length > 15);
    for (const progress of seen) assert.deepEqual(validateProgress(miniCourse, progress, same), []);
  });

  it('rejects attempt 999,999,999 of 2', () => {
    const progress = decoded(
      record({
        p: '@a',
        s: ALL_PAGES,
        k: ALL_CHECKS,
        a: { n: 999999999, q: 'a_single.a_multiple.a_truefalse', r: '1' },
      }),
    );
    const problems = validateProgress(miniCourse, progress, same);
    assert.ok(
      problems.some((p) => p.includes('attempt 999999999 of 2 is out of range')),
      problems.join('; '),
    );
  });

  it('rejects a result above the draw size, and a result that is not what it claims', () => {
    const above = decoded(record({ p: '@s', s: ALL_PAGES, k: ALL_CHECKS, h: '9/9p' }));
    assert.match(
      validateProgress(miniCourse, above, same).join('; '),
      /9 of 9\) is not possible with 3 questions/,
    );
    const more = decoded(record({ p: '@s', s: ALL_PAGES, k: ALL_CHECKS, h: '4/3p' }));
    assert.match(validateProgress(miniCourse, more, same).join('; '), /4 of 3/);
    const falsePass = decoded(record({ p: '@s', s: ALL_PAGES, k: ALL_CHECKS, h: '1/3p' }));
    assert.match(validateProgress(miniCourse, falsePass, same).join('; '), /1 of 3\) is not a pass/);
    const tooMany = decoded(record({ p: '@s', s: ALL_PAGES, k: ALL_CHECKS, h: '0/3f.0/3f.3/3p' }));
    assert.match(validateProgress(miniCourse, tooMany, same).join('; '), /3 results saved; only 2/);
  });

  it('rejects "completed" with no lesson done and no pass', () => {
    const progress = decoded(record({ c: 1_700_000_000_000 }));
    assert.deepEqual(validateProgress(miniCourse, progress, same), [
      'the course is marked completed with no passed assessment and not every lesson complete',
    ]);
  });

  it('rejects an attempt that does not follow its results, or disagrees with the latest one', () => {
    const skipped = decoded(
      record({
        p: '@a',
        s: ALL_PAGES,
        k: ALL_CHECKS,
        a: { n: 2, q: 'a_single.a_multiple.a_truefalse', r: '1' },
      }),
    );
    assert.match(
      validateProgress(miniCourse, skipped, same).join('; '),
      /attempt 2 does not follow the 0 results/,
    );
    const mismatch = decoded(
      record({
        p: '@a',
        s: ALL_PAGES,
        k: ALL_CHECKS,
        a: { n: 1, q: 'a_single.a_multiple.a_truefalse', r: '111' },
        h: '1/3f',
      }),
    );
    assert.match(validateProgress(miniCourse, mismatch, same).join('; '), /latest result does not match/);
    const notInBank = decoded(
      record({ p: '@a', s: ALL_PAGES, k: ALL_CHECKS, a: { n: 1, q: 'k_single.a_multiple', r: '' } }),
    );
    assert.match(validateProgress(miniCourse, notInBank, same).join('; '), /not in the assessment bank/);
  });

  it('rejects positions, pages and checks that are not in the course (given directly, not decoded)', () => {
    const progress: Progress = {
      position: { screen: 'page', lesson: 7, page: 0 },
      visited: ['one_a', 'one_a', 'nowhere'],
      checks: { a_single: { correct: true } },
      results: [],
    };
    const problems = validateProgress(miniCourse, progress, same);
    assert.equal(problems.length, 4, problems.join('; '));
  });

  it('checks an older version’s results by their own arithmetic only', () => {
    const progress = decoded(record({ p: '@s', s: ALL_PAGES, k: ALL_CHECKS, h: '4/5p' }));
    assert.deepEqual(validateProgress(miniCourse, progress, { sameVersion: false }), []);
    assert.notDeepEqual(validateProgress(miniCourse, progress, same), []);
  });

  it('checks only the fields present, so records without a newer field still pass', () => {
    const progress = decoded(record({}));
    const { checks: _, ...withoutChecks } = progress;
    assert.deepEqual(validateProgress(miniCourse, withoutChecks as Progress, same), []);
  });

  it('rejects cases, finished cases and seen questions that this course does not have', () => {
    const base = emptyProgress();
    const check = (fields: Partial<Progress>) => validateProgress(caseCourse, { ...base, ...fields }, same);
    assert.deepEqual(check({ cases: { case_mia: ['ask', 'reflect'] }, finishedCases: ['case_mia'] }), []);
    assert.deepEqual(check({ cases: { case_gone: ['ask'] } }), [
      'a case that is not in this course: case_gone',
    ]);
    assert.deepEqual(check({ cases: { case_mia: ['ask', 'leave'] } }), [
      'case case_mia has a path it cannot take',
    ]);
    assert.deepEqual(check({ finishedCases: ['case_gone'] }), [
      'finished cases that are not in this course: case_gone',
    ]);
    assert.deepEqual(check({ seen: ['a_single', 'k_single'] }), [
      'questions seen that are not in the assessment bank',
    ]);
  });
});
