/**
 * Loads course-later.js (the later part of the course and the screens not needed at first) right
 * after the first screen renders, and puts it in place. If it fails (missing, blocked, or served
 * with a type the browser will not run), the page's message (window.pirLoadFailed in index.html)
 * says so and offers a retry, which tries again in place: reloading the page would restart the
 * LMS session. Until it arrives the shell shows "Loading…" on a screen that needs it, never a blank.
 */
import type { Course } from '../content/course-schema.js';
import type { CourseLater } from '../content/course-parts.js';

/** What course-later.js gives: the later part, and the code that puts it in place. */
export interface LaterModule {
  later: CourseLater;
  completeCourse: (course: Course, later: CourseLater) => void;
}

declare global {
  interface Window {
    /** Defined by index.html: shows the failed-load message, with a retry when one is given. */
    pirLoadFailed?: (what: string, retry?: () => void) => void;
  }
}

export const LATER_FILE = 'course-later.js';

/** The module, fetched again under a new URL on a retry (a failed module stays failed under its URL). */
function importLater(attempt: number): Promise<LaterModule> {
  if (attempt === 0) return import('./course-later.js');
  return import(
    /* a retry */ new URL(`${LATER_FILE}?retry=${attempt}`, import.meta.url).href
  ) as Promise<LaterModule>;
}

export async function loadLater(
  course: Course,
  load: (attempt: number) => Promise<LaterModule> = importLater,
  win: Window = window,
): Promise<void> {
  const app = win.document.querySelector('pir-course-app');
  await app?.updateComplete;
  for (let attempt = 0; ; attempt++) {
    try {
      const { later, completeCourse } = await load(attempt);
      completeCourse(course, later);
      app?.requestUpdate();
      return;
    } catch (error) {
      console.error(error);
      const failed = win.pirLoadFailed;
      if (!failed) return;
      await new Promise<void>((retry) => failed(LATER_FILE, retry));
    }
  }
}
