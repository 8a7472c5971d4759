/**
 * Helpers for driving the course machine in tests, the way the app shell would.
 * Test-only: imported by *.test.ts files, never by the player.
 */
import { createActor, type Actor } from 'xstate';
import type { Course, Question } from '../content/course-schema.js';
import { courseMachine, type CourseEmitted, type CourseInput } from './course-machine.js';
import { walkCase } from '../content/case-path.js';
import type { CaseBlock } from '../content/course-schema.js';
import { pageQuestionIds, questionById } from './progress.js';
import { correctResponse, type Response } from '../content/answers.js';

export type CourseActor = Actor<typeof courseMachine>;

/** A wrong but complete answer of the question's type. */
export function wrongResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.options.find((o) => o.id !== question.correct)!.id };
    case 'multiple':
      return {
        type: 'multiple',
        optionIds: question.options
          .filter((o) => !question.correct.includes(o.id))
          .map((o) => o.id)
          .slice(0, 1)
          .concat(question.correct.slice(1)),
      };
    case 'truefalse':
      return { type: 'truefalse', value: !question.correct };
    case 'matching': {
      const [first, second] = question.items;
      const pairs = { ...question.correct };
      // Swap two items' targets so the answer is complete but wrong.
      pairs[first.id] = question.correct[second.id]!;
      pairs[second.id] = question.correct[first.id]!;
      return { type: 'matching', pairs };
    }
    case 'ordering':
      return { type: 'ordering', order: [...question.correct].reverse() };
  }
}

export function answerFor(question: Question, right: boolean): Response {
  return right ? correctResponse(question) : wrongResponse(question);
}

/** Starts an actor on `course` and records everything it emits. */
export function startCourseActor(input: CourseInput): { actor: CourseActor; emitted: CourseEmitted[] } {
  const actor = createActor(courseMachine, { input });
  const emitted: CourseEmitted[] = [];
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  return { actor, emitted };
}

let clock = 1_700_000_000_000;
/** A monotonic fake clock: every call is one second later. */
export const tick = (): number => (clock += 1000);

/** Answers the current page's checks (rightly, or wrongly first when `wrongFirst`). */
export function answerPageChecks(actor: CourseActor, course: Course, wrongFirst = false): void {
  const { progress } = actor.getSnapshot().context;
  if (progress.position.screen !== 'page') return;
  const lesson = course.lessons[progress.position.lesson];
  for (const id of pageQuestionIds(lesson, progress.position.page)) {
    const question = questionById(course, id)!;
    if (wrongFirst)
      actor.send({ type: 'answer.submit', questionId: id, response: wrongResponse(question), at: tick() });
    actor.send({ type: 'answer.submit', questionId: id, response: correctResponse(question), at: tick() });
  }
}

/**
 * Plays a case on the page on screen from where it stands to an end, taking the choice `pick`
 * names at each node (by default the first best choice).
 */
export function playCase(
  actor: CourseActor,
  block: CaseBlock,
  pick: (choices: NonNullable<CaseBlock['nodes'][number]['choices']>) => string = (choices) =>
    choices.find((c) => c.quality === 'best')!.id,
): void {
  for (let guard = 0; guard < 50; guard++) {
    const walk = walkCase(block, actor.getSnapshot().context.progress.cases?.[block.id] ?? []);
    if (walk.finished || !walk.current.choices) return;
    actor.send({ type: 'case.choose', caseId: block.id, choiceId: pick(walk.current.choices), at: tick() });
  }
}

/** Plays every case on the page on screen to an end along its best path. */
export function playPageCases(actor: CourseActor, course: Course): void {
  const { position } = actor.getSnapshot().context.progress;
  if (position.screen !== 'page') return;
  for (const block of course.lessons[position.lesson]?.pages[position.page]?.blocks ?? [])
    if (block.type === 'case') playCase(actor, block);
}

/** From the welcome screen, reads every page, answers every check and plays every case, ending at the assessment. */
export function completeLessons(actor: CourseActor, course: Course): void {
  if (actor.getSnapshot().matches('welcome')) actor.send({ type: 'course.start', at: tick() });
  for (let guard = 0; guard < 500 && actor.getSnapshot().matches('page'); guard++) {
    answerPageChecks(actor, course);
    playPageCases(actor, course);
    actor.send({ type: 'nav.next', at: tick() });
  }
}

/** Takes one assessment attempt, answering question i rightly when `pattern[i]` is true. */
export function takeAttempt(
  actor: CourseActor,
  course: Course,
  pattern: readonly boolean[],
  seed = 42,
): void {
  actor.send({ type: 'assessment.start', seed, at: tick() });
  for (const right of pattern) {
    const { attempt } = actor.getSnapshot().context.progress;
    const id = attempt!.questionIds[attempt!.answers.length];
    actor.send({
      type: 'answer.submit',
      questionId: id,
      response: answerFor(questionById(course, id)!, right),
      at: tick(),
    });
  }
}
