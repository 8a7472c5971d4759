import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Course, Question } from '../../src/content/course-schema.js';
import { formatProblem } from './content-error.js';
import { reviewCourse } from './course-checks.js';
import { estimateDuration } from './duration.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

const question = (id: string): Question => ({
  id,
  type: 'truefalse',
  prompt: 'Babies hear before birth.',
  outcomes: ['lo1'],
  correct: true,
  feedback: { correct: 'Right.', incorrect: 'Not quite.' },
  rationale: '<p>Fetuses respond to sound.</p>',
  references: ['ref'],
});

/** A course of `prose` words and `checks` knowledge checks, drawing `drawn` questions. */
function course({
  prose,
  checks,
  drawn,
  version = '2.0.0',
}: {
  prose: number;
  checks: number;
  drawn: number;
  version?: string;
}): Course {
  const bank = Array.from({ length: drawn }, (_, i) => `a${i}`);
  const checkIds = Array.from({ length: checks }, (_, i) => `k${i}`);
  const draft = {
    id: 'c',
    title: 'Course',
    description: 'A course.',
    version,
    language: 'en-GB',
    keywords: ['k'],
    audience: 'Testers.',
    welcomeHtml: '<p>Welcome</p>',
    outcomes: [{ id: 'lo1', text: 'Outcome.' }],
    assessment: { passMark: 80, maxAttempts: 3, drawSize: drawn, bank },
    lessons: [
      {
        id: 'l1',
        title: 'Lesson',
        summary: 'Summary.',
        outcomes: ['lo1'],
        pages: [
          {
            id: 'p1',
            title: 'Page',
            blocks: [
              { type: 'text' as const, html: `<p>${words(prose - 2)}</p>` }, // + welcome + page title
              ...checkIds.map((questionId) => ({ type: 'check' as const, questionId })),
            ],
          },
        ],
      },
    ],
    questions: [...bank, ...checkIds].map(question),
    references: [{ id: 'ref', citation: 'A (2020). Title.' }],
    glossary: [],
  };
  return { ...draft, duration: estimateDuration(draft) };
}

const durationProblems = (list: ReturnType<typeof reviewCourse>['errors']) =>
  list.filter((p) => p.field === 'duration').map(formatProblem);

describe('course checks: duration and teaching share', () => {
  it('pass a 30–35 minute course that is mostly teaching', () => {
    // 5,000 words = 25 min; 2 checks + 8 drawn = 5 min; 30 min, 83% teaching
    const review = reviewCourse(course({ prose: 5000, checks: 2, drawn: 8 }));
    assert.deepEqual(durationProblems(review.errors), []);
    assert.deepEqual(durationProblems(review.warnings), []);
    assert.equal(review.duration.minutes, 30);
  });

  it('fail a course shorter than 30 minutes, naming course.yaml and the figures', () => {
    const review = reviewCourse(course({ prose: 4900, checks: 2, drawn: 8 }));
    assert.deepEqual(durationProblems(review.errors), [
      'module/course.yaml: duration: estimated 29.5 minutes (4900 prose words / 200 wpm + 0 figures × 0.5 min + 0 case decisions × 0.5 min + (2 checks + 8 assessment questions) × 0.5 min + 0 scenarios × 1 min + 0 reflections × 1 min = 24.5 + 0 + 0 + 5 + 0 + 0 = 29.5 min); it must be between 30 and 35',
    ]);
  });

  it('fail a course longer than 35 minutes', () => {
    const review = reviewCourse(course({ prose: 6100, checks: 2, drawn: 8 }));
    assert.match(
      durationProblems(review.errors).join('\n'),
      /estimated 35.5 minutes .*it must be between 30 and 35$/,
    );
  });

  it('fail a course whose questions take more than 40% of the time', () => {
    // 2,400 words = 12 min; 26 checks + 10 drawn = 18 min; 30 min, 40% teaching
    const review = reviewCourse(course({ prose: 2400, checks: 26, drawn: 10 }));
    assert.deepEqual(durationProblems(review.errors), [
      'module/course.yaml: duration: teaching is 40% of the estimated time (12 of 30 min; 26 checks and 10 assessment questions take 18 min); it must be at least 60%: add teaching (cases, figures, worked examples) or ask fewer questions',
    ]);
  });

  it('accept exactly 60% teaching', () => {
    // 3,600 words = 18 min; 14 checks + 10 drawn = 12 min; 30 min, 60%
    const review = reviewCourse(course({ prose: 3600, checks: 14, drawn: 10 }));
    assert.equal(review.duration.teachingShare, 0.6);
    assert.deepEqual(durationProblems(review.errors), []);
  });
});
