import { expect } from '@open-wc/testing';
import type { CourseEvent } from './course-machine.js';
import { walkCase } from '../content/case-path.js';
import { seededRandom } from '../content/random.js';
import { caseCourse, fixtureCase } from './fixtures/case-course.js';
import { answerFor, startCourseActor } from './machine-test-kit.js';
import { attemptsRemaining, questionById } from './progress.js';
import { decodeProgress, encodeProgress } from './progress-codec.js';

// The small course with a branching case, so case choices and replays are in the mix.
const course = caseCourse;
const caseChoiceIds = fixtureCase.nodes.flatMap((n) => n.choices?.map((c) => c.id) ?? []);
const KNOWN_STATES = new Set([
  '"welcome"',
  '"page"',
  '{"assessment":"intro"}',
  '{"assessment":"question"}',
  '{"assessment":"result"}',
  '"summary"',
  '"exited"',
]);

/** A random event from the whole vocabulary, with valid and invalid parameters alike. */
function randomEvent(random: () => number, at: number, currentQuestion?: string): CourseEvent {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const anyQuestion = pick([...course.questions.map((q) => q.id), 'missing']);
  const question = questionById(course, currentQuestion && random() < 0.8 ? currentQuestion : anyQuestion);
  const response = question
    ? answerFor(question, random() < 0.6)
    : { type: 'truefalse' as const, value: true };
  const events: Array<() => CourseEvent> = [
    () => ({ type: 'course.start', at }),
    () => ({ type: 'course.resume', at }),
    () => ({ type: 'course.restart', at }),
    () => ({ type: 'nav.next', at }),
    () => ({ type: 'nav.next', at }),
    () => ({ type: 'nav.next', at }),
    () => ({ type: 'nav.back', at }),
    () => ({
      type: 'nav.page',
      lesson: Math.floor(random() * 4) - 1,
      page: Math.floor(random() * 4) - 1,
      at,
    }),
    () => ({ type: 'nav.assessment', at }),
    () => ({ type: 'nav.summary', at }),
    () => ({ type: 'answer.submit', questionId: question?.id ?? 'missing', response, at }),
    () => ({ type: 'answer.submit', questionId: question?.id ?? 'missing', response, at }),
    () => ({ type: 'reflection.change', id: 'r_next', text: `note ${at}` }),
    () => ({ type: 'assessment.start', seed: Math.floor(random() * 1e9), at }),
    () => ({ type: 'answer.submit', questionId: question?.id ?? 'missing', response, at }),
    () => ({ type: 'answer.submit', questionId: question?.id ?? 'missing', response, at }),
    () => ({ type: 'answer.submit', questionId: question?.id ?? 'missing', response, at }),
    () => ({ type: 'reflection.change', id: 'r_next', text: 'again' }),
    () => ({ type: 'case.choose', caseId: 'case_mia', choiceId: pick([...caseChoiceIds, 'missing']), at }),
    () => ({ type: 'case.choose', caseId: 'case_mia', choiceId: pick(caseChoiceIds), at }),
    () => ({
      type: 'case.choose',
      caseId: pick(['case_mia', 'case_gone']),
      choiceId: pick(caseChoiceIds),
      at,
    }),
    () => ({ type: 'case.replay', caseId: pick(['case_mia', 'case_gone']), at }),
  ];
  if (random() < 0.005) return { type: 'course.exit' };
  if (random() < 0.002) return { type: 'lms.sessionClosed' };
  return pick(events)();
}

describe('course machine: random event sequences (property test)', () => {
  it('never reaches an unknown state or breaks an invariant, and every state restores from its snapshot', () => {
    const random = seededRandom(20261123);
    let snapshotsChecked = 0;
    let caseStepsSeen = 0;
    let saved: string | undefined;
    for (let run = 0; run < 150; run++) {
      // Every other run relaunches from progress saved mid-way through an earlier run.
      const progress = run % 2 && saved ? decodeProgress(course, saved).progress : undefined;
      const { actor, emitted } = startCourseActor({ course, ...(progress ? { progress } : {}) });
      let at = 1_000_000;
      for (let step = 0; step < 120; step++) {
        const { progress } = actor.getSnapshot().context;
        const current = progress.attempt?.questionIds[progress.attempt.answers.length];
        actor.send(randomEvent(random, (at += 1000), current));
        const snapshot = actor.getSnapshot();
        const state = JSON.stringify(snapshot.value);
        expect(KNOWN_STATES.has(state), `run ${run} step ${step}: unknown state ${state}`).to.be.true;
        const p = snapshot.context.progress;
        const pages = course.lessons.flatMap((l) => l.pages.map((pg) => pg.id));
        expect(
          p.visited.every((id) => pages.includes(id)),
          'visited pages exist',
        ).to.be.true;
        expect(new Set(p.visited).size).to.equal(p.visited.length);
        if (p.position.screen === 'page')
          expect(course.lessons[p.position.lesson]?.pages[p.position.page], 'position is a real page').to
            .exist;
        expect(p.results.length).to.be.at.most(course.assessment.maxAttempts);
        expect(attemptsRemaining(course, p)).to.be.within(0, course.assessment.maxAttempts);
        if (p.attempt) expect(p.attempt.answers.length).to.be.at.most(p.attempt.questionIds.length);
        if (p.completedAt)
          expect(
            p.results.some((r) => r.passed),
            'completion needs a pass',
          ).to.be.true;
        for (const [id, path] of Object.entries(p.cases ?? {})) {
          expect(id, 'only placed cases have paths').to.equal('case_mia');
          expect(walkCase(fixtureCase, path).used, 'every saved path fits its case').to.equal(path.length);
        }
        if (p.attempt?.responses)
          expect(p.attempt.responses.length, 'one response per answer').to.equal(p.attempt.answers.length);
        if (snapshot.matches({ assessment: 'question' }))
          expect(p.attempt!.answers.length).to.be.below(p.attempt!.questionIds.length);
        // Every reachable state restores exactly from its suspend_data.
        const decoded = decodeProgress(course, encodeProgress(course, p));
        expect(decoded.dropped).to.be.false;
        const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
        expect(plain(decoded.progress)).to.deep.equal(plain(p));
        snapshotsChecked++;
        caseStepsSeen = Math.max(caseStepsSeen, p.cases?.case_mia?.length ?? 0);
        if (step === 60) saved = encodeProgress(course, p);
        if (snapshot.matches('exited')) break;
      }
      expect(emitted.filter((e) => e.type === 'report.courseCompleted').length).to.be.at.most(1);
    }
    expect(snapshotsChecked).to.be.greaterThan(5000);
    expect(caseStepsSeen, 'the runs reach case paths of every length').to.be.at.least(3);
  });
});
