import { expect } from '@open-wc/testing';
import { correctResponse, type Response } from '../content/answers.js';
import { longestCasePath } from '../content/case-path.js';
import type { Course, Question } from '../content/course-schema.js';
import { miniCourse } from './fixtures/mini-course.js';
import { completeLessons, startCourseActor, takeAttempt } from './machine-test-kit.js';
import { courseCases, questionById, type Progress } from './progress.js';
import { decodeProgress, encodeProgress, SavedProgressError } from './progress-codec.js';

const course = miniCourse;
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function progressAfterFailedAttemptAndRetry(): Progress {
  const { actor } = startCourseActor({ course });
  completeLessons(actor, course);
  takeAttempt(actor, course, [false, false, true], 1);
  takeAttempt(actor, course, [true], 2);
  return actor.getSnapshot().context.progress;
}

describe('progress codec (suspend_data)', () => {
  it('is compact ASCII JSON carrying the format and content versions', () => {
    const text = encodeProgress(course, progressAfterFailedAttemptAndRetry());
    expect(text).to.match(/^[\x20-\x7e]+$/);
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw.f).to.equal(1);
    expect(raw.v).to.equal('1.0.0');
    expect(raw.p).to.equal('@a');
    expect(raw.h).to.equal('1/3f');
    expect(raw.s).to.equal('one_a.one_b.two_a.two_b');
  });

  it('restores exactly the progress it was made from', () => {
    const progress = progressAfterFailedAttemptAndRetry();
    const decoded = decodeProgress(course, encodeProgress(course, progress));
    expect(plain(decoded.progress)).to.deep.equal(plain(progress));
    expect(decoded.dropped).to.be.false;
    expect(decoded.version).to.equal('1.0.0');
  });

  it('keeps what still exists and drops the rest when the content has changed', () => {
    const progress = progressAfterFailedAttemptAndRetry();
    const text = encodeProgress(course, progress);
    const attempt = progress.attempt!;
    const removedQuestion = attempt.questionIds[0];
    const updated: Course = {
      ...course,
      version: '1.1.0',
      lessons: course.lessons.map((l) => ({ ...l, pages: l.pages.filter((p) => p.id !== 'one_b') })),
      questions: course.questions.filter((q) => q.id !== 'k_single' && q.id !== removedQuestion),
      assessment: {
        ...course.assessment,
        bank: course.assessment.bank.filter((id) => id !== removedQuestion),
      },
    };
    const decoded = decodeProgress(updated, text);
    expect(decoded.dropped).to.be.true;
    expect(decoded.version).to.equal('1.0.0');
    expect(decoded.progress.visited).to.deep.equal(['one_a', 'two_a', 'two_b']);
    expect(decoded.progress.checks).to.not.have.property('k_single');
    expect(decoded.progress.checks).to.have.property('k_truefalse');
    expect(decoded.progress.attempt!.questionIds).to.deep.equal(attempt.questionIds.slice(1));
    expect(decoded.progress.attempt!.answers).to.deep.equal(attempt.answers.slice(1));
    expect(decoded.progress.results).to.deep.equal(progress.results);
  });

  it('sets aside an attempt in progress whose unanswered questions were all removed', () => {
    const { actor } = startCourseActor({ course });
    completeLessons(actor, course);
    takeAttempt(actor, course, [true, false], 4);
    const progress = actor.getSnapshot().context.progress;
    const last = progress.attempt!.questionIds[2];
    const updated: Course = {
      ...course,
      version: '2.0.0',
      questions: course.questions.filter((q) => q.id !== last),
      assessment: { ...course.assessment, bank: course.assessment.bank.filter((id) => id !== last) },
    };
    const decoded = decodeProgress(updated, encodeProgress(course, progress));
    expect(decoded.progress.attempt).to.equal(undefined);
    expect(decoded.dropped).to.be.true;
  });

  it('falls back to the first page when the saved page no longer exists', () => {
    const text = encodeProgress(course, {
      position: { screen: 'page', lesson: 1, page: 1 },
      visited: ['two_b'],
      checks: {},
      results: [],
    });
    const updated: Course = {
      ...course,
      lessons: course.lessons.map((l) => ({ ...l, pages: l.pages.filter((p) => p.id !== 'two_b') })),
    };
    const decoded = decodeProgress(updated, text);
    expect(decoded.progress.position).to.deep.equal({ screen: 'page', lesson: 0, page: 0 });
    expect(decoded.dropped).to.be.true;
  });

  const bad: Array<[string, string, 'corrupted' | 'unsupported']> = [
    ['not JSON', 'hello', 'corrupted'],
    ['empty object', '{}', 'unsupported'],
    ['an array', '[1,2]', 'corrupted'],
    ['a future format', '{"f":2,"v":"9.0.0"}', 'unsupported'],
    ['missing fields', '{"f":1,"v":"1.0.0"}', 'corrupted'],
    ['markup in an id list', '{"f":1,"v":"1","p":"","s":"<img>","k":"","x":""}', 'corrupted'],
    [
      'a malformed attempt',
      '{"f":1,"v":"1","p":"","s":"","k":"","x":"","a":{"n":1,"q":"a","r":"yes"}}',
      'corrupted',
    ],
    [
      'an attempt numbered 0',
      '{"f":1,"v":"1","p":"","s":"","k":"","x":"","a":{"n":0,"q":"a","r":""}}',
      'corrupted',
    ],
    ['malformed results', '{"f":1,"v":"1","p":"","s":"","k":"","x":"","h":"lots"}', 'corrupted'],
    ['a bad completion time', '{"f":1,"v":"1","p":"","s":"","k":"","x":"","c":-5}', 'corrupted'],
  ];
  for (const [name, text, reason] of bad) {
    it(`refuses ${name} with a typed error (${reason})`, () => {
      expect(() => decodeProgress(course, text))
        .to.throw(SavedProgressError)
        .with.property('reason', reason);
    });
  }

  it('refuses every truncation of real saved progress', () => {
    const text = encodeProgress(course, progressAfterFailedAttemptAndRetry());
    for (let cut = 1; cut < text.length; cut++) {
      expect(() => decodeProgress(course, text.slice(0, cut)), `cut at ${cut}`).to.throw(SavedProgressError);
    }
  });
});

/** The longest response a question can have: every option, every item matched or ordered. */
function longestResponse(q: Question): Response {
  if (q.type === 'multiple') return { type: 'multiple', optionIds: q.options.map((o) => o.id) };
  return correctResponse(q);
}
/** Characters a drawn question costs at most: its id and its longest response. */
const weight = (q: Question): number =>
  q.id.length +
  (q.type === 'multiple'
    ? q.options.length
    : q.type === 'matching' || q.type === 'ordering'
      ? q.items.length
      : 1);

describe('progress codec with the real course', () => {
  it('stays under 1,000 characters at its largest possible state', async () => {
    const response = await fetch('/build/course.json');
    expect(response.ok, 'build/course.json exists (npm run build)').to.be.true;
    const real = (await response.json()) as Course;
    const pages = real.lessons.flatMap((l) => l.pages);
    const longestPage = [...pages].sort((a, b) => b.id.length - a.id.length)[0];
    const lessonOf = real.lessons.findIndex((l) => l.pages.includes(longestPage));
    const checkIds = real.lessons.flatMap((l) =>
      l.pages.flatMap((p) =>
        p.blocks.flatMap((b) =>
          b.type === 'check' ? [b.questionId] : b.type === 'scenario' ? b.questionIds : [],
        ),
      ),
    );
    // The draw whose ids and longest responses are longest, in progress with all but one answered,
    // after every other attempt failed on questions of the next-longest ids (a resit draws unseen ones).
    const { drawSize, maxAttempts } = real.assessment;
    const bank = real.assessment.bank.map((id) => questionById(real, id)!);
    const longestDraw = [...bank]
      .sort((a, b) => weight(b) - weight(a))
      .slice(0, drawSize)
      .map((q) => q.id);
    const earlier = new Set(
      bank
        .map((q) => q.id)
        .filter((id) => !longestDraw.includes(id))
        .slice(0, (maxAttempts - 1) * drawSize),
    );
    // Kept in bank order, as the machine keeps it (saved as a bit set over the bank).
    const seen = real.assessment.bank.filter((id) => earlier.has(id));
    // Both cases at their longest paths.
    const cases = courseCases(real);
    expect(cases.length, 'the real course has its two cases').to.equal(2);
    const worst: Progress = {
      position: { screen: 'page', lesson: lessonOf, page: real.lessons[lessonOf].pages.indexOf(longestPage) },
      visited: pages.map((p) => p.id),
      checks: Object.fromEntries(checkIds.map((id, i) => [id, { correct: i % 2 === 0 }])),
      attempt: {
        number: maxAttempts,
        questionIds: longestDraw,
        answers: longestDraw.slice(1).map(() => true),
        responses: longestDraw.slice(0, -1).map((id) => longestResponse(questionById(real, id)!)),
      },
      results: Array.from({ length: maxAttempts - 1 }, (_, i) => ({
        number: i + 1,
        correct: drawSize - 1,
        total: drawSize,
        scaled: (drawSize - 1) / drawSize,
        passed: false,
      })),
      completedAt: 4102444800000,
      cases: Object.fromEntries(cases.map(({ block }) => [block.id, longestCasePath(block)])),
      finishedCases: cases.map(({ block }) => block.id),
      seen,
    };
    const text = encodeProgress(real, worst);
    expect(text.length).to.be.below(1000);
    expect(worst.cases!.case_amara.length + worst.cases!.case_dan.length).to.be.at.least(8);
    console.log(`Worst-case suspend_data of the real course: ${text.length} characters`);
    expect(plain(decodeProgress(real, text).progress)).to.deep.equal(plain(worst));
  });
});
