// Runs in Node (no DOM): what each screen shows, decided by the selectors beside the machine.
import '../content/test-strings-node.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionReference } from '../content/completion-reference.js';
import { miniCourse } from './fixtures/mini-course.js';
import {
  answerFor,
  answerPageChecks,
  completeLessons,
  startCourseActor,
  takeAttempt,
  tick,
} from './machine-test-kit.js';
import { emptyProgress, questionById, type Progress } from './progress.js';
import {
  arrivalKey,
  assessmentState,
  lessonsToComplete,
  menuCurrent,
  menuLessons,
  pageView,
  screenOf,
  summaryView,
  timeSpentSeconds,
} from './selectors.js';
import { resultView } from './result-selectors.js';

const course = miniCourse;
const fresh = () => startCourseActor({ course, learner: { id: 'L1', name: 'Doe, Jane' } });
const passed: Progress = {
  ...emptyProgress(),
  results: [{ number: 1, correct: 3, total: 3, scaled: 1, passed: true }],
};

describe('selectors: screens and navigation', () => {
  it('names the screen for every state the learner meets', () => {
    const { actor } = fresh();
    assert.equal(screenOf(actor.getSnapshot()), 'welcome');
    actor.send({ type: 'course.start', at: tick() });
    assert.equal(screenOf(actor.getSnapshot()), 'page');
    actor.send({ type: 'nav.assessment', at: tick() });
    assert.equal(screenOf(actor.getSnapshot()), 'assessmentIntro');
    assert.deepEqual(menuCurrent(actor.getSnapshot()), { screen: 'assessment' });
    actor.send({ type: 'nav.page', lesson: 0, page: 0, at: tick() });
    completeLessons(actor, course);
    actor.send({ type: 'assessment.start', seed: 42, at: tick() });
    assert.equal(screenOf(actor.getSnapshot()), 'assessmentQuestion');
    const before = arrivalKey(actor.getSnapshot());
    const id = actor.getSnapshot().context.progress.attempt?.questionIds[0] ?? '';
    actor.send({
      type: 'answer.submit',
      questionId: id,
      response: answerFor(questionById(course, id)!, true),
      at: tick(),
    });
    assert.notEqual(arrivalKey(actor.getSnapshot()), before, 'each question is a new arrival');
    actor.send({ type: 'nav.summary', at: tick() });
    assert.equal(screenOf(actor.getSnapshot()), 'summary');
    actor.send({ type: 'course.exit' });
    assert.equal(screenOf(actor.getSnapshot()), 'exited');
    assert.deepEqual(menuCurrent(actor.getSnapshot()), { screen: 'other' });
  });

  it('names the neighbouring pages, across lessons, and the assessment after the last page', () => {
    const at = (lesson: number, page: number) =>
      pageView(course, { ...emptyProgress(), position: { screen: 'page', lesson, page } })!;
    assert.equal(at(0, 0).previousTitle, undefined);
    assert.equal(at(0, 0).nextTitle, 'Page one B');
    assert.equal(at(0, 1).nextTitle, 'Page two A');
    assert.equal(at(1, 0).previousTitle, 'Page one B');
    assert.equal(at(1, 1).isLastPage, true);
    assert.equal(at(1, 1).nextTitle, 'The final assessment');
    assert.equal(at(0, 1).isLastPage, false);
    assert.equal(pageView(course, { ...emptyProgress(), position: { screen: 'summary' } }), undefined);
  });

  it('lists the unanswered questions on a page by their prompts, until they are answered', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'nav.next', at: tick() });
    const { progress } = actor.getSnapshot().context;
    assert.deepEqual(
      pageView(course, progress)!.unanswered.map((q) => q.prompt),
      ['Which is bonding?', 'Babies hear before birth.'],
    );
    answerPageChecks(actor, course);
    assert.deepEqual(pageView(course, actor.getSnapshot().context.progress)!.unanswered, []);
  });

  it('offers only the pages the learner may open in the menu, and links lessons to their next page', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    const { progress } = actor.getSnapshot().context;
    const menu = menuLessons(course, progress);
    assert.deepEqual(
      menu.map((l) => [l.status, l.pages.map((p) => p.available)]),
      [
        ['inProgress', [true, true]],
        ['notStarted', [false, false]],
      ],
    );
    assert.deepEqual(lessonsToComplete(course, progress), [
      { lesson: 0, page: 1, title: 'Lesson one', available: true },
      { lesson: 1, page: 0, title: 'Lesson two', available: false },
    ]);
  });
});

describe('selectors: assessment, results and summary', () => {
  it('says how the assessment stands', () => {
    assert.equal(assessmentState(course, emptyProgress()), 'locked');
    assert.equal(assessmentState(course, passed), 'passed');
    const { actor } = fresh();
    completeLessons(actor, course);
    assert.equal(assessmentState(course, actor.getSnapshot().context.progress), 'ready');
    actor.send({ type: 'assessment.start', seed: 1, at: tick() });
    assert.equal(assessmentState(course, actor.getSnapshot().context.progress), 'inProgress');
  });

  it('does not call a pass "complete" while lessons remain, and does once they are done', () => {
    // The bug this guards: "You have completed the course" on a pass with lessons unfinished.
    assert.equal(resultView(course, passed).courseComplete, false);
    const { actor } = fresh();
    completeLessons(actor, course);
    takeAttempt(actor, course, [true, true, true]);
    const view = resultView(course, actor.getSnapshot().context.progress);
    assert.equal(view.result?.passed, true);
    assert.equal(view.courseComplete, true);
  });

  it('truncates the summary score like the LMS score, and lists what remains', () => {
    const progress: Progress = {
      ...emptyProgress(),
      results: [{ number: 1, correct: 2, total: 3, scaled: 2 / 3, passed: true }],
    };
    const view = summaryView({ course, progress, reflections: {}, learner: { id: 'L1', name: 'Jane' } });
    assert.equal(view.score, 66);
    assert.deepEqual(view.remaining, [
      'completed the lesson “Lesson one”',
      'completed the lesson “Lesson two”',
    ]);
    assert.equal(view.completionReference, '', 'no reference before completion');
    assert.deepEqual(view.reflections, [
      { lessonTitle: 'Lesson two', prompt: 'What will you ask next time?', text: '' },
    ]);
  });

  it('derives a stable completion reference once the course is complete', () => {
    const a = completionReference('c', '1.0.0', 'L1', 1_700_000_000_000);
    assert.match(a, /^PIR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(completionReference('c', '1.0.0', 'L1', 1_700_000_000_000), a);
    assert.notEqual(completionReference('c', '1.0.0', 'L2', 1_700_000_000_000), a);
    const view = summaryView({
      course,
      progress: { ...passed, completedAt: 1_700_000_000_000 },
      reflections: {},
      learner: { id: 'L1', name: 'Jane' },
    });
    assert.equal(
      view.completionReference,
      completionReference(course.id, course.version, 'L1', 1_700_000_000_000),
    );
  });

  it('counts time spent across sessions to the nearest second', () => {
    assert.equal(timeSpentSeconds(600, 1_000, 121_400), 720);
    assert.equal(timeSpentSeconds(0, 5_000, 1_000), 0, 'a clock that went back counts nothing');
  });
});
