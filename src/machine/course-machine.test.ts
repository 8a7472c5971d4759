import { expect } from '@open-wc/testing';
import { miniCourse } from './fixtures/mini-course.js';
import {
  answerFor,
  answerPageChecks,
  completeLessons,
  startCourseActor,
  takeAttempt,
  tick,
  wrongResponse,
} from './machine-test-kit.js';
import { attemptsRemaining, lessonStatus, questionById } from './progress.js';
import { correctResponse } from '../content/answers.js';

const course = miniCourse;
const fresh = () => startCourseActor({ course, learner: { id: 'L1', name: 'Doe, Jane' } });

describe('course machine: welcome and navigation', () => {
  it('starts on the welcome screen with nothing to resume', () => {
    const { actor } = fresh();
    expect(actor.getSnapshot().matches('welcome')).to.be.true;
    expect(actor.getSnapshot().context.canResume).to.be.false;
    actor.send({ type: 'course.resume', at: tick() });
    expect(actor.getSnapshot().matches('welcome'), 'resume without saved progress is ignored').to.be.true;
  });

  it('opens the first page on start and reports the page view', () => {
    const { actor, emitted } = fresh();
    actor.send({ type: 'course.start', at: 5 });
    expect(actor.getSnapshot().matches('page')).to.be.true;
    expect(actor.getSnapshot().context.progress.visited).to.deep.equal(['one_a']);
    expect(emitted).to.deep.include({ type: 'report.pageViewed', lessonId: 'one', pageId: 'one_a', at: 5 });
  });

  it('moves on and back, and refuses Back on the first page', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'nav.back', at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 0,
    });
    actor.send({ type: 'nav.next', at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 1,
    });
    actor.send({ type: 'nav.back', at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 0,
    });
  });

  it('keeps the learner on a page until its knowledge checks are answered', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'nav.next', at: tick() });
    actor.send({ type: 'nav.next', at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 1,
    });
    answerPageChecks(actor, course);
    actor.send({ type: 'nav.next', at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 1,
      page: 0,
    });
  });

  it('lets the learner open seen pages and the next unseen one, but not skip ahead', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'nav.page', lesson: 1, page: 1, at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 0,
    });
    actor.send({ type: 'nav.page', lesson: 0, page: 1, at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 1,
    });
    actor.send({ type: 'nav.page', lesson: 0, page: 0, at: tick() });
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 0,
    });
    actor.send({ type: 'nav.page', lesson: 7, page: 0, at: tick() });
    expect(actor.getSnapshot().context.progress.position, 'a page that does not exist').to.deep.equal({
      screen: 'page',
      lesson: 0,
      page: 0,
    });
  });
});

describe('course machine: knowledge checks', () => {
  it('marks answers, allows unlimited tries and reports each with its latency', () => {
    const { actor, emitted } = fresh();
    actor.send({ type: 'course.start', at: 1000 });
    actor.send({ type: 'nav.next', at: 2000 });
    const q = questionById(course, 'k_single')!;
    actor.send({ type: 'answer.submit', questionId: 'k_single', response: wrongResponse(q), at: 9000 });
    expect(actor.getSnapshot().context.progress.checks.k_single).to.deep.equal({ correct: false });
    actor.send({ type: 'answer.submit', questionId: 'k_single', response: correctResponse(q), at: 12000 });
    expect(actor.getSnapshot().context.progress.checks.k_single).to.deep.equal({ correct: true });
    const answers = emitted.filter((e) => e.type === 'report.answerSubmitted');
    expect(answers.map((a) => [a.correct, a.latencyMs, a.phase])).to.deep.equal([
      [false, 7000, 'check'],
      [true, 3000, 'check'],
    ]);
  });

  it('ignores incomplete answers and unknown questions', () => {
    const { actor, emitted } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({
      type: 'answer.submit',
      questionId: 'k_single',
      response: { type: 'single', optionId: '' },
      at: tick(),
    });
    actor.send({
      type: 'answer.submit',
      questionId: 'nope',
      response: { type: 'truefalse', value: true },
      at: tick(),
    });
    actor.send({
      type: 'answer.submit',
      questionId: 'k_single',
      response: { type: 'truefalse', value: true },
      at: tick(),
    });
    expect(actor.getSnapshot().context.progress.checks).to.deep.equal({});
    expect(emitted.some((e) => e.type === 'report.answerSubmitted')).to.be.false;
  });

  it('completes a lesson when every page is seen and every check answered, once', () => {
    const { actor, emitted } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'nav.next', at: tick() });
    expect(lessonStatus(course.lessons[0], actor.getSnapshot().context.progress)).to.equal('inProgress');
    answerPageChecks(actor, course, true);
    expect(lessonStatus(course.lessons[0], actor.getSnapshot().context.progress)).to.equal('completed');
    actor.send({ type: 'nav.back', at: tick() });
    actor.send({ type: 'nav.next', at: tick() });
    expect(emitted.filter((e) => e.type === 'report.lessonCompleted')).to.have.length(1);
  });

  it('keeps reflection text and reports that it changed', () => {
    const { actor, emitted } = fresh();
    actor.send({ type: 'reflection.change', id: 'r_next', text: 'Ask about the bump.' });
    expect(actor.getSnapshot().context.reflections).to.deep.equal({ r_next: 'Ask about the bump.' });
    expect(emitted).to.deep.include({ type: 'report.reflectionChanged', id: 'r_next' });
  });
});

describe('course machine: assessment', () => {
  it('stays locked until every lesson is complete', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'nav.assessment', at: tick() });
    expect(actor.getSnapshot().matches({ assessment: 'intro' })).to.be.true;
    actor.send({ type: 'assessment.start', seed: 1, at: tick() });
    expect(actor.getSnapshot().matches({ assessment: 'intro' })).to.be.true;
    expect(actor.getSnapshot().context.progress.attempt).to.equal(undefined);
  });

  it('arrives at the assessment after the last page and draws the configured number of questions', () => {
    const { actor } = fresh();
    completeLessons(actor, course);
    expect(actor.getSnapshot().matches({ assessment: 'intro' })).to.be.true;
    actor.send({ type: 'assessment.start', seed: 7, at: tick() });
    const attempt = actor.getSnapshot().context.progress.attempt!;
    expect(attempt.number).to.equal(1);
    expect(attempt.questionIds).to.have.length(3);
    expect(new Set(attempt.questionIds).size).to.equal(3);
    expect(attempt.questionIds.every((id) => course.assessment.bank.includes(id))).to.be.true;
  });

  it('passes at the pass mark and completes the course', () => {
    const { actor, emitted } = fresh();
    completeLessons(actor, course);
    takeAttempt(actor, course, [true, true, false]);
    expect(actor.getSnapshot().matches({ assessment: 'result' })).to.be.true;
    const result = emitted.find((e) => e.type === 'report.assessmentResult');
    expect(result).to.include({ attempt: 1, passed: true, attemptsRemaining: 1 });
    expect(result && 'scaled' in result && result.scaled).to.be.closeTo(2 / 3, 1e-9);
    expect(emitted.filter((e) => e.type === 'report.courseCompleted')).to.have.length(1);
    expect(actor.getSnapshot().context.progress.completedAt).to.be.a('number');
    actor.send({ type: 'assessment.start', seed: 9, at: tick() });
    expect(actor.getSnapshot().context.progress.attempt!.number, 'no new attempt after a pass').to.equal(1);
  });

  it('fails below the pass mark, offers another draw, and stops when attempts run out', () => {
    const { actor, emitted } = fresh();
    completeLessons(actor, course);
    takeAttempt(actor, course, [true, false, false], 1);
    expect(actor.getSnapshot().matches({ assessment: 'result' })).to.be.true;
    expect(attemptsRemaining(course, actor.getSnapshot().context.progress)).to.equal(1);
    takeAttempt(actor, course, [false, false, false], 2);
    expect(actor.getSnapshot().context.progress.results.map((r) => r.passed)).to.deep.equal([false, false]);
    expect(
      emitted
        .filter((e) => e.type === 'report.assessmentResult')
        .map((e) => e.type === 'report.assessmentResult' && e.attemptsRemaining),
    ).to.deep.equal([1, 0]);
    actor.send({ type: 'assessment.start', seed: 3, at: tick() });
    expect(actor.getSnapshot().context.progress.results).to.have.length(2);
    expect(actor.getSnapshot().matches({ assessment: 'result' })).to.be.true;
    expect(emitted.some((e) => e.type === 'report.courseCompleted')).to.be.false;
  });

  it('lets a learner who failed revisit a lesson and come back to a new draw', () => {
    const { actor } = fresh();
    completeLessons(actor, course);
    takeAttempt(actor, course, [false, false, false], 1);
    actor.send({ type: 'nav.page', lesson: 1, page: 0, at: tick() });
    expect(actor.getSnapshot().matches('page')).to.be.true;
    actor.send({ type: 'nav.assessment', at: tick() });
    expect(actor.getSnapshot().matches({ assessment: 'result' })).to.be.true;
    takeAttempt(actor, course, [true, true, true], 2);
    expect(actor.getSnapshot().context.progress.results.map((r) => r.passed)).to.deep.equal([false, true]);
  });

  it('draws the same questions for the same seed and different ones for another', () => {
    const draw = (seed: number) => {
      const { actor } = fresh();
      completeLessons(actor, course);
      actor.send({ type: 'assessment.start', seed, at: tick() });
      return actor.getSnapshot().context.progress.attempt!.questionIds;
    };
    expect(draw(123)).to.deep.equal(draw(123));
    const draws = new Set([1, 2, 3, 4, 5, 6].map((s) => draw(s).join()));
    expect(draws.size).to.be.greaterThan(1);
  });

  it('ignores answers of the wrong type for the current question', () => {
    const { actor } = fresh();
    completeLessons(actor, course);
    actor.send({ type: 'assessment.start', seed: 5, at: tick() });
    const id = actor.getSnapshot().context.progress.attempt!.questionIds[0];
    const type = questionById(course, id)!.type;
    const other =
      type === 'truefalse'
        ? { type: 'single' as const, optionId: 'a' }
        : { type: 'truefalse' as const, value: true };
    actor.send({ type: 'answer.submit', questionId: id, response: other, at: tick() });
    expect(actor.getSnapshot().context.progress.attempt!.answers).to.deep.equal([]);
  });
});

describe('course machine: resume, restart, exit, LMS status', () => {
  it('offers to resume saved progress and returns to the page the learner left', () => {
    const { actor } = startCourseActor({
      course,
      progress: {
        position: { screen: 'page', lesson: 1, page: 0 },
        visited: ['one_a', 'one_b', 'two_a'],
        checks: { k_single: { correct: true } },
        results: [],
      },
    });
    expect(actor.getSnapshot().context.canResume).to.be.true;
    actor.send({ type: 'course.resume', at: tick() });
    expect(actor.getSnapshot().matches('page')).to.be.true;
    expect(actor.getSnapshot().context.progress.position).to.deep.equal({
      screen: 'page',
      lesson: 1,
      page: 0,
    });
  });

  it('resumes an assessment attempt in progress at the next unanswered question', () => {
    const { actor } = fresh();
    completeLessons(actor, course);
    takeAttempt(actor, course, [true], 11);
    const saved = actor.getSnapshot().context.progress;
    const relaunched = startCourseActor({ course, progress: saved }).actor;
    relaunched.send({ type: 'course.resume', at: tick() });
    expect(relaunched.getSnapshot().matches({ assessment: 'question' })).to.be.true;
    expect(relaunched.getSnapshot().context.progress.attempt).to.deep.equal(saved.attempt);
  });

  it('starts again on request, keeping results, attempts used and reflections', () => {
    const { actor, emitted } = fresh();
    completeLessons(actor, course);
    actor.send({ type: 'reflection.change', id: 'r_next', text: 'Keep me' });
    takeAttempt(actor, course, [true, true, true]);
    const completedAt = actor.getSnapshot().context.progress.completedAt;
    const relaunched = startCourseActor({
      course,
      progress: actor.getSnapshot().context.progress,
      reflections: { r_next: 'Keep me' },
    });
    relaunched.actor.send({ type: 'course.restart', at: tick() });
    const { progress, reflections } = relaunched.actor.getSnapshot().context;
    expect(progress.visited).to.deep.equal(['one_a']);
    expect(progress.checks).to.deep.equal({});
    expect(progress.results).to.have.length(1);
    expect(progress.completedAt).to.equal(completedAt);
    expect(reflections).to.deep.equal({ r_next: 'Keep me' });
    expect(relaunched.emitted.some((e) => e.type === 'report.progressReset')).to.be.true;
    expect(emitted.some((e) => e.type === 'report.progressReset')).to.be.false;
  });

  it("exits from any screen and reports it once; how the last save went is the LMS layer's", () => {
    const { actor, emitted } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'course.exit' });
    actor.send({ type: 'course.exit' });
    expect(actor.getSnapshot().matches('exited')).to.be.true;
    expect(emitted.filter((e) => e.type === 'report.exited')).to.have.length(1);
    actor.send({ type: 'nav.next', at: tick() });
    expect(actor.getSnapshot().matches('exited')).to.be.true;
    actor.send({ type: 'reflection.change', id: 'r_next', text: 'Too late' });
    expect(actor.getSnapshot().context.reflections).to.deep.equal({});
    expect(actor.getSnapshot().context).to.not.have.property('lms');
  });

  it('goes to the exit screen when the LMS session has ended, so nothing is answered that cannot be saved', () => {
    const { actor, emitted } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    expect(actor.getSnapshot().matches('page')).to.be.true;
    actor.send({ type: 'lms.sessionClosed' });
    expect(actor.getSnapshot().matches('exited')).to.be.true;
    actor.send({ type: 'nav.next', at: tick() });
    actor.send({ type: 'lms.sessionClosed' });
    expect(actor.getSnapshot().matches('exited')).to.be.true;
    expect(emitted.filter((e) => e.type === 'report.exited')).to.have.length(1);
  });

  it('keeps an assessment attempt in progress when the learner starts again, so no attempt is given back', () => {
    const { actor } = fresh();
    completeLessons(actor, course);
    takeAttempt(actor, course, [false, false, false], 1);
    takeAttempt(actor, course, [true], 2);
    const before = actor.getSnapshot().context.progress;
    const relaunched = startCourseActor({ course, progress: before }).actor;
    relaunched.send({ type: 'course.restart', at: tick() });
    const after = relaunched.getSnapshot().context.progress;
    expect(after.attempt).to.deep.equal(before.attempt);
    expect(attemptsRemaining(course, after)).to.equal(attemptsRemaining(course, before));
    expect(attemptsRemaining(course, after)).to.equal(0);
    relaunched.send({ type: 'nav.assessment', at: tick() });
    expect(relaunched.getSnapshot().matches({ assessment: 'question' })).to.be.true;
  });

  it('completes the course when the lessons are redone after a pass that came first', () => {
    const { actor } = fresh();
    completeLessons(actor, course);
    takeAttempt(actor, course, [true], 1);
    const relaunched = startCourseActor({ course, progress: actor.getSnapshot().context.progress });
    relaunched.actor.send({ type: 'course.restart', at: tick() });
    relaunched.actor.send({ type: 'nav.assessment', at: tick() });
    for (const right of [true, true]) {
      const { attempt } = relaunched.actor.getSnapshot().context.progress;
      const id = attempt!.questionIds[attempt!.answers.length];
      relaunched.actor.send({
        type: 'answer.submit',
        questionId: id,
        response: answerFor(questionById(course, id)!, right),
        at: tick(),
      });
    }
    expect(relaunched.actor.getSnapshot().context.progress.results.map((r) => r.passed)).to.deep.equal([
      true,
    ]);
    expect(relaunched.actor.getSnapshot().context.progress.completedAt, 'lessons not redone yet').to.equal(
      undefined,
    );
    relaunched.actor.send({ type: 'nav.page', lesson: 0, page: 0, at: tick() });
    completeLessons(relaunched.actor, course);
    expect(relaunched.actor.getSnapshot().context.progress.completedAt).to.be.a('number');
    expect(relaunched.emitted.filter((e) => e.type === 'report.courseCompleted')).to.have.length(1);
  });

  it('ignores an assessment answer that names another question than the one shown', () => {
    const { actor } = fresh();
    completeLessons(actor, course);
    actor.send({ type: 'assessment.start', seed: 5, at: tick() });
    const [first, second] = actor.getSnapshot().context.progress.attempt!.questionIds;
    actor.send({
      type: 'answer.submit',
      questionId: second,
      response: answerFor(questionById(course, second)!, true),
      at: tick(),
    });
    expect(actor.getSnapshot().context.progress.attempt!.answers).to.deep.equal([]);
    actor.send({
      type: 'answer.submit',
      questionId: first,
      response: answerFor(questionById(course, first)!, true),
      at: tick(),
    });
    expect(actor.getSnapshot().context.progress.attempt!.answers).to.deep.equal([true]);
  });

  it('opens the summary from a page and from the assessment', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    actor.send({ type: 'nav.summary', at: tick() });
    expect(actor.getSnapshot().matches('summary')).to.be.true;
    actor.send({ type: 'nav.page', lesson: 0, page: 0, at: tick() });
    expect(actor.getSnapshot().matches('page')).to.be.true;
  });
});

describe('course machine: every path of the fixture course', () => {
  // Every answer pattern for every attempt: each path must end passed (course completed) or
  // failed with no attempts left, and the reported results must match the answers.
  const patterns = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => [0, 1, 2].map((bit) => ((n >> bit) & 1) === 1));
  const passes = (p: boolean[]) => p.filter(Boolean).length * 100 >= course.assessment.passMark * p.length;
  for (const first of patterns) {
    const seconds = passes(first) ? [undefined] : patterns;
    for (const second of seconds) {
      const name = [first, second]
        .filter(Boolean)
        .map((p) => p!.map((b) => (b ? '✓' : '✗')).join(''))
        .join(' then ');
      it(`${name} ends ${second ? (passes(second) ? 'passed on attempt 2' : 'failed') : 'passed on attempt 1'}`, () => {
        const { actor, emitted } = fresh();
        completeLessons(actor, course);
        takeAttempt(actor, course, first, 100);
        if (second) takeAttempt(actor, course, second, 200);
        const { progress } = actor.getSnapshot().context;
        const passed = passes(second ?? first);
        expect(actor.getSnapshot().matches({ assessment: 'result' })).to.be.true;
        expect(progress.results.map((r) => r.passed)).to.deep.equal(second ? [false, passed] : [true]);
        expect(!!progress.completedAt).to.equal(passed);
        expect(emitted.filter((e) => e.type === 'report.courseCompleted')).to.have.length(passed ? 1 : 0);
        expect(attemptsRemaining(course, progress)).to.equal(second ? 0 : 1);
        const answers = emitted.filter(
          (e) => e.type === 'report.answerSubmitted' && e.phase === 'assessment',
        );
        expect(answers.map((a) => a.type === 'report.answerSubmitted' && a.correct)).to.deep.equal([
          ...first,
          ...(second ?? []),
        ]);
      });
    }
  }

  it('answers every check wrong before right along the way without changing the outcome', () => {
    const { actor } = fresh();
    actor.send({ type: 'course.start', at: tick() });
    while (actor.getSnapshot().matches('page')) {
      answerPageChecks(actor, course, true);
      actor.send({ type: 'nav.next', at: tick() });
    }
    takeAttempt(actor, course, [true, true, true]);
    expect(actor.getSnapshot().context.progress.completedAt).to.be.a('number');
    expect(answerFor(questionById(course, 'a_single')!, true)).to.deep.equal({
      type: 'single',
      optionId: 'a',
    });
  });
});
