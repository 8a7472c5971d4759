// Runs in Node: a resit draws unseen questions first, and the review of the last attempt's answers
// survives a relaunch but is shown only when it can no longer help a resit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Course } from '../content/course-schema.js';
import '../content/test-strings-node.js';
import { miniCourse } from './fixtures/mini-course.js';
import { completeLessons, startCourseActor, takeAttempt } from './machine-test-kit.js';
import { decodeProgress, encodeProgress } from './progress-codec.js';
import { answerReview } from './result-selectors.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** The mini course with a bank of six, drawing two: room for a resit of unseen questions. */
const course: Course = {
  ...miniCourse,
  assessment: {
    ...miniCourse.assessment,
    drawSize: 2,
    maxAttempts: 3,
    bank: [...miniCourse.assessment.bank, 'k_single'].slice(0, 6),
  },
};
const relaunch = (progress: Parameters<typeof encodeProgress>[1]) =>
  decodeProgress(course, encodeProgress(course, progress));

describe('a fairer resit', () => {
  it('remembers the questions of earlier attempts, across a relaunch, and draws unseen ones first', () => {
    const { actor } = startCourseActor({ course });
    completeLessons(actor, course);
    takeAttempt(actor, course, [false, false], 1);
    const first = actor.getSnapshot().context.progress.attempt!.questionIds;
    assert.equal(
      actor.getSnapshot().context.progress.seen,
      undefined,
      'nothing seen before the first attempt',
    );

    const { progress } = relaunch(actor.getSnapshot().context.progress);
    const again = startCourseActor({ course, progress }).actor;
    again.send({ type: 'course.resume', at: 1 });
    takeAttempt(again, course, [false, false], 1);
    const second = again.getSnapshot().context.progress;
    assert.deepEqual(
      second.seen,
      course.assessment.bank.filter((id) => first.includes(id)),
      'in bank order',
    );
    assert.equal(
      second.attempt!.questionIds.filter((id) => first.includes(id)).length,
      0,
      `the same seed draws none of ${first.join(', ')} again`,
    );
    const saved = JSON.parse(encodeProgress(course, second)) as { u: string };
    // One bit per bank place, four to a hex digit: six places, two digits.
    assert.match(saved.u, /^[0-9a-f]{1,2}$/);
    assert.deepEqual(plain(relaunch(second).progress), plain(second));
  });
});

describe('the review of the last attempt', () => {
  it('is withheld while attempts remain, and given after the last attempt, even after a relaunch', () => {
    const { actor } = startCourseActor({ course });
    completeLessons(actor, course);
    takeAttempt(actor, course, [false, true], 3);
    assert.deepEqual(answerReview(course, actor.getSnapshot().context.progress), []);
    takeAttempt(actor, course, [false, false], 4);
    assert.deepEqual(answerReview(course, actor.getSnapshot().context.progress), []);
    takeAttempt(actor, course, [true, false], 5);
    const last = actor.getSnapshot().context.progress;
    const review = answerReview(course, last);
    assert.deepEqual(
      review.map((r) => r.isCorrect),
      [true, false],
    );
    assert.ok(review.every((r) => r.yours !== 'No answer'));
    assert.deepEqual(answerReview(course, relaunch(last).progress), review);
  });

  it('is given after a pass, with each answer in words', () => {
    const { actor } = startCourseActor({ course });
    completeLessons(actor, course);
    takeAttempt(actor, course, [true, true], 6);
    const { progress } = relaunch(actor.getSnapshot().context.progress);
    const review = answerReview(course, progress);
    assert.equal(review.length, 2);
    for (const item of review) assert.equal(item.yours, item.correct);
  });

  it('is not given mid-attempt, nor for an attempt saved without its responses (before 2.0.0)', () => {
    const { actor } = startCourseActor({ course });
    completeLessons(actor, course);
    takeAttempt(actor, course, [true], 7);
    assert.deepEqual(answerReview(course, actor.getSnapshot().context.progress), []);
    const { attempt: _, ...rest } = actor.getSnapshot().context.progress;
    const oldAttempt = { number: 1, questionIds: ['a_single', 'a_truefalse'], answers: [true, true] };
    const passedBefore = {
      ...rest,
      attempt: oldAttempt,
      results: [{ number: 1, correct: 2, total: 2, scaled: 1, passed: true }],
    };
    assert.deepEqual(answerReview(course, passedBefore), []);
  });

  it('stores every question type compactly and reads back the same responses', () => {
    const everyType: Course = {
      ...course,
      assessment: { ...course.assessment, drawSize: 5, bank: miniCourse.assessment.bank },
    };
    const { actor } = startCourseActor({ course: everyType });
    completeLessons(actor, everyType);
    takeAttempt(actor, everyType, [true, false, true, false, true], 8);
    const progress = actor.getSnapshot().context.progress;
    const text = encodeProgress(everyType, progress);
    const { e } = (JSON.parse(text) as { a: { e: string } }).a;
    assert.match(e, /^[0-9a-z-]+(\.[0-9a-z-]+){4}$/);
    assert.deepEqual(plain(decodeProgress(everyType, text).progress), plain(progress));
  });
});
