import { expect } from '@open-wc/testing';
import type { Course } from '../content/course-schema.js';
import { miniCourse } from './fixtures/mini-course.js';
import { completeLessons, startCourseActor, takeAttempt } from './machine-test-kit.js';
import type { Progress } from './progress.js';
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
    // The draw with the longest ids, in progress with all but one answered, after every other attempt failed.
    const longestDraw = [...real.assessment.bank]
      .sort((a, b) => b.length - a.length)
      .slice(0, real.assessment.drawSize);
    const { drawSize, maxAttempts } = real.assessment;
    const worst: Progress = {
      position: { screen: 'page', lesson: lessonOf, page: real.lessons[lessonOf].pages.indexOf(longestPage) },
      visited: pages.map((p) => p.id),
      checks: Object.fromEntries(checkIds.map((id, i) => [id, { correct: i % 2 === 0 }])),
      attempt: {
        number: maxAttempts,
        questionIds: longestDraw,
        answers: longestDraw.slice(1).map(() => true),
      },
      results: Array.from({ length: maxAttempts - 1 }, (_, i) => ({
        number: i + 1,
        correct: drawSize - 1,
        total: drawSize,
        scaled: (drawSize - 1) / drawSize,
        passed: false,
      })),
      completedAt: 4102444800000,
    };
    const text = encodeProgress(real, worst);
    expect(text.length).to.be.below(1000);
    expect(plain(decodeProgress(real, text).progress)).to.deep.equal(plain(worst));
  });
});
