/**
 * The compiled course in two parts, so the first lesson does not wait for the whole text.
 *
 * The **first part** is everything the course machine, the progress codec and its validation read
 * at boot, the welcome and the first lesson need: every lesson and page (ids and titles, for the
 * menu), the outline of every later block and question (types, ids, a case's graph; see `outline`
 * and `outlineQuestion`), with the full text of the welcome, the first lesson, its questions and
 * the glossary entries and references they use, and the interface text of the screens in course.js.
 * The **later part** holds the full lessons, questions, references and glossary and the interface
 * text of the later screens; it is loaded right after the first screen renders and `completeCourse`
 * puts it in place. Until then those screens show "Loading…", so nothing reads what is missing.
 *
 * The build (rollup.config.js) splits with `splitCourse`; the player completes with
 * `completeCourse`. Both are in course-parts-later.ts, which only course-later.js and the build
 * import, and both use `firstPartIds`, so they agree on what the first part holds in full.
 */
import type { Course } from './course-schema.js';

/** Lessons sent in full in the first part. */
export const FIRST_LESSONS = 1;

/** What the later part replaces or adds. */
export type CourseLater = Pick<Course, 'lessons' | 'questions' | 'references' | 'glossary'> & {
  /** The course's catalogue details no screen in course.js shows (the welcome reads only the minutes). */
  about: Pick<Course, 'description' | 'keywords' | 'audience' | 'duration'>;
  /** The interface text of the screens in course-later.js. */
  strings: NonNullable<Course['strings']>;
};

/**
 * Groups of interface text (`group.key`) only the screens in course-later.js show: they render
 * only once the later part is in place, so these travel with it.
 */
export const LATER_STRING_GROUPS: ReadonlySet<string> = new Set([
  'assessmentIntro',
  'results',
  'glossary',
  'references',
  'figure',
  'certificate',
  'case',
  'reflection',
  'matching',
  'ordering',
  'review',
]);

/** Single texts of shared groups that only the assessment (a later screen) shows. */
const LATER_STRING_KEYS: ReadonlySet<string> = new Set([
  'common.noAttemptsLeft',
  'question.number',
  'question.submit.assessment',
  'question.submit.last',
]);

export const isLaterString = (key: string): boolean =>
  LATER_STRING_GROUPS.has(key.split('.')[0] ?? '') || LATER_STRING_KEYS.has(key);

const partial = new WeakSet<object>();

/** Marks a course as holding only its first part (the player's entry does this). */
export function markFirstPartOnly(course: Course): void {
  partial.add(course);
}

/** Marks a course as whole again, once `completeCourse` (course-parts-later.ts) has put the later part in place. */
export function markComplete(course: Course): void {
  partial.delete(course);
}

/** True while the later part of this course has not arrived. */
export function isFirstPartOnly(course: Course): boolean {
  return partial.has(course);
}

/** Blocks whose elements come in course-later.js (src/app/later-screens.ts). */
const LATER_BLOCKS = new Set(['figure', 'reveal', 'case', 'reflection']);
/** Question types whose elements come in course-later.js. */
const LATER_QUESTIONS = new Set(['matching', 'ordering']);

/** True when a first-lesson page shows a block or a question whose element comes later. */
function pageNeedsLater(course: Course, lesson: number, page: number): boolean {
  const blocks = course.lessons[lesson]?.pages[page]?.blocks ?? [];
  const types = new Map(course.questions.map((q) => [q.id, q.type]));
  return blocks.some(
    (b) =>
      LATER_BLOCKS.has(b.type) ||
      (b.type === 'check' && LATER_QUESTIONS.has(types.get(b.questionId) ?? '')) ||
      (b.type === 'scenario' && b.questionIds.some((id) => LATER_QUESTIONS.has(types.get(id) ?? ''))),
  );
}

/**
 * True when what the learner is about to see needs the later part: anything but the welcome, the
 * goodbye and the first lessons' pages that use only the elements of course.js.
 */
export function needsLaterPart(
  course: Course,
  position: { screen: string; lesson?: number; page?: number },
  screen: string,
  view: string,
): boolean {
  if (!isFirstPartOnly(course)) return false;
  if (view !== 'course') return true;
  if (screen === 'welcome' || screen === 'exited') return false;
  const lesson = position.lesson ?? 0;
  return !(
    screen === 'page' &&
    lesson < FIRST_LESSONS &&
    !pageNeedsLater(course, lesson, position.page ?? 0)
  );
}
