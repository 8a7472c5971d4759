import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import { fixtureCase } from '../components/pir-case/fixture-case.js';
import type { Course } from './course-schema.js';
import { loadStrings } from '../../tools/content/strings.js';
import { decodeProgress, encodeProgress } from '../machine/progress-codec.js';
import { validateProgress } from '../machine/progress-validation.js';
import { lessonQuestionIds, type Progress } from '../machine/progress.js';
import { correctResponse } from './answers.js';
import { completeCourse, splitCourse } from './course-parts-later.js';
import {
  FIRST_LESSONS,
  isFirstPartOnly,
  isLaterString,
  markFirstPartOnly,
  needsLaterPart,
} from './course-parts.js';

/** The mini course with a case and a figure in its last lesson, and the interface text, as the real course has. */
const course: Course = structuredClone<Course>({
  ...miniCourse,
  strings: loadStrings('module', 'en', []),
  lessons: miniCourse.lessons.map((lesson, i, all) =>
    i === all.length - 1
      ? { ...lesson, pages: [...lesson.pages, { id: 'p_case', title: 'A case', blocks: [fixtureCase] }] }
      : lesson,
  ),
});

/** The ids, types and graph the machine, the progress codec and its validation read at boot. */
function skeleton(value: unknown): unknown {
  const kept = ['type', 'id', 'questionId', 'questionIds', 'start', 'next', 'nodes', 'choices'];
  if (Array.isArray(value)) return value.map(skeleton);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => kept.includes(k))
        .map(([k, v]) => [k, skeleton(v)]),
    );
  return value;
}

/** A question as the progress codec reads it: id, type, and the ids of its lists in order. */
const questionSkeleton = (q: Course['questions'][number]) => ({
  id: q.id,
  type: q.type,
  ...Object.fromEntries(
    (['options', 'items', 'targets'] as const).flatMap((k) =>
      k in q ? [[k, (q as unknown as Record<string, Array<{ id: string }>>)[k].map((x) => x.id)]] : [],
    ),
  ),
});

const words = (value: unknown) => JSON.stringify(value).replace(/"[a-z]+":/gi, '');

describe('course parts', () => {
  const { first, later } = splitCourse(course);

  it('keeps every id, key and structure in the first part', () => {
    // Text blocks (text, callouts, figures, reveals) hold nothing the machine reads.
    const structural = (lessons: Course['lessons']) =>
      lessons.map((l) => ({
        ...l,
        pages: l.pages.map((p) => ({
          ...p,
          blocks: p.blocks.filter((b) => ['check', 'scenario', 'reflection', 'case'].includes(b.type)),
        })),
      }));
    assert.deepEqual(skeleton(structural(first.lessons)), skeleton(structural(course.lessons)));
    const bank = new Set(course.assessment.bank);
    assert.deepEqual(
      first.questions.map((q) => [q.id, q.type]),
      course.questions.map((q) => [q.id, q.type]),
    );
    assert.deepEqual(
      first.questions.filter((q) => bank.has(q.id)).map(questionSkeleton),
      course.questions.filter((q) => bank.has(q.id)).map(questionSkeleton),
      "an attempt's saved responses are read by their index in these lists",
    );
    assert.deepEqual(
      first.lessons.map((l) => [l.id, l.title, l.pages.map((p) => [p.id, p.title])]),
      course.lessons.map((l) => [l.id, l.title, l.pages.map((p) => [p.id, p.title])]),
      'the menu lists every lesson and page',
    );
    assert.deepEqual(first.assessment, course.assessment);
    assert.deepEqual(first.outcomes, course.outcomes, 'the welcome lists the outcomes');
  });

  it('sends the first lesson and its questions in full, and no text of the later lessons', () => {
    assert.deepEqual(first.lessons.slice(0, FIRST_LESSONS), course.lessons.slice(0, FIRST_LESSONS));
    const firstQuestions = new Set(
      JSON.stringify(course.lessons[0]).match(/"questionIds?":(\[[^\]]*\]|"[^"]+")/g) ?? [],
    );
    assert.ok(firstQuestions.size > 0, 'the first lesson has knowledge checks');
    for (const lesson of first.lessons.slice(FIRST_LESSONS))
      for (const page of lesson.pages) {
        const text = words(page.blocks);
        assert.doesNotMatch(text, /<p>|<svg|Ask open questions/, `${page.id} carries no text`);
      }
    const cited = new Set(first.questions.filter((q) => q.prompt).flatMap((q) => q.references));
    assert.ok(
      first.references.every((r) => cited.has(r.id)),
      'only references the first lesson cites',
    );
  });

  it('sends the interface text of the later screens in the later part only', () => {
    const all = Object.keys(course.strings ?? {});
    assert.ok(all.some(isLaterString) && all.some((k) => !isLaterString(k)), 'the fixture has both kinds');
    assert.deepEqual(
      Object.keys(first.strings ?? {}),
      all.filter((k) => !isLaterString(k)),
    );
    assert.deepEqual(Object.keys(later.strings), all.filter(isLaterString));
    assert.ok(
      Object.keys(first.strings ?? {}).every((k) => !/^(results|assessmentIntro|glossary)\./.test(k)),
    );
  });

  it('puts the later part in place, giving back the whole course, and keeps the first lesson as it was', () => {
    const running = structuredClone(first);
    markFirstPartOnly(running);
    assert.equal(isFirstPartOnly(running), true);
    const strings = running.strings;
    const lesson0 = running.lessons[0];
    const question0 = running.questions.find((q) => JSON.stringify(lesson0).includes(`"${q.id}"`));
    completeCourse(running, structuredClone(later));
    assert.equal(isFirstPartOnly(running), false);
    assert.deepEqual(running, course);
    assert.equal(running.strings, strings, 'the interface text is completed in place, where t() reads it');
    assert.equal(running.lessons[0], lesson0, 'the first lesson on screen is not replaced');
    assert.ok(question0 && running.questions.includes(question0), 'nor are its questions');
  });

  it('makes a first-lesson page wait for the later part only when it shows an element that comes later', () => {
    const running = structuredClone(first);
    markFirstPartOnly(running);
    const page = { screen: 'page', lesson: 0, page: 0 };
    assert.equal(needsLaterPart(running, page, 'page', 'course'), false);
    assert.equal(needsLaterPart(running, { screen: 'page', lesson: 1, page: 0 }, 'page', 'course'), true);
    assert.equal(needsLaterPart(running, { screen: 'assessment' }, 'assessmentIntro', 'course'), true);
    assert.equal(needsLaterPart(running, page, 'page', 'glossary'), true);
    running.lessons[0].pages[0].blocks.push({ type: 'reflection', id: 'r_new', prompt: 'Think' } as never);
    assert.equal(needsLaterPart(running, page, 'page', 'course'), true, 'a reflection comes later');
    const matching = course.questions.find((q) => q.type === 'matching');
    assert.ok(matching, 'the fixture has a matching question');
    const other = structuredClone(first);
    markFirstPartOnly(other);
    other.lessons[0].pages[0].blocks.push({ type: 'check', questionId: matching.id });
    assert.equal(needsLaterPart(other, page, 'page', 'course'), true, 'a matching question comes later');
  });

  it('restores and validates saved progress at boot from the first part as from the whole course', () => {
    const running = structuredClone(first);
    markFirstPartOnly(running);
    const bank = course.assessment.bank;
    const questions = bank.slice(0, 3).map((id) => course.questions.find((q) => q.id === id)!);
    const lastLesson = course.lessons.at(-1)!;
    const progress: Progress = {
      position: { screen: 'assessment' },
      visited: course.lessons.flatMap((l) => l.pages.map((p) => p.id)),
      checks: Object.fromEntries(
        course.lessons.flatMap(lessonQuestionIds).map((id) => [id, { correct: true }]),
      ),
      attempt: {
        number: 1,
        questionIds: questions.map((q) => q.id),
        answers: [true, true],
        responses: questions.slice(0, 2).map(correctResponse),
      },
      results: [],
      cases: { [fixtureCase.id]: [fixtureCase.nodes[0].choices![0].id] },
    };
    assert.ok(lastLesson.pages.some((p) => p.blocks.some((b) => b.type === 'case')));
    const saved = encodeProgress(course, progress);
    assert.equal(encodeProgress(running, progress), saved, 'the first part saves the same record');
    const restored = decodeProgress(running, saved);
    assert.deepEqual(restored, decodeProgress(course, saved));
    assert.equal(restored.dropped, false);
    assert.deepEqual(restored.progress.attempt?.responses, progress.attempt?.responses);
    assert.deepEqual(validateProgress(running, restored.progress, { sameVersion: true }), []);
  });
});
