/**
 * `npm run check:content` / part of `npm run build`: compiles module/ into build/course.json.
 * Exits non-zero with every problem listed when the content is invalid.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Course } from '../../src/content/course-schema.js';
import { ContentError } from './content-error.js';
import { compileCourse } from './compile-course.js';
import { checkCourseQuality } from './course-checks.js';

export const COURSE_JSON = 'build/course.json';

/** Compiles and checks the real course; throws ContentError on any problem. */
export function buildCourse(moduleDir = 'module'): Course {
  const course = compileCourse(moduleDir);
  const problems = checkCourseQuality(course);
  if (problems.length) throw new ContentError(problems);
  return course;
}

function summary(course: Course): string {
  const questionsByType = course.questions.reduce<Record<string, number>>((acc, q) => {
    acc[q.type] = (acc[q.type] ?? 0) + 1;
    return acc;
  }, {});
  return [
    `${course.title} ${course.version}: ${course.lessons.length} lessons, ${course.lessons.reduce((n, l) => n + l.pages.length, 0)} pages, ` +
      `${course.questions.length} questions (${Object.entries(questionsByType)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')}), ` +
      `bank ${course.assessment.bank.length}, ${course.references.length} references, ${course.glossary.length} glossary terms`,
    `Estimated duration: ${course.duration.minutes} minutes = ${course.duration.formula}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const checkOnly = process.argv.includes('--check');
  try {
    const course = buildCourse();
    if (!checkOnly) {
      mkdirSync(dirname(COURSE_JSON), { recursive: true });
      writeFileSync(COURSE_JSON, `${JSON.stringify(course, null, 2)}\n`);
    }
    console.log(summary(course));
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
