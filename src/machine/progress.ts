/**
 * The learner's progress through the course and the rules derived from it. Pure data and pure
 * functions: the machine holds a `Progress`, the progress codec (`progress-codec.ts`) saves and restores it, and the
 * UI reads the derived values (lesson status, what is unlocked).
 */
import type { Course, Lesson, Question } from '../content/course-schema.js';

/** Where the learner is: a lesson page, or one of the course-level screens. */
export type Position =
  { screen: 'page'; lesson: number; page: number } | { screen: 'assessment' } | { screen: 'summary' };

export interface CheckResult {
  correct: boolean;
}

export interface AssessmentAttempt {
  /** 1-based attempt number. */
  number: number;
  /** Question ids drawn for this attempt, in the order shown. */
  questionIds: string[];
  /** Results of the questions answered so far, in order. */
  answers: boolean[];
}

export interface AttemptResult {
  number: number;
  correct: number;
  total: number;
  /** Score as a fraction of 1. */
  scaled: number;
  passed: boolean;
}

/** Everything that must survive a relaunch (the progress codec (`progress-codec.ts`) encodes exactly this). */
export interface Progress {
  position: Position;
  /** Page ids the learner has seen. */
  visited: string[];
  /** Knowledge checks answered at least once, with the latest result. */
  checks: Record<string, CheckResult>;
  /** The attempt in progress, or the last finished one (kept for its results screen). */
  attempt?: AssessmentAttempt | undefined;
  /** Finished attempts, oldest first. */
  results: AttemptResult[];
  /** When the course was completed (ms since epoch); never cleared once set. */
  completedAt?: number | undefined;
}

export const emptyProgress = (): Progress => ({
  position: { screen: 'page', lesson: 0, page: 0 },
  visited: [],
  checks: {},
  results: [],
});

/** Question ids asked on a lesson's pages (checks and scenario questions), in page order. */
export function lessonQuestionIds(lesson: Lesson): string[] {
  return lesson.pages.flatMap((page) => pageQuestionIds(lesson, lesson.pages.indexOf(page)));
}

export function pageQuestionIds(lesson: Lesson, pageIndex: number): string[] {
  const page = lesson.pages[pageIndex];
  if (!page) return [];
  return page.blocks.flatMap((b) =>
    b.type === 'check' ? [b.questionId] : b.type === 'scenario' ? b.questionIds : [],
  );
}

export type LessonStatus = 'notStarted' | 'inProgress' | 'completed';

export function lessonStatus(lesson: Lesson, progress: Progress): LessonStatus {
  const seen = lesson.pages.filter((p) => progress.visited.includes(p.id)).length;
  const answered = lessonQuestionIds(lesson).every((id) => id in progress.checks);
  if (seen === lesson.pages.length && answered) return 'completed';
  return seen > 0 ? 'inProgress' : 'notStarted';
}

export function completedLessonIds(course: Course, progress: Progress): string[] {
  return course.lessons.filter((l) => lessonStatus(l, progress) === 'completed').map((l) => l.id);
}

export function areLessonsComplete(course: Course, progress: Progress): boolean {
  return course.lessons.every((l) => lessonStatus(l, progress) === 'completed');
}

export function hasPassed(progress: Progress): boolean {
  return progress.results.some((r) => r.passed);
}

export function isAttemptInProgress(progress: Progress): boolean {
  const a = progress.attempt;
  return !!a && a.answers.length < a.questionIds.length;
}

export function attemptsRemaining(course: Course, progress: Progress): number {
  const used = progress.results.length + (isAttemptInProgress(progress) ? 1 : 0);
  return Math.max(0, course.assessment.maxAttempts - used);
}

/** The page after the furthest one seen: the only unseen page the learner may open. */
export function frontier(course: Course, progress: Progress): { lesson: number; page: number } | undefined {
  for (const [l, lesson] of course.lessons.entries()) {
    for (const [p, page] of lesson.pages.entries()) {
      if (!progress.visited.includes(page.id)) return { lesson: l, page: p };
    }
  }
  return undefined;
}

/** Learners move freely among pages they have seen, and on to the next unseen one. */
export function canVisit(course: Course, progress: Progress, lesson: number, page: number): boolean {
  const target = course.lessons[lesson]?.pages[page];
  if (!target) return false;
  if (progress.visited.includes(target.id)) return true;
  const next = frontier(course, progress);
  return next?.lesson === lesson && next.page === page;
}

/**
 * The page a link to a lesson opens: the next unseen page when the learner may open it, otherwise
 * the first page they may open; undefined while nothing in the lesson can be opened yet.
 */
export function lessonEntryPage(course: Course, progress: Progress, lesson: number): number | undefined {
  const pages = course.lessons[lesson]?.pages ?? [];
  const next = pages.findIndex((p) => !progress.visited.includes(p.id));
  if (next >= 0 && canVisit(course, progress, lesson, next)) return next;
  const first = pages.findIndex((_, page) => canVisit(course, progress, lesson, page));
  return first >= 0 ? first : undefined;
}

/** The page one step forward or back from a page, across lesson boundaries; none past either end. */
export function positionAfter(course: Course, position: Position, step: 1 | -1): Position | undefined {
  if (position.screen !== 'page') return undefined;
  const lesson = course.lessons[position.lesson];
  if (!lesson) return undefined;
  const page = position.page + step;
  if (page >= 0 && page < lesson.pages.length) return { screen: 'page', lesson: position.lesson, page };
  const nextLesson = course.lessons[position.lesson + step];
  if (!nextLesson) return undefined;
  return {
    screen: 'page',
    lesson: position.lesson + step,
    page: step === 1 ? 0 : nextLesson.pages.length - 1,
  };
}

/** All checks on the current page are answered, so the learner may go on. */
export function isPageDone(course: Course, progress: Progress): boolean {
  const pos = progress.position;
  if (pos.screen !== 'page') return true;
  const lesson = course.lessons[pos.lesson];
  return !lesson || pageQuestionIds(lesson, pos.page).every((id) => id in progress.checks);
}

export function questionById(course: Course, id: string): Question | undefined {
  return course.questions.find((q) => q.id === id);
}

/** Pass when the percentage reaches the pass mark; integers avoid floating-point edge cases. */
export function isPassingScore(correct: number, total: number, passMark: number): boolean {
  return correct * 100 >= passMark * total;
}

/** Learning outcomes tested by the questions answered wrongly in an attempt, to revisit. */
export function outcomesToRevisit(
  course: Course,
  attempt: Pick<AssessmentAttempt, 'questionIds' | 'answers'>,
): string[] {
  const missed = attempt.questionIds.filter((_, i) => attempt.answers[i] === false);
  const outcomes = new Set(missed.flatMap((id) => questionById(course, id)?.outcomes ?? []));
  return course.outcomes.filter((o) => outcomes.has(o.id)).map((o) => o.id);
}

/** Lessons that teach a learning outcome, for "revisit" links. */
export function lessonsForOutcome(course: Course, outcomeId: string): number[] {
  return course.lessons.flatMap((l, i) => (l.outcomes.includes(outcomeId) ? [i] : []));
}
