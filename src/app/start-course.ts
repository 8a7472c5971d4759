/**
 * The composition root: finds the LMS, restores progress, starts the course machine, wires the
 * LMS reporter to it and mounts the learner interface. The only place the layers meet.
 */
import { createActor } from 'xstate';
import type { Course } from '../content/course-schema.js';
import { connectLms } from '../lms/connect-lms.js';
import type { LmsStandard } from '../lms/lms-adapter.js';
import { courseMachine } from '../machine/course-machine.js';
import { decodeSnapshot, SnapshotError } from '../machine/snapshot.js';
import type { Progress } from '../machine/progress.js';
import { attachReporter } from './lms-reporter.js';
import './course-app.js';

/** Reads the saved snapshot; an unreadable one is set aside with a notice, never a crash. */
export function restoreProgress(
  course: Course,
  suspendData: string,
): { progress?: Progress; notice?: string } {
  if (!suspendData) return {};
  try {
    const decoded = decodeSnapshot(course, suspendData);
    return decoded.dropped
      ? {
          progress: decoded.progress,
          notice: `This course has been updated since your last visit (version ${decoded.version} to ${course.version}). Your progress has been kept where the content is unchanged.`,
        }
      : { progress: decoded.progress };
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    return {
      notice:
        'Your saved progress could not be read (it may come from a different version of this course), so the course starts from the beginning.',
    };
  }
}

export async function startCourse(
  course: Course,
  standard: LmsStandard,
  host: HTMLElement = document.body,
): Promise<void> {
  try {
    const adapter = await connectLms(standard, window, course);
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
    attachReporter({ actor, adapter, course, window });
    actor.start();

    const app = document.createElement('pir-course-app');
    app.actor = actor;
    app.standalone = adapter.standard === 'standalone';
    app.previousSeconds = launch.previousSeconds;
    app.startedAt = Date.now();
    if (notice) app.notice = notice;
    host.querySelector('[data-loading]')?.remove();
    host.append(app);
  } catch (error) {
    // Never leave the learner on an endless 'Loading': say what happened and what to do.
    const loading = host.querySelector('[data-loading]') ?? host.appendChild(document.createElement('p'));
    loading.setAttribute('role', 'alert');
    loading.textContent =
      'Sorry, the course could not start. Close it and open it again; if this keeps happening, tell your learning administrator.';
    console.error(error);
  }
}
