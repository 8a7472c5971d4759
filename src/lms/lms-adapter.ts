/**
 * What the course needs from an LMS, in course vocabulary rather than CMI paths. One
 * implementation per SCORM version, plus a standalone one (browser storage) when no LMS is found.
 * Spec differences (element names, formats, limits) stay inside the implementations.
 */
import type { AnswerReport } from '../content/answer-report.js';
import type { Course } from '../content/course-schema.js';
import type { Clock } from './clock.js';

/** How the connection to the LMS stands, for the learner's notices. */
export type LmsStatus =
  | 'connecting'
  | 'saved'
  | 'saving'
  | 'retrying'
  | 'standalone'
  | 'closed'
  /** The LMS could not give back the saved progress: it is kept on this device only (the problem says why). */
  | 'deviceOnly';

export interface LmsProblem {
  /** The LMS error code (e.g. "391"), or a name for failures without one. */
  code: string;
  message: string;
}

/** How saving stands, for the learner's small notice; the LMS layer owns it, the UI subscribes. */
export interface LmsStatusUpdate {
  status: LmsStatus;
  problem?: LmsProblem;
}

export type Standard = 'scorm12' | 'scorm2004' | 'standalone';

/**
 * One SCORM standard as a package binds it: the API object it looks for and how to build its
 * adapter. Each package entry imports only its own, so the other standard never ships in it.
 */
export interface LmsStandard {
  readonly name: 'scorm12' | 'scorm2004';
  readonly apiName: 'API' | 'API_1484_11';
  createAdapter(
    api: object,
    course: Course,
    options: { clock: Clock; storage: Storage | undefined },
  ): LmsAdapter;
}

/** What the LMS tells the course at launch. */
export interface LaunchData {
  learner: { id: string; name: string };
  /** `resume` when the LMS holds a previous session's state. */
  entry: 'ab-initio' | 'resume';
  /** The saved snapshot (`suspend_data`), or '' when there is none. */
  suspendData: string;
  location: string;
  /** Reflection texts saved earlier, by reflection id. */
  reflections: Record<string, string>;
  /** Time spent in earlier sessions, in seconds (for the certificate). */
  previousSeconds: number;
  /** True when the LMS records nothing for credit (browse/review mode). */
  reviewOnly: boolean;
  /**
   * The LMS started a fresh attempt (nothing saved, not a resume) but this device still holds the
   * saved progress of an earlier one: its suspend_data, so the course can offer the learner their
   * record of completion (the Learning Hub never resumes a completed, passed or failed attempt).
   */
  earlierAttempt?: string;
}

/** One submitted answer, with everything an interaction record needs (the machine's report). */
export type AnswerRecord = AnswerReport;

export interface ProgressReport {
  location: string;
  suspendData: string;
  /** Fraction of the course done, 0..1 (2004 progress_measure). */
  progressMeasure: number;
  /** Per-lesson objective status: completion only (knowledge checks are practice, never a score). */
  lessons: Array<{
    id: string;
    title: string;
    completed: boolean;
  }>;
  /** Whether the course is completed (lessons done and assessment passed). */
  completed: boolean;
}

export interface ResultReport {
  /** Score of the attempt as a fraction (0..1). */
  scaled: number;
  passed: boolean;
  /** No attempts remain: a fail is final. */
  final: boolean;
  attempt: number;
  /** Content version, recorded where LMS reports show it. */
  contentVersion: string;
}

export interface LmsAdapter {
  readonly standard: Standard;
  /** Initialises the session (once) and reads what the LMS holds. */
  initialise(): Promise<LaunchData>;
  saveProgress(report: ProgressReport): void;
  saveReflections(reflections: Record<string, string>): void;
  recordAnswer(answer: AnswerRecord): void;
  reportResult(result: ResultReport): void;
  /**
   * Sends pending data to the LMS; resolves false if it is still waiting to be accepted. `urgent`
   * (page hidden, keep-alive) also sends what is held back to keep learner actions light.
   */
  commit(urgent?: boolean): Promise<boolean>;
  /**
   * Queues what is held back to keep learner actions light (knowledge-check answers); true when
   * there was something, so the caller commits it.
   */
  sendHeld?(): boolean;
  /**
   * The later part of the course has arrived: queues what waited for it at launch (answers left on
   * the device, whose question texts and keys come with it); true when there was something.
   */
  contentLoaded?(): boolean;
  /** Ends the session (once). `pagehide`: Terminate without a Commit first. */
  terminate(reason: 'exit' | 'pagehide'): void;
  /** Hears every saving-status change (and the current status at once); returns an unsubscribe. */
  subscribe(listener: (update: LmsStatusUpdate) => void): () => void;
}
