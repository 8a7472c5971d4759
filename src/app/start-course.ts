/**
 * The page's entry: boots the course (boot-course.ts) and mounts the learner interface, or says
 * plainly that the course could not start.
 */
import type { LmsAdapter, LmsStandard } from '../lms/lms-adapter.js';
import { bootCourse } from './boot-course.js';
import { loadLater } from './load-later.js';
import type { Course } from '../content/course-schema.js';
import { setStrings } from '../content/strings.js';
import './course-app.js';

export async function startCourse(
  course: Course,
  standard: LmsStandard,
  host: HTMLElement = document.body,
): Promise<LmsAdapter | undefined> {
  try {
    // The interface text first: every element reads it as it renders.
    if (course.strings) setStrings(course.strings, course.language);
    const { actor, adapter, launch, notice, earlierRecord } = await bootCourse({ course, standard, window });
    const app = document.createElement('pir-course-app');
    app.actor = actor;
    app.lms = adapter;
    app.standalone = adapter.standard === 'standalone';
    app.previousSeconds = launch.previousSeconds;
    app.startedAt = Date.now();
    if (notice) app.notice = notice;
    if (earlierRecord) app.earlierRecord = earlierRecord;
    host.querySelector('[data-loading]')?.remove();
    host.append(app);
    return adapter;
  } catch (error) {
    // Never leave the learner on an endless 'Loading': say what happened and what to do.
    const loading = host.querySelector('[data-loading]') ?? host.appendChild(document.createElement('p'));
    loading.setAttribute('role', 'alert');
    loading.textContent =
      'Sorry, the course could not start. Close it and open it again; if this keeps happening, tell your learning administrator.';
    console.error(error);
    return undefined;
  }
}

/**
 * A package's whole start: the course boots on the first part of its text, then the rest arrives
 * and anything that waited for it at launch (answers left on the device) is sent.
 */
export async function startPackage(course: Course, standard: LmsStandard): Promise<void> {
  const adapter = await startCourse(course, standard);
  await loadLater(course);
  if (adapter?.contentLoaded?.()) await adapter.commit();
}
