import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import { fixtureCase } from '../components/pir-case/fixture-case.js';
import type { Course } from './course-schema.js';
import {
  completeCourse,
  FIRST_LESSONS,
  isFirstPartOnly,
  markFirstPartOnly,
  splitCourse,
} from './course-parts.js';

/** The mini course with a case and a figure in its last lesson, as the real course has. */
const course: Course = structuredClone<Course>({
  ...miniCourse,
  lessons: miniCourse.lessons.map((lesson, i, all) =>
    i === all.length - 1
      ? { ...lesson, pages: [...lesson.pages, { id: 'p_case', title: 'A case', blocks: [fixtureCase] }] }
      : lesson,
  ),
});

/** Every id, key and type in a value, in order: what the machine and the LMS layer read. */
function skeleton(value: unknown, key = ''): unknown {
  const kept = [
    'type',
    'id',
    'questionId',
    'questionIds',
    'start',
    'next',
    'quality',
    'correct',
    'outcomes',
    'references',
  ];
  if (typeof value === 'string') return kept.includes(key) ? value : typeof value;
  if (Array.isArray(value)) return value.map((v) => skeleton(v, key));
  if (value && typeof value === 'object') {
    if (key === 'feedback') return Object.keys(value);
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'correct' ? v : skeleton(v, k)]),
    );
  }
  return value;
}

const words = (value: unknown) => JSON.stringify(value).replace(/"[a-z]+":/gi, '');

describe('course parts', () => {
  const { first, later } = splitCourse(course);

  it('keeps every id, key and structure in the first part', () => {
    assert.deepEqual(skeleton(first.lessons), skeleton(course.lessons));
    assert.deepEqual(skeleton(first.questions), skeleton(course.questions));
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

  it('puts the later part in place, giving back the whole course, and keeps the first lesson as it was', () => {
    const running = structuredClone(first);
    markFirstPartOnly(running);
    assert.equal(isFirstPartOnly(running), true);
    const lesson0 = running.lessons[0];
    const question0 = running.questions.find((q) => JSON.stringify(lesson0).includes(`"${q.id}"`));
    completeCourse(running, structuredClone(later));
    assert.equal(isFirstPartOnly(running), false);
    assert.deepEqual(running, course);
    assert.equal(running.lessons[0], lesson0, 'the first lesson on screen is not replaced');
    assert.ok(question0 && running.questions.includes(question0), 'nor are its questions');
  });
});
