/**
 * The real course (build/course.json) played from its first part only, as the package plays it
 * before course-later.js arrives: the welcome and the first lesson work with the first part's
 * interface text alone (t() throws on a text it does not have, so a later screen's text asked for
 * too early fails here), the later screens wait with "Loading…", and once the later part is in
 * place they render with their own text.
 */
import { expect } from '@open-wc/testing';
import type { Course } from '../content/course-schema.js';
import { isLaterString, markFirstPartOnly } from '../content/course-parts.js';
import { completeCourse, splitCourse } from '../content/course-parts-later.js';
import { setStrings } from '../content/strings.js';
import { deep, deepAll } from '../components/test-helpers.js';
import { answerPage, clickButton, mount, screen, settled, type Mounted } from './test-course-app.js';

let whole: Course;
before(async () => {
  const res = await fetch('/build/course.json');
  expect(res.ok, 'build/course.json exists (npm run build)').to.be.true;
  whole = (await res.json()) as Course;
});

/** Errors thrown while rendering (Lit reports them as unhandled rejections or errors). */
function collectErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const text = (m: Mounted) =>
  deepAll(m.app, 'h1, h2, p, button, a')
    .map((el) => el.textContent ?? '')
    .join(' ');

describe('the real course from its first part only', () => {
  it('plays the welcome and the first lesson with only the first part, and the later screens once it arrives', async () => {
    const { first, later } = splitCourse(structuredClone(whole));
    expect(Object.keys(first.strings ?? {}).some(isLaterString), 'no later text in the first part').to.be
      .false;
    markFirstPartOnly(first);
    // Only what course.js carries: the package installs the first part's text at start.
    setStrings(first.strings!, first.language);
    const caught = collectErrors();
    try {
      const m = await mount(first);
      expect(screen(m)).to.equal('welcome');
      await clickButton(m, /Start the course/);
      expect(screen(m)).to.equal('page');
      const lesson = first.lessons[0];
      for (const page of lesson.pages) {
        expect(deep(m.app, 'pir-lesson-page').textContent ?? '').to.not.equal(null);
        await answerPage(m);
        await settled();
        expect(caught.errors, `no error on ${page.id}`).to.deep.equal([]);
        await clickButton(m, /^\s*Next/);
      }
      // The second lesson waits for the later part, and so do the glossary and the assessment.
      expect(screen(m)).to.equal('page');
      expect(text(m)).to.match(/Loading the rest of the course/);
      expect(deepAll(m.app, 'pir-lesson-page')).to.have.length(0);

      completeCourse(first, later);
      m.app.requestUpdate();
      await settled();
      expect(deepAll(m.app, 'pir-lesson-page')).to.have.length(1);
      expect(text(m)).to.not.match(/Loading the rest of the course/);
      expect(caught.errors).to.deep.equal([]);
    } finally {
      caught.stop();
    }
  });
});
