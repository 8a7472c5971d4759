// Runs in Node: branching cases in the course machine (practice that completes a lesson, never an
// answer), and their paths in suspend_data across a relaunch and a content change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Course } from '../content/course-schema.js';
import { caseCourse, fixtureCase } from './fixtures/case-course.js';
import { answerPageChecks, completeLessons, playCase, startCourseActor, tick } from './machine-test-kit.js';
import { completedLessonIds, lessonEntryPage } from './progress.js';
import { decodeProgress, encodeProgress, SavedProgressError } from './progress-codec.js';
import { assessmentState, screenOf } from './selectors.js';

const course = caseCourse;
const choose = (choiceId: string, caseId = 'case_mia') =>
  ({ type: 'case.choose', caseId, choiceId, at: tick() }) as const;

/** Reads every page up to the case page ("two_b"), answering every check on the way. */
function toCasePage() {
  const started = startCourseActor({ course });
  started.actor.send({ type: 'course.start', at: tick() });
  for (let i = 0; i < 3; i++) {
    answerPageChecks(started.actor, course);
    started.actor.send({ type: 'nav.next', at: tick() });
  }
  assert.deepEqual(started.actor.getSnapshot().context.progress.position, {
    screen: 'page',
    lesson: 1,
    page: 1,
  });
  return started;
}

describe('course machine: branching cases', () => {
  it('completes the lesson only when its case reaches an end, reporting no answer for it', () => {
    const { actor, emitted } = toCasePage();
    const progress = () => actor.getSnapshot().context.progress;
    assert.deepEqual(completedLessonIds(course, progress()), ['one']);
    assert.equal(assessmentState(course, progress()), 'locked');
    // The lesson menu and "complete these lessons" links lead back to the unfinished case.
    assert.equal(lessonEntryPage(course, progress(), 1), 1);

    const before = emitted.length;
    actor.send(choose('tell'));
    actor.send(choose('repair'));
    assert.deepEqual(progress().cases, { case_mia: ['tell', 'repair'] });
    assert.deepEqual(completedLessonIds(course, progress()), ['one']);
    actor.send(choose('reflect'));
    assert.deepEqual(progress().cases, { case_mia: ['tell', 'repair', 'reflect'] });
    assert.deepEqual(progress().finishedCases, ['case_mia']);
    assert.deepEqual(completedLessonIds(course, progress()), ['one', 'two']);
    assert.equal(assessmentState(course, progress()), 'ready');
    const reported = emitted.slice(before);
    assert.deepEqual(
      reported.map((e) => e.type),
      ['report.lessonCompleted'],
      'one lesson completion, and no answer or interaction for the case',
    );
  });

  it('ignores a choice that is not on offer: another node, a finished case, an unknown case, another page', () => {
    const { actor } = toCasePage();
    const progress = () => actor.getSnapshot().context.progress;
    actor.send(choose('reflect'));
    actor.send(choose('ask', 'case_elsewhere'));
    assert.equal(progress().cases, undefined);
    actor.send(choose('ask'));
    actor.send(choose('advise'));
    actor.send(choose('reflect'));
    assert.deepEqual(progress().cases, { case_mia: ['ask', 'advise'] });
    actor.send({ type: 'nav.back', at: tick() });
    actor.send({ type: 'case.replay', caseId: 'case_mia', at: tick() });
    assert.deepEqual(progress().cases, { case_mia: ['ask', 'advise'] }, 'the case is on another page');
  });

  it('replays from the start without taking the lesson’s completion away', () => {
    const { actor, emitted } = toCasePage();
    playCase(actor, fixtureCase);
    actor.send({ type: 'case.replay', caseId: 'case_mia', at: tick() });
    const progress = actor.getSnapshot().context.progress;
    assert.deepEqual(progress.cases, { case_mia: [] });
    assert.deepEqual(completedLessonIds(course, progress), ['one', 'two']);
    actor.send(choose('ask'));
    playCase(actor, fixtureCase);
    assert.equal(
      emitted.filter((e) => e.type === 'report.lessonCompleted' && e.lessonId === 'two').length,
      1,
    );
  });

  it('starting again clears the cases with the rest of the lesson progress', () => {
    const { actor } = startCourseActor({ course });
    completeLessons(actor, course);
    actor.send({ type: 'course.exit' });
    const saved = actor.getSnapshot().context.progress;
    assert.deepEqual(saved.finishedCases, ['case_mia']);
    const again = startCourseActor({ course, progress: saved }).actor;
    again.send({ type: 'course.restart', at: tick() });
    assert.equal(again.getSnapshot().context.progress.cases, undefined);
    assert.equal(again.getSnapshot().context.progress.finishedCases, undefined);
  });

  it('resumes mid-case after a relaunch, from one character per decision', () => {
    const { actor } = toCasePage();
    actor.send(choose('tell'));
    actor.send(choose('wait'));
    const text = encodeProgress(course, actor.getSnapshot().context.progress);
    assert.equal((JSON.parse(text) as { g: string }).g, 'case_mia:12');
    const { progress, dropped } = decodeProgress(course, text);
    assert.equal(dropped, false);
    const relaunched = startCourseActor({ course, progress }).actor;
    relaunched.send({ type: 'course.resume', at: tick() });
    assert.equal(screenOf(relaunched.getSnapshot()), 'page');
    assert.deepEqual(relaunched.getSnapshot().context.progress.cases, { case_mia: ['tell', 'wait'] });
    relaunched.send(choose('reflect'));
    assert.deepEqual(relaunched.getSnapshot().context.progress.finishedCases, ['case_mia']);
  });

  it('keeps a finished case finished across a relaunch after a replay', () => {
    const { actor } = toCasePage();
    playCase(actor, fixtureCase);
    actor.send({ type: 'case.replay', caseId: 'case_mia', at: tick() });
    const text = encodeProgress(course, actor.getSnapshot().context.progress);
    assert.equal((JSON.parse(text) as { g: string }).g, 'case_mia!');
    const { progress } = decodeProgress(course, text);
    assert.deepEqual(progress.cases, { case_mia: [] });
    assert.deepEqual(completedLessonIds(course, progress), ['one', 'two']);
  });
});

describe('progress codec: case paths after a content change', () => {
  const saved =
    '{"f":1,"v":"2.0.0","p":"two_b","s":"one_a.one_b.two_a.two_b","k":"","x":"","g":"case_mia:12"}';

  it('cuts a path where it stops fitting the changed case, and says something was dropped', () => {
    // Version 2.1 removed the third choice at n3 ("wait"): the saved index 2 no longer exists.
    const changed: Course = {
      ...course,
      lessons: course.lessons.map((l) => ({
        ...l,
        pages: l.pages.map((p) => ({
          ...p,
          blocks: p.blocks.map((b) =>
            b.type === 'case'
              ? {
                  ...b,
                  nodes: b.nodes.map((n) => (n.id === 'n3' ? { ...n, choices: n.choices!.slice(0, 2) } : n)),
                }
              : b,
          ),
        })),
      })),
    };
    const decoded = decodeProgress(changed, saved);
    assert.deepEqual(decoded.progress.cases, { case_mia: ['tell'] });
    assert.equal(decoded.dropped, true);
  });

  it('drops a case that no longer exists and keeps the rest', () => {
    const decoded = decodeProgress(course, saved.replace('case_mia:12', 'case_gone:0.case_mia:0'));
    assert.deepEqual(decoded.progress.cases, { case_mia: ['ask'] });
    assert.equal(decoded.dropped, true);
    assert.deepEqual(decoded.progress.visited, ['one_a', 'one_b', 'two_a', 'two_b']);
  });

  for (const g of ['"case_mia"', '"case_mia:A"', '"<b>:0"', '5', '"case_mia:0.."']) {
    it(`refuses malformed case paths (${g}) with a typed error`, () => {
      assert.throws(
        () => decodeProgress(course, saved.replace('"case_mia:12"', g)),
        (e: unknown) => e instanceof SavedProgressError && e.reason === 'corrupted',
      );
    });
  }
});
