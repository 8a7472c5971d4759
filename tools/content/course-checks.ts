/**
 * Checks that the course as a whole is fit to publish: coverage of learning outcomes, use of
 * references and a realistic length. They apply to the real course, not to small test fixtures.
 */
import type { Course } from '../../src/content/course-schema.js';
import type { ContentProblem } from './content-error.js';

export const DURATION_RANGE = { min: 27, max: 33 } as const;
export const MIN_QUESTIONS_PER_OUTCOME = 2;

export function checkCourseQuality(course: Course): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = 'module/course.yaml';
  const byId = new Map(course.questions.map((q) => [q.id, q]));
  const bank = course.assessment.bank.map((id) => byId.get(id)).filter((q) => q !== undefined);

  for (const outcome of course.outcomes) {
    if (!course.lessons.some((l) => l.outcomes.includes(outcome.id))) {
      problems.push({
        file,
        item: `outcome ${outcome.id}`,
        reason: "no lesson teaches this learning outcome (add it to a lesson's outcomes)",
      });
    }
    const tested = bank.filter((q) => q.outcomes.includes(outcome.id)).length;
    if (tested < MIN_QUESTIONS_PER_OUTCOME) {
      problems.push({
        file,
        item: `outcome ${outcome.id}`,
        reason: `tested by ${tested} assessment question(s); at least ${MIN_QUESTIONS_PER_OUTCOME} are needed`,
      });
    }
  }
  const cited = new Set(course.questions.flatMap((q) => q.references));
  for (const reference of course.references) {
    if (!cited.has(reference.id)) {
      problems.push({
        file: 'module/references.yaml',
        item: `reference ${reference.id}`,
        reason: 'is not cited by any question',
      });
    }
  }
  const types = new Set(bank.map((q) => q.type));
  for (const type of ['single', 'multiple', 'truefalse', 'matching', 'ordering'] as const) {
    if (!types.has(type))
      problems.push({
        file,
        field: 'assessment.bank',
        reason: `has no ${type} question; use all five types`,
      });
  }
  for (const lesson of course.lessons) {
    const count = lesson.pages
      .flatMap((p) => p.blocks)
      .reduce((n, b) => n + (b.type === 'check' ? 1 : b.type === 'scenario' ? b.questionIds.length : 0), 0);
    if (count < 2)
      problems.push({
        file,
        item: `lesson ${lesson.id}`,
        reason: `has ${count} knowledge check(s); at least 2 are needed`,
      });
  }
  const { minutes } = course.duration;
  if (minutes < DURATION_RANGE.min || minutes > DURATION_RANGE.max) {
    problems.push({
      file,
      field: 'duration',
      reason: `estimated ${minutes} minutes (${course.duration.formula}); it must be between ${DURATION_RANGE.min} and ${DURATION_RANGE.max}`,
    });
  }
  return problems;
}
