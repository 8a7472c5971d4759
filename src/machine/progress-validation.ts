/**
 * Saved progress is checked against the course before it is trusted (issue 15 §2). The codec only
 * proves the text is well formed; a tampered or inconsistent record (attempt 999,999,999 of 3, a
 * result above the draw size, "completed" with no lesson done) would otherwise show a completion
 * and make the LMS layer send `completed`. A record that fails here is set aside like an
 * unreadable one: the course starts afresh with a notice and sends nothing the record implies.
 *
 * Pure: no DOM, no LMS. Each field of `Progress` has its own check in `PROGRESS_FIELD_CHECKS`, run
 * only when the field is present, so a field added to `Progress` later (for example a branching
 * case's path) is validated by adding one entry there, and older records without it still pass.
 */
import type { Course } from '../content/course-schema.js';
import { walkCase } from '../content/case-path.js';
import {
  areLessonsComplete,
  courseCases,
  hasPassed,
  isPassingScore,
  lessonQuestionIds,
  type Progress,
} from './progress.js';

export interface ValidationOptions {
  /**
   * True when the record was saved on this content version. Results from an older version may
   * have been taken with another draw size or pass mark, so only their own arithmetic is checked.
   */
  sameVersion: boolean;
}

/** One field's check: the problems found, in plain words (empty when the field is consistent). */
export type ProgressFieldCheck = (course: Course, progress: Progress, options: ValidationOptions) => string[];

const isCount = (n: unknown, min: number, max: number): boolean =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

function pageIds(course: Course): Set<string> {
  return new Set(course.lessons.flatMap((l) => l.pages.map((p) => p.id)));
}

/** The check for each field of `Progress`, by field name; extend it when `Progress` grows. */
export const PROGRESS_FIELD_CHECKS: Record<string, ProgressFieldCheck> = {
  position: (course, { position }) => {
    if (position.screen !== 'page') return [];
    const lesson = course.lessons[position.lesson];
    return isCount(position.lesson, 0, course.lessons.length - 1) &&
      lesson &&
      isCount(position.page, 0, lesson.pages.length - 1)
      ? []
      : [`the saved position (lesson ${position.lesson}, page ${position.page}) is not in this course`];
  },

  visited: (course, { visited }) => {
    const pages = pageIds(course);
    const unknown = visited.filter((id) => !pages.has(id));
    return [
      ...(unknown.length ? [`pages seen that are not in this course: ${unknown.join(', ')}`] : []),
      ...(new Set(visited).size !== visited.length ? ['a page is listed as seen twice'] : []),
    ];
  },

  checks: (course, { checks }) => {
    const asked = new Set(course.lessons.flatMap((l) => lessonQuestionIds(l)));
    const unknown = Object.keys(checks).filter((id) => !asked.has(id));
    return unknown.length ? [`knowledge checks that are not in this course: ${unknown.join(', ')}`] : [];
  },

  attempt: (course, { attempt, results }) => {
    if (!attempt) return [];
    const { maxAttempts, drawSize, bank } = course.assessment;
    const problems: string[] = [];
    if (!isCount(attempt.number, 1, maxAttempts))
      problems.push(`assessment attempt ${attempt.number} of ${maxAttempts} is out of range`);
    const inBank = new Set(bank);
    if (attempt.questionIds.length < 1 || attempt.questionIds.length > drawSize)
      problems.push(`the attempt has ${attempt.questionIds.length} questions; the draw size is ${drawSize}`);
    if (attempt.questionIds.some((id) => !inBank.has(id)))
      problems.push('the attempt holds a question that is not in the assessment bank');
    if (new Set(attempt.questionIds).size !== attempt.questionIds.length)
      problems.push('the attempt holds a question twice');
    if (attempt.answers.length > attempt.questionIds.length)
      problems.push('the attempt has more answers than questions');
    if (attempt.responses && attempt.responses.length > attempt.answers.length)
      problems.push('the attempt has more responses than answers');
    const finished = attempt.answers.length === attempt.questionIds.length;
    // A finished attempt is the latest result; one in progress comes after every result.
    const expected = finished ? results.length : results.length + 1;
    if (attempt.number !== expected)
      problems.push(`attempt ${attempt.number} does not follow the ${results.length} results saved`);
    const last = results.at(-1);
    if (finished && last) {
      const right = attempt.answers.filter(Boolean).length;
      if (last.correct !== right || last.total !== attempt.questionIds.length)
        problems.push('the latest result does not match the answers of its attempt');
    }
    return problems;
  },

  results: (course, { results }, { sameVersion }) => {
    const { maxAttempts, drawSize, passMark, bank } = course.assessment;
    const problems: string[] = [];
    if (results.length > maxAttempts)
      problems.push(`${results.length} results saved; only ${maxAttempts} attempts are allowed`);
    results.forEach((r, i) => {
      const limit = sameVersion ? drawSize : bank.length;
      if (!isCount(r.total, 1, limit) || !isCount(r.correct, 0, r.total)) {
        problems.push(`result ${i + 1} (${r.correct} of ${r.total}) is not possible with ${limit} questions`);
      } else if (sameVersion && r.passed !== isPassingScore(r.correct, r.total, passMark)) {
        problems.push(`result ${i + 1} (${r.correct} of ${r.total}) is not a ${r.passed ? 'pass' : 'fail'}`);
      }
    });
    return problems;
  },

  /** Branching cases: only cases this course places, each path one the case can take. */
  cases: (course, { cases = {} }) => {
    const placed = new Map(courseCases(course).map((c) => [c.block.id, c.block]));
    return Object.entries(cases).flatMap(([id, path]) => {
      const block = placed.get(id);
      if (!block) return [`a case that is not in this course: ${id}`];
      return walkCase(block, path).used === path.length ? [] : [`case ${id} has a path it cannot take`];
    });
  },

  /** A finished case makes its lesson complete, so it must be one this course places. */
  finishedCases: (course, { finishedCases = [] }) => {
    const placed = new Set(courseCases(course).map((c) => c.block.id));
    const unknown = finishedCases.filter((id) => !placed.has(id));
    return unknown.length ? [`finished cases that are not in this course: ${unknown.join(', ')}`] : [];
  },

  /** Questions seen in earlier attempts: bank questions only. */
  seen: (course, { seen = [] }) => {
    const bank = new Set(course.assessment.bank);
    return seen.some((id) => !bank.has(id)) ? ['questions seen that are not in the assessment bank'] : [];
  },

  /**
   * Completion needs every lesson complete and a pass. "Start again" clears the pages seen but
   * keeps the results and the completion, so once a pass is saved the lessons are known to have
   * been complete (the assessment opens only then); without a pass, completion is never genuine.
   */
  completedAt: (course, progress) => {
    if (progress.completedAt === undefined) return [];
    if (!hasPassed(progress))
      return [
        areLessonsComplete(course, progress)
          ? 'the course is marked completed without a passed assessment'
          : 'the course is marked completed with no passed assessment and not every lesson complete',
      ];
    return [];
  },
};

/**
 * Every problem found in restored progress, in plain words; empty when it can be trusted. Only
 * the fields present are checked (see `PROGRESS_FIELD_CHECKS`).
 */
export function validateProgress(course: Course, progress: Progress, options: ValidationOptions): string[] {
  return Object.entries(PROGRESS_FIELD_CHECKS).flatMap(([field, check]) =>
    field in progress && (progress as unknown as Record<string, unknown>)[field] !== undefined
      ? check(course, progress, options)
      : [],
  );
}
