/**
 * The composition root, without the interface: finds the LMS, restores progress, starts the course
 * machine and wires the LMS reporter to it. Production (start-course.ts) and the LMS journey tests
 * both call `bootCourse`, so the tested wiring is the shipped wiring.
 */
import { createActor } from 'xstate';
import type { Course } from '../content/course-schema.js';
import { t } from '../content/strings.js';
import type { Clock } from '../lms/clock.js';
import { connectLms, type ConnectOptions } from '../lms/connect-lms.js';
import type { LaunchData, LmsAdapter, LmsStandard } from '../lms/lms-adapter.js';
import { courseMachine } from '../machine/course-machine.js';
import { decodeProgress, SavedProgressError } from '../machine/progress-codec.js';
import type { Progress } from '../machine/progress.js';
import { validateProgress } from '../machine/progress-validation.js';
import { summaryView } from '../machine/selectors.js';
import { attachReporter } from './lms-reporter.js';
import type { CourseActor } from './course-app.js';

/**
 * Reads the saved progress; an unreadable one is set aside with a notice, never a crash. So is one
 * that does not hold together against the course (tampered or inconsistent, issue 15 §2): it is
 * never trusted, so nothing it implies (a completion, a pass) is shown or sent to the LMS, and the
 * next save replaces it with the learner's genuine progress, as for an unreadable one.
 */
export function restoreProgress(
  course: Course,
  suspendData: string,
): { progress?: Progress; notice?: string; problems?: string[] } {
  if (!suspendData) return {};
  try {
    const decoded = decodeProgress(course, suspendData);
    const problems = validateProgress(course, decoded.progress, {
      sameVersion: decoded.version === course.version,
    });
    if (problems.length)
      return {
        problems,
        notice: t('notices.restore.setAside'),
      };
    return decoded.dropped
      ? {
          progress: decoded.progress,
          notice: t('notices.restore.updated', { from: decoded.version, to: course.version }),
        }
      : { progress: decoded.progress };
  } catch (error) {
    if (!(error instanceof SavedProgressError)) throw error;
    return { notice: t('notices.restore.unreadable') };
  }
}

export interface BootOptions {
  course: Course;
  standard: LmsStandard;
  window: Window;
  /** Timers for discovery, the LMS session and the commit policy (tests pass a fake one). */
  clock?: Clock;
  storage?: Storage;
  /** Discovery options (tests pass a wait that resolves at once). */
  connect?: Omit<ConnectOptions, 'clock' | 'storage'>;
}

/** The record of completion of an earlier attempt, from this device's copy (issue 15 §5). */
export interface EarlierRecord {
  version: string;
  learnerName: string;
  completedAt: number;
  /** Best passing score, 0–100. */
  score: number;
  completionReference: string;
}

/**
 * The LMS started a new attempt after a completed one (the Learning Hub always does): the
 * device's copy of the earlier attempt, if it is a genuine completion, as a record to offer.
 */
export function earlierRecord(
  course: Course,
  learner: { id: string; name: string },
  suspendData: string | undefined,
): EarlierRecord | undefined {
  const { progress } = suspendData ? restoreProgress(course, suspendData) : {};
  if (!suspendData || progress?.completedAt === undefined) return undefined;
  const view = summaryView({ course, progress, reflections: {}, learner });
  return {
    // The version the learner completed, which may be older than this one.
    version: decodeProgress(course, suspendData).version,
    learnerName: learner.name,
    completedAt: progress.completedAt,
    score: view.score,
    completionReference: view.completionReference,
  };
}

export interface BootedCourse {
  actor: CourseActor;
  adapter: LmsAdapter;
  launch: LaunchData;
  /** A one-off message for the learner (progress set aside or partly kept, or a new attempt). */
  notice?: string;
  /** The earlier attempt's record of completion, when the LMS has started a new attempt. */
  earlierRecord?: EarlierRecord;
  /** Stops reporting (tests; the page itself ends with pagehide). */
  detach: () => void;
}

export async function bootCourse(options: BootOptions): Promise<BootedCourse> {
  const { course, window: win, clock } = options;
  const adapter = await connectLms(options.standard, win, course, {
    ...(clock ? { clock } : {}),
    ...(options.storage ? { storage: options.storage } : {}),
    ...options.connect,
  });
  const launch = await adapter.initialise();
  const { progress, notice } = restoreProgress(course, launch.suspendData);
  const actor = createActor(courseMachine, {
    input: {
      course,
      learner: launch.learner,
      reflections: launch.reflections,
      ...(progress ? { progress } : {}),
    },
  });
  const detach = attachReporter({ actor, adapter, course, window: win, ...(clock ? { clock } : {}) });
  actor.start();
  const earlier = earlierRecord(course, launch.learner, launch.earlierAttempt);
  const shown = notice ?? (earlier ? t('notices.restore.newAttempt') : undefined);
  return {
    actor,
    adapter,
    launch,
    ...(shown ? { notice: shown } : {}),
    ...(earlier ? { earlierRecord: earlier } : {}),
    detach,
  };
}
