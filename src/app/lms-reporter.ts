/**
 * Turns what the course machine reports (`report.*` events and its progress) into LMS adapter
 * calls, and owns the commit policy: a debounced commit after each meaningful event, a keep-alive
 * commit every few minutes, a commit when the page is hidden, and the one Terminate, from the
 * Exit button (commit first) or on pagehide (Terminate alone). Saving states go back to the
 * machine as `lms.status` events for the learner's notice.
 */
import type { Actor } from 'xstate';
import type { Course } from '../content/course-schema.js';
import { windowClock, type Clock } from '../lms/clock.js';
import type { LmsAdapter, ProgressReport } from '../lms/lms-adapter.js';
import type { CourseMachine } from '../machine/course-machine.js';
import {
  hasPassed,
  lessonQuestionIds,
  lessonStatus,
  questionById,
  type Progress,
} from '../machine/progress.js';
import { encodeSnapshot } from '../machine/snapshot.js';

export interface ReporterOptions {
  actor: Actor<CourseMachine>;
  adapter: LmsAdapter;
  course: Course;
  window: Window;
  clock?: Clock;
  /** Quiet time before a commit after an event (ms). */
  debounceMs?: number;
  /** Interval of keep-alive commits, so LMS sessions do not time out (ms). */
  keepAliveMs?: number;
}

/** The LMS bookmark: the page id, or the course-level screen. */
function locationOf(course: Course, progress: Progress): string {
  const p = progress.position;
  if (p.screen !== 'page') return p.screen;
  return course.lessons[p.lesson]?.pages[p.page]?.id ?? '';
}

/** What the LMS is told about progress, derived from the machine's progress. */
export function progressReport(course: Course, progress: Progress): ProgressReport {
  const pages = course.lessons.flatMap((l) => l.pages);
  const seen = pages.filter((p) => progress.visited.includes(p.id)).length;
  const passed = hasPassed(progress);
  return {
    location: locationOf(course, progress),
    suspendData: encodeSnapshot(course, progress),
    // Pages seen plus the assessment passed, as one more step.
    progressMeasure: (seen + (passed ? 1 : 0)) / (pages.length + 1),
    lessons: course.lessons.map((lesson) => {
      const ids = lessonQuestionIds(lesson);
      const answered = ids.length > 0 && ids.every((id) => id in progress.checks);
      const right = ids.filter((id) => progress.checks[id]?.correct).length;
      return {
        id: lesson.id,
        title: lesson.title,
        // A completed course had every lesson completed: starting again never downgrades the record.
        completed: !!progress.completedAt || lessonStatus(lesson, progress) === 'completed',
        ...(answered ? { score: right / ids.length } : {}),
      };
    }),
    completed: !!progress.completedAt,
  };
}

/** Connects the actor to the adapter; call before `actor.start()`. Returns a detach function. */
export function attachReporter(options: ReporterOptions): () => void {
  const { actor, adapter, course, window: win } = options;
  const clock = options.clock ?? windowClock(win);
  const debounceMs = options.debounceMs ?? 1000;
  const keepAliveMs = options.keepAliveMs ?? 5 * 60_000;
  let commitTimer: unknown;
  let keepAliveTimer: unknown;
  let ended = false;
  let lastProgress: Progress | undefined;
  let lastReflections: Record<string, string> | undefined;

  const commitNow = () => {
    clock.clearTimeout(commitTimer);
    commitTimer = undefined;
    if (!ended) void adapter.commit();
  };
  const commitSoon = () => {
    if (ended) return;
    clock.clearTimeout(commitTimer);
    commitTimer = clock.setTimeout(commitNow, debounceMs);
  };
  const keepAlive = () => {
    if (ended) return;
    keepAliveTimer = clock.setTimeout(() => {
      commitNow();
      keepAlive();
    }, keepAliveMs);
  };

  const unsubscribeStatus = adapter.subscribe((update) => {
    const status = actor.getSnapshot().status;
    if (status === 'active') actor.send({ type: 'lms.status', ...update });
  });

  const saveProgress = (progress: Progress) => {
    if (progress === lastProgress || ended) return;
    lastProgress = progress;
    adapter.saveProgress(progressReport(course, progress));
    commitSoon();
  };

  const subscription = actor.subscribe((snapshot) => {
    saveProgress(snapshot.context.progress);
    if (snapshot.context.reflections !== lastReflections) {
      // The first snapshot holds the reflections just restored: nothing new to store.
      if (lastReflections) adapter.saveReflections(snapshot.context.reflections);
      lastReflections = snapshot.context.reflections;
    }
  });
  lastReflections = actor.getSnapshot().context.reflections;
  lastProgress = actor.getSnapshot().context.progress;

  const end = (reason: 'exit' | 'pagehide') => {
    if (ended) return;
    const { progress } = actor.getSnapshot().context;
    saveProgress(progress);
    ended = true;
    clock.clearTimeout(commitTimer);
    clock.clearTimeout(keepAliveTimer);
    adapter.terminate(reason);
  };

  const listeners = [
    actor.on('report.answerSubmitted', (e) => {
      const question = questionById(course, e.questionId);
      if (!question) return;
      adapter.recordAnswer({
        question,
        phase: e.phase,
        ...(e.attempt !== undefined ? { attempt: e.attempt } : {}),
        response: e.response,
        correct: e.correct,
        latencyMs: e.latencyMs,
        at: e.at,
      });
      commitSoon();
    }),
    actor.on('report.assessmentResult', (e) => {
      adapter.reportResult({
        scaled: e.scaled,
        passed: e.passed,
        final: !e.passed && e.attemptsRemaining === 0,
        attempt: e.attempt,
        contentVersion: course.version,
      });
      commitSoon();
    }),
    actor.on('report.pageViewed', commitSoon),
    actor.on('report.lessonCompleted', commitSoon),
    actor.on('report.courseCompleted', commitSoon),
    actor.on('report.progressReset', commitSoon),
    actor.on('report.exited', () => end('exit')),
  ];

  const onPageHide = () => end('pagehide');
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') commitNow();
  };
  win.addEventListener('pagehide', onPageHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  keepAlive();

  return () => {
    ended = true;
    clock.clearTimeout(commitTimer);
    clock.clearTimeout(keepAliveTimer);
    unsubscribeStatus();
    subscription.unsubscribe();
    for (const listener of listeners) listener.unsubscribe();
    win.removeEventListener('pagehide', onPageHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
