// Runs in Node: the learner's DOM events as machine events, with the clock and seed passed in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionToCourseEvent, caseToCourseEvent, navigateToCourseEvent } from './dom-to-machine.js';

const stamp = { at: 5, seed: () => 77 };

describe('dom-to-machine', () => {
  it('maps navigation to machine events, and view toggles to nothing', () => {
    assert.deepEqual(navigateToCourseEvent({ to: 'next' }, stamp), { type: 'nav.next', at: 5 });
    assert.deepEqual(navigateToCourseEvent({ to: 'back' }, stamp), { type: 'nav.back', at: 5 });
    assert.deepEqual(navigateToCourseEvent({ to: 'page', lesson: 1, page: 2 }, stamp), {
      type: 'nav.page',
      lesson: 1,
      page: 2,
      at: 5,
    });
    assert.deepEqual(navigateToCourseEvent({ to: 'summary' }, stamp), { type: 'nav.summary', at: 5 });
    for (const to of ['glossary', 'references', 'course'] as const)
      assert.equal(navigateToCourseEvent({ to }, stamp), undefined);
  });

  it('maps course actions, drawing a seed only when an attempt starts', () => {
    let seeds = 0;
    const counting = { at: 9, seed: () => (seeds++, 77) };
    assert.deepEqual(actionToCourseEvent('start', counting), { type: 'course.start', at: 9 });
    assert.deepEqual(actionToCourseEvent('exit', counting), { type: 'course.exit' });
    assert.equal(actionToCourseEvent('requestExit', counting), undefined);
    assert.equal(actionToCourseEvent('stay', counting), undefined);
    assert.equal(seeds, 0);
    assert.deepEqual(actionToCourseEvent('startAssessment', counting), {
      type: 'assessment.start',
      seed: 77,
      at: 9,
    });
    assert.equal(seeds, 1);
  });

  it('maps a case’s choice and replay to case events, with the time', () => {
    assert.deepEqual(
      caseToCourseEvent({ type: 'pir-case-choose', caseId: 'case_amara', choiceId: 'open' }, stamp),
      {
        type: 'case.choose',
        caseId: 'case_amara',
        choiceId: 'open',
        at: 5,
      },
    );
    assert.deepEqual(caseToCourseEvent({ type: 'pir-case-replay', caseId: 'case_dan' }, stamp), {
      type: 'case.replay',
      caseId: 'case_dan',
      at: 5,
    });
    assert.equal(caseToCourseEvent({ type: 'pir-answer', caseId: 'case_dan' }, stamp), undefined);
  });
});
