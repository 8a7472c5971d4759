/**
 * Checks that the course as a whole is fit to publish: coverage of learning outcomes, use of
 * references, a realistic length that is mostly teaching, and questions free of item-writing
 * cues. They apply to the real course, not to small test fixtures.
 */
import type { Course } from '../../src/content/course-schema.js';
import type { ContentProblem } from './content-error.js';
import { durationBreakdown, durationFormula, type DurationBreakdown } from './duration.js';
import { checkItemWriting, type ItemWritingReport, type QuestionLocator } from './item-writing.js';

export const DURATION_RANGE = { min: 30, max: 35 } as const;
/** Share of the estimated time that must be teaching rather than checks and assessment questions. */
export const MIN_TEACHING_SHARE = 0.6;
export const MIN_QUESTIONS_PER_OUTCOME = 2;
export interface CourseReview {
  /** Anything here fails the build. */
  errors: ContentProblem[];
  /** Printed, never failing: they need an educator's judgement. */
  warnings: ContentProblem[];
  duration: DurationBreakdown;
  itemWriting: ItemWritingReport;
}

/** Every course-level check, sorted into errors and warnings. */
export function reviewCourse(course: Course, locate?: QuestionLocator): CourseReview {
  const errors = checkCourseQuality(course);
  const warnings: ContentProblem[] = [];
  const duration = durationBreakdown(course);
  if (duration.teachingShare < MIN_TEACHING_SHARE) {
    errors.push({
      file: 'module/course.yaml',
      field: 'duration',
      reason:
        `teaching is ${Math.round(duration.teachingShare * 100)}% of the estimated time ` +
        `(${round1(duration.teachingMinutes)} of ${duration.minutes} min; ${duration.checks} checks and ${duration.drawn} assessment questions take ${round1(duration.questionMinutes)} min); ` +
        `it must be at least ${MIN_TEACHING_SHARE * 100}%: add teaching (cases, figures, worked examples) or ask fewer questions`,
    });
  }
  const itemWriting = checkItemWriting(course, locate);
  for (const { severity, rule: _rule, ...problem } of itemWriting.findings) {
    (severity === 'error' ? errors : warnings).push(problem);
  }
  return { errors, warnings, duration, itemWriting };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The checks of coverage, references and length. */
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
  const duration = durationBreakdown(course);
  if (duration.minutes < DURATION_RANGE.min || duration.minutes > DURATION_RANGE.max) {
    problems.push({
      file,
      field: 'duration',
      reason: `estimated ${duration.minutes} minutes (${durationFormula(duration)}); it must be between ${DURATION_RANGE.min} and ${DURATION_RANGE.max}`,
    });
  }
  return problems;
}
