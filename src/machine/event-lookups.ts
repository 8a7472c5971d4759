/**
 * What a course event refers to, looked up once from the machine's context: the question an answer
 * is for, the case a choice is in. Pure helpers for the machine's guards and actions, which xstate
 * cannot share a lookup between.
 */
import { assertEvent } from 'xstate';
import type { AnswerReport } from '../content/answer-report.js';
import { isComplete, isCorrect } from '../content/answers.js';
import { walkCase } from '../content/case-path.js';
import type { CaseBlock, Question } from '../content/course-schema.js';
import type { CourseContext, CourseEvent } from './course-events.js';
import { questionById, type Position, type Progress } from './progress.js';

export const at = (event: CourseEvent): number => ('at' in event ? event.at : 0);

/**
 * The question an answer is for, looked up once: on a page, any question in the course; in the
 * assessment, only the question on screen (a late or doubled submit is ignored).
 */
export function answeredQuestion(context: CourseContext, event: CourseEvent, phase: 'check' | 'assessment') {
  assertEvent(event, 'answer.submit');
  const attempt = context.progress.attempt;
  if (phase === 'assessment' && attempt?.questionIds[attempt.answers.length] !== event.questionId) return;
  const question = questionById(context.course, event.questionId);
  return question && isComplete(question, event.response) ? question : undefined;
}

/** One answer as the LMS records it: resolved here so no later layer looks the question up again. */
export function answerReport(
  context: CourseContext,
  question: Question,
  event: Extract<CourseEvent, { type: 'answer.submit' }>,
  extra: { phase: 'check' | 'assessment'; attempt?: number },
): AnswerReport {
  return {
    question,
    ...extra,
    response: event.response,
    correct: isCorrect(question, event.response),
    latencyMs: Math.max(0, event.at - (context.shownAt ?? event.at)),
    at: event.at,
  };
}

/** A case on the page on screen, by id: cases are played only where they are placed. */
export function caseOnPage(context: CourseContext, caseId: string): CaseBlock | undefined {
  const pos = context.progress.position;
  if (pos.screen !== 'page') return undefined;
  const page = context.course.lessons[pos.lesson]?.pages[pos.page];
  return page?.blocks.find((b): b is CaseBlock => b.type === 'case' && b.id === caseId);
}

/** The case and its walk when the choice is one the learner can make now, at the case's current node. */
export function caseChoice(context: CourseContext, event: CourseEvent) {
  assertEvent(event, 'case.choose');
  const block = caseOnPage(context, event.caseId);
  if (!block) return undefined;
  const path = context.progress.cases?.[block.id] ?? [];
  const walk = walkCase(block, path);
  if (walk.finished || walk.used !== path.length) return undefined;
  return walk.current.choices?.some((c) => c.id === event.choiceId) ? { block, path } : undefined;
}

/** The page the learner left from, or the first page of the course. */
export function resumePagePosition(progress: Progress): Position {
  return progress.position.screen === 'page' ? progress.position : { screen: 'page', lesson: 0, page: 0 };
}
