// Runs in Node: progress saved by release 1.0.0 still resumes (the suspend_data format is unchanged).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { miniCourse } from './fixtures/mini-course.js';
import { startCourseActor, tick } from './machine-test-kit.js';
import { decodeProgress, encodeProgress } from './progress-codec.js';
import { screenOf } from './selectors.js';

/** Written by the 1.0.0 codec (machine/snapshot.ts at d96119d) for this progress. */
const SAVED_BY_1_0_0 =
  '{"f":1,"v":"1.0.0","p":"two_a","s":"one_a.one_b.two_a","k":"k_single","x":"k_truefalse",' +
  '"a":{"n":1,"q":"a_single.a_multiple.a_truefalse","r":"100"},"h":"1/3f"}';

describe('progress codec: compatibility with 1.0.0', () => {
  it('reads what 1.0.0 saved, writes it back the same, and resumes the learner where they were', () => {
    const { progress, dropped } = decodeProgress(miniCourse, SAVED_BY_1_0_0);
    assert.equal(dropped, false);
    assert.deepEqual(progress.position, { screen: 'page', lesson: 1, page: 0 });
    assert.deepEqual(progress.visited, ['one_a', 'one_b', 'two_a']);
    assert.deepEqual(progress.checks, { k_single: { correct: true }, k_truefalse: { correct: false } });
    assert.deepEqual(progress.attempt, {
      number: 1,
      questionIds: ['a_single', 'a_multiple', 'a_truefalse'],
      answers: [true, false, false],
    });
    assert.equal(encodeProgress(miniCourse, progress), SAVED_BY_1_0_0);

    const { actor } = startCourseActor({ course: miniCourse, progress });
    actor.send({ type: 'course.resume', at: tick() });
    assert.equal(screenOf(actor.getSnapshot()), 'page');
    assert.deepEqual(actor.getSnapshot().context.progress.position, { screen: 'page', lesson: 1, page: 0 });
  });
});
