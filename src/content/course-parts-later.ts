/**
 * Splitting the compiled course into its two parts (the build's side) and putting the later part in
 * place (the player's side, in course-later.js). Apart from course-parts.ts so that neither weighs on
 * the first load: only the build and course-later.js import this file. See course-parts.ts.
 */
import type { Course, Lesson, Question } from './course-schema.js';
import { FIRST_LESSONS, isLaterString, markComplete, type CourseLater } from './course-parts.js';

/**
 * What the first part keeps of a later lesson's blocks: what the machine, the progress codec and
 * its validation read at boot (block types, the ids of checks, scenarios and reflections, and each
 * case's graph of node and choice ids). Text, figures and everything else come with the later part.
 */
const KEYS = new Set(['type', 'id', 'questionId', 'questionIds', 'start', 'next', 'nodes', 'choices']);

/** Later blocks the machine and the codec never look into: the outline drops them. */
const TEXT_BLOCKS = new Set(['text', 'image', 'callout', 'figure', 'reveal']);

/** The outline of a later block or question: only `KEYS`, recursively; learner-facing text is left out. */
function outline(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(outline);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => KEYS.has(k))
        .map(([k, v]) => [k, outline(v)]),
    );
  return value;
}

/**
 * What the first part keeps of a question not in the first lessons: its id and type, and the ids
 * of its options, items and targets, which the progress codec reads to restore an attempt's
 * responses at resume. Its key, outcomes and text are needed only to answer it, draw it or review
 * it, on screens that wait for the later part.
 */
function outlineQuestion(q: Question, bank: ReadonlySet<string>): Question {
  const ids = (list: unknown) => (list as Array<{ id: string }>).map(({ id }) => ({ id }));
  const out: Record<string, unknown> = { id: q.id, type: q.type };
  // Only an assessment attempt's responses are saved, so a knowledge check needs no list.
  if (bank.has(q.id))
    for (const k of ['options', 'items', 'targets'] as const)
      if (k in q) out[k] = ids(q[k as keyof Question]);
  return out as unknown as Question;
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
  const { description, keywords, audience, duration } = course;
  const bank = new Set(course.assessment.bank);
  const first: Course = {
    ...course,
    description: '',
    keywords: [],
    audience: '',
    duration: { minutes: duration.minutes } as Course['duration'],
    lessons: course.lessons.map((lesson, i): Lesson =>
      i < FIRST_LESSONS
        ? lesson
        : {
            // The menu lists titles and pages; a lesson's summary and outcomes come later.
            id: lesson.id,
            title: lesson.title,
            summary: '',
            outcomes: [],
            pages: lesson.pages.map((p) => ({
              ...p,
              blocks: outline(
                p.blocks.filter((b) => !TEXT_BLOCKS.has(b.type)),
              ) as Lesson['pages'][number]['blocks'],
            })),
          },
    ),
    questions: course.questions.map((q) => (ids.questions.has(q.id) ? q : outlineQuestion(q, bank))),
    references: course.references.filter((r) => ids.references.has(r.id)),
    glossary: course.glossary.filter((g) => ids.glossary.has(g.id)),
  };
  const strings = Object.entries(course.strings ?? {});
  if (course.strings) first.strings = Object.fromEntries(strings.filter(([k]) => !isLaterString(k)));
  const { lessons, questions, references, glossary } = course;
  return {
    first,
    later: {
      lessons,
      questions,
      references,
      glossary,
      about: { description, keywords, audience, duration },
      strings: Object.fromEntries(strings.filter(([k]) => isLaterString(k))),
    },
  };
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
  Object.assign(course, later.about);
  // In place: the table `t()` reads is this object (setStrings).
  if (course.strings) Object.assign(course.strings, later.strings);
  markComplete(course);
}
