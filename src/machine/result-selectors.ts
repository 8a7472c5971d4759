/**
 * Selectors of the results screen, apart from selectors.ts because only that screen reads them:
 * the package loads them in course-later.js with it (src/app/later-screen-templates.ts).
 */
import { reviewItems, type ReviewItem } from '../content/answer-review.js';
import type { Course } from '../content/course-schema.js';
import {
  attemptsRemaining,
  hasPassed,
  isAttemptInProgress,
  lessonsForOutcome,
  outcomesToRevisit,
  type AttemptResult,
  type Progress,
} from './progress.js';
import { isCourseComplete, lessonLink, type LessonLink } from './selectors.js';

/** The results screen: the last attempt, what to revisit, and whether the course is now complete. */
export interface ResultView {
  result: AttemptResult | undefined;
  attemptsRemaining: number;
  revisit: Array<{ text: string; lessons: LessonLink[] }>;
  /** Every lesson complete and the assessment passed: not the same as this attempt's pass. */
  courseComplete: boolean;
}

export function resultView(course: Course, progress: Progress): ResultView {
  const attempt = progress.attempt;
  return {
    result: progress.results.at(-1),
    attemptsRemaining: attemptsRemaining(course, progress),
    revisit: attempt
      ? outcomesToRevisit(course, attempt).map((id) => ({
          text: course.outcomes.find((o) => o.id === id)?.text ?? id,
          lessons: lessonsForOutcome(course, id).map((i) => lessonLink(course, progress, i)),
        }))
      : [],
    courseComplete: isCourseComplete(progress),
  };
}

/**
 * The question-by-question review of the last attempt: only once it can no longer help a resit,
 * after a pass or after the last attempt, and only when the learner's responses were kept (an
 * attempt saved before 2.0.0 kept right or wrong only, and a review without answers would mislead).
 */
export function answerReview(course: Course, progress: Progress): ReviewItem[] {
  const attempt = progress.attempt;
  if (!attempt || isAttemptInProgress(progress)) return [];
  if (!hasPassed(progress) && attemptsRemaining(course, progress) > 0) return [];
  if (attempt.responses?.length !== attempt.questionIds.length) return [];
  return reviewItems(course.questions, attempt.questionIds, attempt.responses);
}
