/**
 * The adapter between the course machine and the LMS layer: it turns what the machine reports
 * (`report.*` events and its progress) into LMS adapter calls, and tells the machine only that the
 * session closed. When to commit and when to end is the LMS layer's `CommitPolicy`; the saving
 * status stays with the adapter (its `subscribe`), which the notices read directly.
 */
import type { Actor } from 'xstate';
import type { Course } from '../content/course-schema.js';
import type { Clock } from '../lms/clock.js';
import { CommitPolicy } from '../lms/commit-policy.js';
import type { LmsAdapter, ProgressReport } from '../lms/lms-adapter.js';
import type { CourseMachine } from '../machine/course-machine.js';
import { hasPassed, lessonStatus, type Progress } from '../machine/progress.js';
import { encodeProgress } from '../machine/progress-codec.js';

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
    suspendData: encodeProgress(course, progress),
    // Pages seen plus the assessment passed, as one more step.
    progressMeasure: (seen + (passed ? 1 : 0)) / (pages.length + 1),
    lessons: course.lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      // A completed course had every lesson completed: starting again never downgrades the record.
      completed: !!progress.completedAt || lessonStatus(lesson, progress) === 'completed',
    })),
    completed: !!progress.completedAt,
  };
}

/** Connects the actor to the adapter; call before `actor.start()`. Returns a detach function. */
export function attachReporter(options: ReporterOptions): () => void {
  const { actor, adapter, course } = options;
  let lastProgress = actor.getSnapshot().context.progress;
  // The first snapshot holds the reflections just restored: nothing new to store.
  let lastReflections = actor.getSnapshot().context.reflections;
  // Knowledge checks answered before (this session or a restored one): a retry is practice and is
  // not sent (issue 15 §4). Never cleared, so a check answered again after "Start again" is not either.
  const answeredChecks = new Set(Object.keys(lastProgress.checks));

  const saveProgress = (progress: Progress) => {
    if (progress === lastProgress || policy.ended) return;
    lastProgress = progress;
    adapter.saveProgress(progressReport(course, progress));
    policy.commitSoon();
  };
  const policy: CommitPolicy = new CommitPolicy({
    adapter,
    window: options.window,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    ...(options.keepAliveMs !== undefined ? { keepAliveMs: options.keepAliveMs } : {}),
    beforeEnd: () => saveProgress(actor.getSnapshot().context.progress),
  });

  // After Terminate nothing more can be recorded: the course shows its exit screen.
  const unsubscribeStatus = adapter.subscribe((update) => {
    if (update.status === 'closed' && actor.getSnapshot().status === 'active')
      actor.send({ type: 'lms.sessionClosed' });
  });

  const subscription = actor.subscribe((snapshot) => {
    saveProgress(snapshot.context.progress);
    if (snapshot.context.reflections !== lastReflections) {
      lastReflections = snapshot.context.reflections;
      adapter.saveReflections(lastReflections);
    }
  });

  const listeners = [
    actor.on('report.answerSubmitted', ({ type: _, ...answer }) => {
      const retry = answer.phase === 'check' && answeredChecks.has(answer.question.id);
      if (answer.phase === 'check') answeredChecks.add(answer.question.id);
      if (!retry) adapter.recordAnswer(answer);
      policy.commitSoon();
    }),
    actor.on('report.assessmentResult', (e) => {
      adapter.reportResult({
        scaled: e.scaled,
        passed: e.passed,
        final: !e.passed && e.attemptsRemaining === 0,
        attempt: e.attempt,
        contentVersion: course.version,
      });
      policy.commitSoon();
    }),
    actor.on('report.pageViewed', () => policy.commitSoon()),
    actor.on('report.lessonCompleted', () => policy.commitSoon()),
    actor.on('report.courseCompleted', () => policy.commitSoon()),
    actor.on('report.progressReset', () => policy.commitSoon()),
    actor.on('report.exited', () => policy.end('exit')),
  ];

  return () => {
    policy.detach();
    unsubscribeStatus();
    subscription.unsubscribe();
    for (const listener of listeners) listener.unsubscribe();
  };
}
