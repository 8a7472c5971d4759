// Runs in Node: a learner who saved progress in release 1.0.0 resumes in this release's course
// (build/course.json, 2.0.0) without a crash, keeping whatever still exists. The saved state is
// real: release 1.0.0 wrote it (fixtures/saved-by-1.0.0.md says how).
import '../content/test-strings-node.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Course } from '../content/course-schema.js';
import { completeLessons, startCourseActor, takeAttempt, tick } from './machine-test-kit.js';
import { attemptsRemaining } from './progress.js';
import { decodeProgress, encodeProgress } from './progress-codec.js';
import { assessmentState, lessonsToComplete, screenOf, summaryView } from './selectors.js';

const course = JSON.parse(readFileSync('build/course.json', 'utf8')) as Course;
const saved = JSON.parse(readFileSync(new URL('fixtures/saved-by-1.0.0.json', import.meta.url), 'utf8')) as {
  suspendData: string;
  reflections: Record<string, string>;
};
const raw = JSON.parse(saved.suspendData) as { s: string; k: string; x: string; a: { q: string; r: string } };
const pageIds = new Set(course.lessons.flatMap((l) => l.pages.map((p) => p.id)));
const questionIds = new Set(course.questions.map((q) => q.id));

describe('resuming in 2.0.0 from progress saved by 1.0.0', () => {
  it('is the course this test is about: 2.0.0, with pages and questions 1.0.0 did not have', () => {
    assert.equal(course.version, '2.0.0');
    assert.ok(
      raw.s.split('.').some((id) => !pageIds.has(id)),
      'some 1.0.0 pages are gone',
    );
  });

  const { progress, version, dropped } = decodeProgress(course, saved.suspendData);

  it('keeps the pages, checks and position that still exist, and says something was dropped', () => {
    assert.equal(version, '1.0.0');
    assert.equal(dropped, true);
    const stillThere = raw.s.split('.').filter((id) => pageIds.has(id));
    assert.deepEqual(progress.visited, stillThere);
    assert.ok(progress.visited.length >= 10, `most pages kept (${progress.visited.length})`);
    for (const id of raw.k.split('.').filter((q) => questionIds.has(q)))
      assert.deepEqual(progress.checks[id], { correct: true }, id);
    for (const id of raw.x.split('.').filter((q) => questionIds.has(q)))
      assert.deepEqual(progress.checks[id], { correct: false }, id);
    assert.ok(Object.keys(progress.checks).every((id) => questionIds.has(id)));
    // The learner left on "rb_serve", which 2.0.0 still has: they return to it.
    const lesson = course.lessons.findIndex((l) => l.pages.some((p) => p.id === 'rb_serve'));
    const page = course.lessons[lesson].pages.findIndex((p) => p.id === 'rb_serve');
    assert.deepEqual(progress.position, { screen: 'page', lesson, page });
  });

  it('keeps the failed attempt: its result, the attempts left and the questions still in the bank', () => {
    assert.deepEqual(progress.results, [{ number: 1, correct: 3, total: 10, scaled: 0.3, passed: false }]);
    assert.equal(attemptsRemaining(course, progress), course.assessment.maxAttempts - 1);
    assert.equal(assessmentState(course, progress), 'notPassedYet');
    const drawn = raw.a.q.split('.');
    const kept = drawn.flatMap((id, i) => (questionIds.has(id) ? [{ id, right: raw.a.r[i] === '1' }] : []));
    assert.deepEqual(
      progress.attempt?.questionIds,
      kept.map((k) => k.id),
    );
    assert.deepEqual(
      progress.attempt?.answers,
      kept.map((k) => k.right),
    );
    assert.equal(progress.attempt?.responses, undefined, '1.0.0 kept right or wrong only');
    assert.equal(progress.cases, undefined);
  });

  it('shows the reflections that still exist, and none that the course no longer asks for', () => {
    const reflections = summaryView({
      course,
      progress,
      reflections: saved.reflections,
      learner: { id: 'L-100', name: 'Okafor, Grace' },
    }).reflections;
    const asked = course.lessons.flatMap((l) =>
      l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'reflection' ? [b.id] : []))),
    );
    assert.equal(reflections.length, asked.length);
    for (const [i, id] of asked.entries()) assert.equal(reflections[i].text, saved.reflections[id] ?? '');
  });

  it('resumes where the learner left off, finishes the new material, and resits on unseen questions', () => {
    const { actor } = startCourseActor({ course, progress, reflections: saved.reflections });
    assert.equal(actor.getSnapshot().context.canResume, true);
    actor.send({ type: 'course.resume', at: tick() });
    assert.equal(screenOf(actor.getSnapshot()), 'page');
    assert.deepEqual(actor.getSnapshot().context.progress.position, progress.position);
    // The pages and cases 2.0.0 added are what stands between the learner and the resit.
    assert.ok(lessonsToComplete(course, progress).length > 0);
    actor.send({ type: 'nav.page', lesson: 0, page: 0, at: tick() });
    completeLessons(actor, course);
    assert.equal(assessmentState(course, actor.getSnapshot().context.progress), 'notPassedYet');
    takeAttempt(actor, course, [], 11);
    const after = actor.getSnapshot().context.progress;
    assert.equal(after.attempt?.number, 2);
    assert.deepEqual([...(after.seen ?? [])].sort(), [...progress.attempt!.questionIds].sort());
    assert.ok(after.attempt.questionIds.every((id) => !progress.attempt!.questionIds.includes(id)));
    // And the progress, now in the 2.0.0 shape, is saved and read back whole.
    assert.deepEqual(decodeProgress(course, encodeProgress(course, after)).progress.seen, after.seen);
  });
});
