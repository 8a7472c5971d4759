/**
 * The real course (build/course.json) walked as a learner against real scorm-again, counting what
 * each learner action costs the LMS. Some LMSs (the Learning Hub, Moodle) commit with synchronous
 * requests, so every SetValue can freeze the page: the budget is a median of at most 4 SetValue
 * calls per learner action, in both standards (issue 15 §3; 7.6 in 2004 and 6.3 in 1.2 before).
 * Knowledge checks are practice: only a check's first answer becomes an interaction (§4).
 * Deterministic: counts only, with the clock moved past the commit debounce after every action.
 */
import { expect } from '@open-wc/testing';
import type { Course } from '../content/course-schema.js';
import { walkCase } from '../content/case-path.js';
import { LmsHarness } from '../lms/test-lms-harness.js';
import { answerFor, tick, type CourseActor } from '../machine/machine-test-kit.js';
import { pageQuestionIds, questionById } from '../machine/progress.js';
import { expectCleanConversation, launch, type Launch } from './test-journey.js';

let real: Course;
before(async () => {
  const res = await fetch('/build/course.json');
  expect(res.ok, 'build/course.json exists (npm run build)').to.be.true;
  real = (await res.json()) as Course;
});

/** Sends learner actions one at a time, letting each one's debounced commit happen, and counts. */
function counted(l: Launch, h: LmsHarness): number[] {
  const perAction: number[] = [];
  const send = l.actor.send.bind(l.actor);
  l.actor.send = (event) => {
    if (event.type === 'lms.sessionClosed') return send(event);
    const before = h.count('set');
    send(event);
    l.clock.advance(20_000);
    perAction.push(h.count('set') - before);
  };
  return perAction;
}

/** Every page, every check (wrong first when asked), every reflection written, every case played, then Next. */
function walkLessons(actor: CourseActor, course: Course, wrongFirst: boolean): void {
  actor.send({ type: 'course.start', at: tick() });
  for (let guard = 0; guard < 500 && actor.getSnapshot().matches('page'); guard++) {
    const position = actor.getSnapshot().context.progress.position;
    if (position.screen !== 'page') break;
    const lesson = course.lessons[position.lesson];
    for (const id of pageQuestionIds(lesson, position.page)) {
      const question = questionById(course, id)!;
      if (wrongFirst)
        actor.send({
          type: 'answer.submit',
          questionId: id,
          response: answerFor(question, false),
          at: tick(),
        });
      actor.send({ type: 'answer.submit', questionId: id, response: answerFor(question, true), at: tick() });
    }
    for (const block of lesson.pages[position.page].blocks) {
      if (block.type === 'reflection')
        actor.send({ type: 'reflection.change', id: block.id, text: 'Ask both parents what they notice.' });
      // A lesson with a case is complete only once its case is played to an end: the best path.
      if (block.type === 'case')
        for (let step = 0; step < block.nodes.length; step++) {
          const walk = walkCase(block, actor.getSnapshot().context.progress.cases?.[block.id] ?? []);
          const best = walk.current.choices?.find((c) => c.quality === 'best');
          if (walk.finished || !best) break;
          actor.send({ type: 'case.choose', caseId: block.id, choiceId: best.id, at: tick() });
        }
    }
    actor.send({ type: 'nav.next', at: tick() });
  }
}

function attempt(actor: CourseActor, course: Course, right: boolean, seed: number): void {
  actor.send({ type: 'assessment.start', seed, at: tick() });
  for (let guard = 0; guard < 100; guard++) {
    const a = actor.getSnapshot().context.progress.attempt!;
    if (a.answers.length === a.questionIds.length) break;
    const id = a.questionIds[a.answers.length];
    actor.send({
      type: 'answer.submit',
      questionId: id,
      response: answerFor(questionById(course, id)!, right),
      at: tick(),
    });
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

for (const version of ['1.2', '2004'] as const) {
  describe(`SCORM ${version}: LMS calls per learner action on the real course`, () => {
    it('every check right, the assessment passed: a median of at most 4 SetValue calls per action', async () => {
      const h = new LmsHarness(version);
      const l = await launch(version, h, undefined, { course: real });
      const perAction = counted(l, h);
      walkLessons(l.actor, real, false);
      attempt(l.actor, real, true, 42);
      l.actor.send({ type: 'nav.summary', at: tick() });
      l.actor.send({ type: 'course.exit' });
      expectCleanConversation(h);
      const total = perAction.reduce((a, b) => a + b, 0);
      console.log(
        `SCORM ${version} real course, all right: ${perAction.length} actions, ${total} SetValue, median ${median(perAction)}, mean ${(total / perAction.length).toFixed(2)}, interactions ${h.interactions().length}`,
      );
      expect(median(perAction), `median SetValue per action (${perAction.join(' ')})`).to.be.at.most(4);
      expect(h.flat()[version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status']).to.equal(
        'passed',
      );
      l.detach();
    });

    it('every check wrong then right, failed then passed: checks send their first answer only', async () => {
      const h = new LmsHarness(version);
      const l = await launch(version, h, undefined, { course: real });
      const perAction = counted(l, h);
      walkLessons(l.actor, real, true);
      attempt(l.actor, real, false, 42);
      attempt(l.actor, real, true, 7);
      l.actor.send({ type: 'course.exit' });
      expectCleanConversation(h);
      const checks = real.lessons.flatMap((lesson) =>
        lesson.pages.flatMap((_, p) => pageQuestionIds(lesson, p)),
      );
      const drawn = real.assessment.drawSize;
      const total = perAction.reduce((a, b) => a + b, 0);
      console.log(
        `SCORM ${version} real course, wrong then right, fail then pass: ${perAction.length} actions, ${total} SetValue, median ${median(perAction)}, mean ${(total / perAction.length).toFixed(2)}, interactions ${h.interactions().length} (${checks.length} checks, ${drawn} drawn × 2)`,
      );
      expect(median(perAction), `median SetValue per action (${perAction.join(' ')})`).to.be.at.most(4);
      // One interaction per check (its first, wrong answer) and every assessment answer.
      const ids = h.interactions().map((i) => String(i.id));
      expect(ids.filter((id) => id.endsWith('_k'))).to.have.length(checks.length);
      expect(ids.filter((id) => /_a1$/.test(id))).to.have.length(drawn);
      expect(ids.filter((id) => /_a2$/.test(id))).to.have.length(drawn);
      expect(ids).to.have.length(checks.length + 2 * drawn);
      expect(
        h
          .interactions()
          .filter((i) => String(i.id).endsWith('_k'))
          .every((i) => i.result !== 'correct'),
      ).to.be.true;
      l.detach();
    });
  });
}
