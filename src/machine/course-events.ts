/**
 * The course machine's vocabulary: what it is given, what it holds, the events it accepts and the
 * events it emits (the table in README.md). Types only.
 */
import type { AnswerReport } from '../content/answer-report.js';
import type { Response } from '../content/answers.js';
import type { Course } from '../content/course-schema.js';
import type { Progress } from './progress.js';

export interface Learner {
  id: string;
  name: string;
}

export interface CourseInput {
  course: Course;
  learner?: Learner;
  /** Restored progress from a previous session (already decoded and reconciled with the content). */
  progress?: Progress;
  /** Reflection texts the learner wrote earlier, by reflection id. */
  reflections?: Record<string, string>;
}

export interface CourseContext {
  course: Course;
  learner: Learner;
  progress: Progress;
  reflections: Record<string, string>;
  /** True when a previous session left progress, so the welcome screen offers to continue. */
  canResume: boolean;
  /** When the current question or page was shown, for answer latency. Not persisted. */
  shownAt?: number | undefined;
}

export type CourseEvent =
  | { type: 'course.start'; at: number }
  | { type: 'course.resume'; at: number }
  | { type: 'course.restart'; at: number }
  | { type: 'course.exit' }
  | { type: 'nav.next'; at: number }
  | { type: 'nav.back'; at: number }
  | { type: 'nav.page'; lesson: number; page: number; at: number }
  | { type: 'nav.assessment'; at: number }
  | { type: 'nav.summary'; at: number }
  /** An answer to the question on screen: a knowledge check on a page, or the assessment's. */
  | { type: 'answer.submit'; questionId: string; response: Response; at: number }
  | { type: 'reflection.change'; id: string; text: string }
  | { type: 'assessment.start'; seed: number; at: number }
  /** A choice at the current node of a case on the page on screen (practice: never reported as an answer). */
  | { type: 'case.choose'; caseId: string; choiceId: string; at: number }
  /** Play a case on the page on screen again from its start. */
  | { type: 'case.replay'; caseId: string; at: number }
  /** The LMS session has ended (Terminate): nothing more can be recorded. */
  | { type: 'lms.sessionClosed' };

/** What happened, for reporting. The machine never calls an LMS; the app shell listens to these. */
export type CourseEmitted =
  | { type: 'report.pageViewed'; lessonId: string; pageId: string; at: number }
  | { type: 'report.lessonCompleted'; lessonId: string; at: number }
  | ({ type: 'report.answerSubmitted' } & AnswerReport)
  | {
      type: 'report.assessmentResult';
      attempt: number;
      scaled: number;
      passed: boolean;
      attemptsRemaining: number;
      at: number;
    }
  | { type: 'report.courseCompleted'; scaled: number; at: number }
  | { type: 'report.reflectionChanged'; id: string }
  | { type: 'report.progressReset'; at: number }
  | { type: 'report.exited' };
