/**
 * `npm run check:content` / part of `npm run build`: compiles module/ into build/course.json.
 * Prints the course's figures (duration with its formula, teaching share, item-writing results)
 * and any warnings; exits non-zero with every problem listed when the content is invalid.
 * Warnings alone never fail it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Course } from '../../src/content/course-schema.js';
import { ContentError, formatProblem } from './content-error.js';
import { compileCourse } from './compile-course.js';
import { reviewCourse, type CourseReview } from './course-checks.js';
import { durationFormula, teachingShareLine } from './duration.js';
import { describeRate, locateQuestions } from './item-writing.js';

export const COURSE_JSON = 'build/course.json';

export interface BuildOptions {
  /** Where the figures and warnings go; `false` keeps quiet (tests). */
  log?: ((line: string) => void) | false;
}

/** Compiles and checks the course; the review (figures, warnings) comes with it. */
export function reviewBuiltCourse(moduleDir = 'module'): { course: Course; review: CourseReview } {
  const course = compileCourse(moduleDir);
  return { course, review: reviewCourse(course, locateQuestions(moduleDir)) };
}

/**
 * Compiles and checks the real course, printing its figures and warnings (both `npm run build`
 * and `npm run check:content` come through here); throws ContentError on any error.
 */
export function buildCourse(moduleDir = 'module', { log = console.log }: BuildOptions = {}): Course {
  const { course, review } = reviewBuiltCourse(moduleDir);
  if (log) log(courseReport(course, review));
  if (review.errors.length) throw new ContentError(review.errors);
  return course;
}

/** The figures an educator or reviewer wants after every build, then the warnings. */
export function courseReport(course: Course, review: CourseReview): string {
  const questionsByType = course.questions.reduce<Record<string, number>>((acc, q) => {
    acc[q.type] = (acc[q.type] ?? 0) + 1;
    return acc;
  }, {});
  const { itemWriting: iw, warnings } = review;
  const lines = [
    `${course.title} ${course.version}: ${course.lessons.length} lessons, ${course.lessons.reduce((n, l) => n + l.pages.length, 0)} pages, ` +
      `${course.questions.length} questions (${Object.entries(questionsByType)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')}), ` +
      `bank ${course.assessment.bank.length}, ${course.references.length} references, ${course.glossary.length} glossary terms`,
    `Estimated duration: ${review.duration.minutes} minutes = ${durationFormula(review.duration)}`,
    teachingShareLine(review.duration),
    `Item writing: the key is strictly the longest option in ${describeRate(iw.bank)} of the assessment bank` +
      ` and ${describeRate(iw.checks)} of the knowledge checks; ` +
      `${iw.findings.filter((f) => f.severity === 'error').length} item-writing errors, ` +
      `${iw.findings.filter((f) => f.severity === 'warning').length} warnings`,
  ];
  if (warnings.length) {
    lines.push(
      `${warnings.length} warning${warnings.length === 1 ? '' : 's'} (not failing the build):`,
      ...warnings.map((w) => `  - ${formatProblem(w)}`),
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const checkOnly = process.argv.includes('--check');
  try {
    const course = buildCourse();
    if (!checkOnly) {
      mkdirSync(dirname(COURSE_JSON), { recursive: true });
      writeFileSync(COURSE_JSON, `${JSON.stringify(course, null, 2)}\n`);
    }
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
