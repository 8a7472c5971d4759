/**
 * The learner's progress through the course and the rules derived from it. Pure data and pure
 * functions: the machine holds a `Progress`, the progress codec (`progress-codec.ts`) saves and restores it, and the
 * UI reads the derived values (lesson status, what is unlocked).
 */
import type { Response } from '../content/answers.js';
import { isCaseFinished, walkCase } from '../content/case-path.js';
import type { CaseBlock, Course, Lesson, Question } from '../content/course-schema.js';

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
  /**
   * The learner's responses so far, in order, for the review after the attempt. Absent in
   * progress saved before 2.0.0 (the review then shows the key without the learner's answer).
   */
  responses?: Array<Response | undefined> | undefined;
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
  // The three below are absent (not empty) until first used, so progress saved before 2.0.0 and
  // progress made now restore to exactly the same shape.
  /** Each case's path: the choice ids taken from its start, by case id (absent: not begun). */
  cases?: Record<string, string[]> | undefined;
  /** Cases played to an end at least once: replaying one clears its path, not its completion. */
  finishedCases?: string[] | undefined;
  /** Assessment questions asked in earlier attempts, so a resit draws unseen ones first. */
  seen?: string[] | undefined;
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

/** The branching cases placed on a lesson's pages, with the index of the page each is on. */
export function lessonCases(lesson: Lesson): Array<{ block: CaseBlock; page: number }> {
  return lesson.pages.flatMap((page, i) =>
    page.blocks.flatMap((b) => (b.type === 'case' ? [{ block: b, page: i }] : [])),
  );
}

/** Every case in the course, with where it is placed. */
export function courseCases(course: Course): Array<{ block: CaseBlock; lesson: number; page: number }> {
  return course.lessons.flatMap((lesson, l) => lessonCases(lesson).map((c) => ({ ...c, lesson: l })));
}

/** The case has reached an end: now, or at least once before a replay. */
export function isCaseDone(block: CaseBlock, progress: Progress): boolean {
  return (
    !!progress.finishedCases?.includes(block.id) || isCaseFinished(block, progress.cases?.[block.id] ?? [])
  );
}

/** Progress with a case's new path; reaching an end marks the case finished for good. */
export function withCaseChoice(progress: Progress, block: CaseBlock, path: string[]): Progress {
  const finished = progress.finishedCases ?? [];
  const newlyFinished = walkCase(block, path).finished && !finished.includes(block.id);
  return {
    ...progress,
    cases: { ...progress.cases, [block.id]: path },
    ...(newlyFinished ? { finishedCases: [...finished, block.id] } : {}),
  };
}

export type LessonStatus = 'notStarted' | 'inProgress' | 'completed';

/** Complete once every page is seen, every question on them answered and every case played to an end. */
export function lessonStatus(lesson: Lesson, progress: Progress): LessonStatus {
  const seen = lesson.pages.filter((p) => progress.visited.includes(p.id)).length;
  const answered = lessonQuestionIds(lesson).every((id) => id in progress.checks);
  const cases = lessonCases(lesson).every(({ block }) => isCaseDone(block, progress));
  if (seen === lesson.pages.length && answered && cases) return 'completed';
  return seen > 0 ? 'inProgress' : 'notStarted';
}

export function completedLessonIds(course: Course, progress: Progress): string[] {
  return course.lessons.filter((l) => lessonStatus(l, progress) === 'completed').map((l) => l.id);
}

/** Lessons a change of progress completed, to report each once. */
export function newlyCompletedLessons(course: Course, before: Progress, after: Progress): string[] {
  const done = completedLessonIds(course, before);
  return completedLessonIds(course, after).filter((id) => !done.includes(id));
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
  const target = course.lessons[lesson];
  if (!target) return undefined;
  const pages = target.pages;
  const next = pages.findIndex((p) => !progress.visited.includes(p.id));
  if (next >= 0 && canVisit(course, progress, lesson, next)) return next;
  // Every page seen but a case left unfinished: the case's page is where the lesson is finished.
  const unfinished = lessonCases(target).find(({ block }) => !isCaseDone(block, progress));
  if (next < 0 && unfinished) return unfinished.page;
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
