/**
 * The learner's DOM events as course machine events: pure, with the clock and the random seed
 * passed in, so the translation is tested without a browser. View-only events (glossary,
 * references, the exit question) are not the machine's business and map to nothing.
 */
import type { PirCaseChooseEvent } from '../events/pir-case-choose-event.js';
import type { PirCaseReplayEvent } from '../events/pir-case-replay-event.js';
import type { PirCourseActionEvent } from '../events/pir-course-action-event.js';
import type { PirNavigateEvent } from '../events/pir-navigate-event.js';
import type { CourseEvent } from '../machine/course-machine.js';

export interface Stamp {
  /** Now, ms since epoch. */
  at: number;
  /** A fresh random seed, only read when an assessment attempt starts. */
  seed: () => number;
}

export function navigateToCourseEvent(
  destination: PirNavigateEvent['destination'],
  { at }: Stamp,
): CourseEvent | undefined {
  switch (destination.to) {
    case 'next':
      return { type: 'nav.next', at };
    case 'back':
      return { type: 'nav.back', at };
    case 'page':
      return { type: 'nav.page', lesson: destination.lesson, page: destination.page, at };
    case 'assessment':
      return { type: 'nav.assessment', at };
    case 'summary':
      return { type: 'nav.summary', at };
    default:
      return undefined;
  }
}

export function actionToCourseEvent(
  action: PirCourseActionEvent['action'],
  { at, seed }: Stamp,
): CourseEvent | undefined {
  switch (action) {
    case 'start':
      return { type: 'course.start', at };
    case 'resume':
      return { type: 'course.resume', at };
    case 'restart':
      return { type: 'course.restart', at };
    case 'startAssessment':
      return { type: 'assessment.start', seed: seed(), at };
    case 'exit':
      return { type: 'course.exit' };
    default:
      return undefined;
  }
}

/** A branching case's choice or replay: practice the machine keeps in progress, never an answer. */
export function caseToCourseEvent(
  event:
    Pick<PirCaseChooseEvent, 'type' | 'caseId' | 'choiceId'> | Pick<PirCaseReplayEvent, 'type' | 'caseId'>,
  { at }: Stamp,
): CourseEvent | undefined {
  if (event.type === 'pir-case-choose' && 'choiceId' in event)
    return { type: 'case.choose', caseId: event.caseId, choiceId: event.choiceId, at };
  if (event.type === 'pir-case-replay') return { type: 'case.replay', caseId: event.caseId, at };
  return undefined;
}
