/**
 * What each screen shows, derived from the machine's snapshot: the course rules the learner
 * interface needs, as pure functions beside the machine (no DOM, no Lit, tested in Node). The shell
 * only passes their results down as properties.
 */
import type { SnapshotFrom } from 'xstate';
import { completionReference } from '../content/completion-reference.js';
import type { Course, Lesson, Page, Question } from '../content/course-schema.js';
import { percentScore } from '../content/scoring.js';
import { t } from '../content/strings.js';
import type { CourseContext, CourseMachine } from './course-machine.js';
import {
  areLessonsComplete,
  attemptsRemaining,
  canVisit,
  hasPassed,
  isAttemptInProgress,
  lessonEntryPage,
  lessonStatus,
  pageQuestionIds,
  positionAfter,
  questionById,
  type LessonStatus,
  type Progress,
} from './progress.js';

export type CourseSnapshot = SnapshotFrom<CourseMachine>;

export type Screen =
  'welcome' | 'page' | 'assessmentIntro' | 'assessmentQuestion' | 'assessmentResult' | 'summary' | 'exited';

/** Which screen the machine is on. */
export function screenOf(snapshot: CourseSnapshot): Screen {
  if (snapshot.matches('welcome')) return 'welcome';
  if (snapshot.matches('page')) return 'page';
  if (snapshot.matches({ assessment: 'question' })) return 'assessmentQuestion';
  if (snapshot.matches({ assessment: 'result' })) return 'assessmentResult';
  if (snapshot.matches('assessment')) return 'assessmentIntro';
  if (snapshot.matches('summary')) return 'summary';
  return 'exited';
}

/** How the assessment stands; the interface decides the words and colours. */
export type AssessmentState = 'passed' | 'inProgress' | 'notPassedYet' | 'notPassed' | 'ready' | 'locked';

export function assessmentState(course: Course, progress: Progress): AssessmentState {
  if (hasPassed(progress)) return 'passed';
  if (isAttemptInProgress(progress)) return 'inProgress';
  if (progress.results.length) return attemptsRemaining(course, progress) > 0 ? 'notPassedYet' : 'notPassed';
  return areLessonsComplete(course, progress) ? 'ready' : 'locked';
}

/** The course is complete: every lesson complete and the assessment passed, in either order. */
export const isCourseComplete = (progress: Progress): boolean => progress.completedAt !== undefined;

export const lessonsCompleted = (course: Course, progress: Progress): number =>
  course.lessons.filter((l) => lessonStatus(l, progress) === 'completed').length;

/** A link to a lesson: the next unseen page in it if the learner may open it, else its first page. */
export interface LessonLink {
  lesson: number;
  page: number;
  title: string;
  available: boolean;
}

export function lessonLink(course: Course, progress: Progress, index: number): LessonLink {
  const page = lessonEntryPage(course, progress, index);
  return {
    lesson: index,
    page: page ?? 0,
    title: course.lessons[index]?.title ?? '',
    available: page !== undefined,
  };
}

/** Lessons still to complete before the assessment opens (none once they are all complete). */
export function lessonsToComplete(course: Course, progress: Progress): LessonLink[] {
  if (areLessonsComplete(course, progress)) return [];
  return course.lessons.flatMap((l, i) =>
    lessonStatus(l, progress) === 'completed' ? [] : [lessonLink(course, progress, i)],
  );
}

export interface MenuLesson {
  title: string;
  status: LessonStatus;
  target: number | undefined;
  pages: Array<{ title: string; available: boolean; visited: boolean }>;
}

export function menuLessons(course: Course, progress: Progress): MenuLesson[] {
  return course.lessons.map((lesson, i) => ({
    title: lesson.title,
    status: lessonStatus(lesson, progress),
    target: lessonEntryPage(course, progress, i),
    pages: lesson.pages.map((page, j) => ({
      title: page.title,
      available: canVisit(course, progress, i, j),
      visited: progress.visited.includes(page.id),
    })),
  }));
}

/** Where the menu marks the learner as being. */
export type MenuCurrent =
  | { screen: 'page'; lesson: number; page: number }
  | { screen: 'assessment' }
  | { screen: 'summary' }
  | { screen: 'other' };

export function menuCurrent(snapshot: CourseSnapshot): MenuCurrent {
  const screen = screenOf(snapshot);
  const pos = snapshot.context.progress.position;
  if (screen === 'page' && pos.screen === 'page') return pos;
  if (screen.startsWith('assessment')) return { screen: 'assessment' };
  if (screen === 'summary') return { screen: 'summary' };
  return { screen: 'other' };
}

/** The lesson page on screen with its neighbours, for the page and its Back / Next buttons. */
export interface PageView {
  lesson: Lesson;
  page: Page;
  lessonIndex: number;
  pageIndex: number;
  /** The previous page's title; undefined on the first page of the course. */
  previousTitle: string | undefined;
  /** The next page's title, or the assessment after the last page. */
  nextTitle: string;
  /** Next leads to the assessment. */
  isLastPage: boolean;
  /** Questions on this page still unanswered (the learner must answer them to go on). */
  unanswered: Array<{ id: string; prompt: string }>;
}

export function pageView(course: Course, progress: Progress): PageView | undefined {
  const pos = progress.position;
  if (pos.screen !== 'page') return undefined;
  const lesson = course.lessons[pos.lesson];
  const page = lesson?.pages[pos.page];
  if (!lesson || !page) return undefined;
  const titleAt = (p: ReturnType<typeof positionAfter>) =>
    p?.screen === 'page' ? course.lessons[p.lesson]?.pages[p.page]?.title : undefined;
  const next = positionAfter(course, pos, 1);
  return {
    lesson,
    page,
    lessonIndex: pos.lesson,
    pageIndex: pos.page,
    previousTitle: titleAt(positionAfter(course, pos, -1)),
    nextTitle: titleAt(next) ?? t('pagination.finalAssessment'),
    isLastPage: !next,
    unanswered: pageQuestionIds(lesson, pos.page)
      .filter((id) => !(id in progress.checks))
      .map((id) => ({ id, prompt: questionById(course, id)?.prompt ?? id })),
  };
}

/** The assessment question on screen, with its place in the attempt. */
export interface AssessmentQuestionView {
  question: Question | undefined;
  attempt: number;
  number: number;
  total: number;
}

export function assessmentQuestion(course: Course, progress: Progress): AssessmentQuestionView {
  const attempt = progress.attempt;
  const index = attempt?.answers.length ?? 0;
  return {
    question: questionById(course, attempt?.questionIds[index] ?? ''),
    attempt: attempt?.number ?? 0,
    number: index + 1,
    total: attempt?.questionIds.length ?? 0,
  };
}

/** The record of completion (or of what remains before it). */
export interface SummaryView {
  completedAt: number | undefined;
  /** Best passing score as a truncated percentage (0 before a pass). */
  score: number;
  /** What the learner has still to do, as the ends of the certificate's "… when you have:" list. */
  remaining: string[];
  reflections: Array<{ lessonTitle: string; prompt: string; text: string }>;
  completionReference: string;
}

export function summaryView(context: Pick<CourseContext, 'course' | 'progress' | 'reflections' | 'learner'>) {
  const { course, progress, reflections, learner } = context;
  const best = progress.results.filter((r) => r.passed).reduce((m, r) => Math.max(m, r.scaled), 0);
  const view: SummaryView = {
    completedAt: progress.completedAt,
    score: percentScore(best),
    remaining: [
      ...course.lessons.flatMap((l) =>
        lessonStatus(l, progress) === 'completed'
          ? []
          : [t('certificate.remainingLesson', { lesson: l.title })],
      ),
      ...(hasPassed(progress) ? [] : [t('certificate.remainingAssessment')]),
    ],
    reflections: course.lessons.flatMap((lesson) =>
      lesson.pages.flatMap((page) =>
        page.blocks.flatMap((b) =>
          b.type === 'reflection'
            ? [{ lessonTitle: lesson.title, prompt: b.prompt, text: reflections[b.id] ?? '' }]
            : [],
        ),
      ),
    ),
    completionReference:
      progress.completedAt !== undefined
        ? completionReference(course.id, course.version, learner.id, progress.completedAt)
        : '',
  };
  return view;
}

/** Seconds spent on the course: earlier sessions plus this one, to the nearest second. */
export const timeSpentSeconds = (previousSeconds: number, startedAt: number, now: number): number =>
  Math.round(previousSeconds + Math.max(0, now - startedAt) / 1000);

/**
 * A key that changes whenever the learner arrives somewhere new, so the interface moves focus to
 * the new screen's heading (and only then).
 */
export function arrivalKey(snapshot: CourseSnapshot): string {
  const p = snapshot.context.progress;
  return [
    screenOf(snapshot),
    JSON.stringify(p.position),
    p.attempt ? `${p.attempt.number}:${p.attempt.answers.length}` : '',
  ].join('|');
}
