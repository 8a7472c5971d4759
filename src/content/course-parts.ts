/**
 * The compiled course in two parts, so the first lesson does not wait for the whole text.
 *
 * The **first part** is everything the course machine, the welcome and the first lesson need: the
 * whole structure of every lesson, page, block, case and question (ids, types, answer keys, the
 * ids a case path and a draw depend on), with the full text of the welcome, the first lesson, its
 * questions and the glossary entries and references they use. Every other learner-facing string is
 * left empty. The **later part** holds the full lessons, questions, references and glossary; it is
 * loaded right after the first screen renders and `completeCourse` puts it in place.
 *
 * The build (rollup.config.js) splits with `splitCourse`; the player completes with
 * `completeCourse`. Both use `firstPartIds`, so they agree on what the first part holds in full.
 */
import type { Course, Lesson } from './course-schema.js';

/** Lessons sent in full in the first part. */
export const FIRST_LESSONS = 1;

/** What the later part replaces. */
export type CourseLater = Pick<Course, 'lessons' | 'questions' | 'references' | 'glossary'>;

/** Strings the machine, the LMS layer or a draw read: kept in the first part for every block and question. */
const KEYS = new Set([
  'type',
  'id',
  'questionId',
  'questionIds',
  'start',
  'next',
  'quality',
  'correct',
  'outcomes',
  'references',
  'src',
  'kind',
]);

/** Blanks every learner-facing string below `value`, keeping ids, keys and structure. */
function outline(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return KEYS.has(key) ? value : '';
  if (Array.isArray(value)) return value.map((v) => outline(v, key));
  if (value && typeof value === 'object') {
    // A question's feedback is text under keys (`correct`) that elsewhere hold answer keys.
    if (key === 'feedback') return Object.fromEntries(Object.keys(value).map((k) => [k, '']));
    // A matching key is a record of ids; keep it whole.
    if (key === 'correct') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, outline(v, k)]));
  }
  return value;
}

/** Ids of the questions, glossary entries and references the first lessons show in full. */
export function firstPartIds(course: Pick<Course, 'lessons' | 'questions' | 'welcomeHtml'>): {
  questions: Set<string>;
  glossary: Set<string>;
  references: Set<string>;
} {
  const first = course.lessons.slice(0, FIRST_LESSONS);
  const questions = new Set<string>();
  const glossary = new Set<string>();
  const text = [course.welcomeHtml];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (key === 'questionId' || key === 'questionIds') questions.add(value);
      else text.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(first);
  const references = new Set<string>();
  for (const q of course.questions) {
    if (!questions.has(q.id)) continue;
    walk(q);
    for (const r of q.references) references.add(r);
  }
  for (const t of text) for (const m of t.matchAll(/data-term="([^"]+)"/g)) glossary.add(m[1]);
  return { questions, glossary, references };
}

/** The two parts of a compiled course (the build's side). */
export function splitCourse(course: Course): { first: Course; later: CourseLater } {
  const ids = firstPartIds(course);
  const first: Course = {
    ...course,
    lessons: course.lessons.map((lesson, i): Lesson =>
      i < FIRST_LESSONS
        ? lesson
        : {
            ...lesson,
            pages: lesson.pages.map((p) => ({
              ...p,
              blocks: outline(p.blocks) as Lesson['pages'][number]['blocks'],
            })),
          },
    ),
    questions: course.questions.map((q) => (ids.questions.has(q.id) ? q : (outline(q) as typeof q))),
    references: course.references.filter((r) => ids.references.has(r.id)),
    glossary: course.glossary.filter((g) => ids.glossary.has(g.id)),
  };
  const { lessons, questions, references, glossary } = course;
  return { first, later: { lessons, questions, references, glossary } };
}

const partial = new WeakSet<object>();

/** Marks a course as holding only its first part (the player's entry does this). */
export function markFirstPartOnly(course: Course): void {
  partial.add(course);
}

/** True while the later part of this course has not arrived. */
export function isFirstPartOnly(course: Course): boolean {
  return partial.has(course);
}

/**
 * Puts the later part in place, in the same course object the machine and the LMS layer hold.
 * What the first part already had in full keeps its identity, so a first-lesson page or question
 * on screen is not re-rendered (an answer being chosen is not lost).
 */
export function completeCourse(course: Course, later: CourseLater): void {
  const ids = firstPartIds(course);
  const keep = <T extends { id: string }>(now: readonly T[], full: readonly T[], kept: Set<string>): T[] => {
    const old = new Map(now.map((x) => [x.id, x]));
    return full.map((x) => (kept.has(x.id) ? (old.get(x.id) ?? x) : x));
  };
  course.lessons = later.lessons.map((lesson, i) =>
    i < FIRST_LESSONS ? (course.lessons[i] ?? lesson) : lesson,
  );
  course.questions = keep(course.questions, later.questions, ids.questions);
  course.references = keep(course.references, later.references, ids.references);
  course.glossary = keep(course.glossary, later.glossary, ids.glossary);
  partial.delete(course);
}

/**
 * True when what the learner is about to see needs the later part: anything but the welcome, the
 * goodbye and the first lessons' pages.
 */
export function needsLaterPart(
  course: Course,
  position: { screen: string; lesson?: number },
  screen: string,
  view: string,
): boolean {
  if (!isFirstPartOnly(course)) return false;
  if (view !== 'course') return true;
  if (screen === 'welcome' || screen === 'exited') return false;
  return !(screen === 'page' && (position.lesson ?? 0) < FIRST_LESSONS);
}
