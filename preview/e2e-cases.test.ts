/**
 * End to end, in Debian Chromium: a learner plays a branching case in the preview LMS with the
 * keyboard, the page is reloaded mid-case, and the case resumes at the same decision, for SCORM
 * 1.2 and 2004. (Both cases played to their ends, with no interaction recorded for them, are part of
 * the whole-course journey in e2e.test.ts.) Needs `npm run build` first (npm test runs it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { Course } from '../src/content/course-schema.js';
import { courseFrame, KeyboardLearner, startPreviewRun, waitFor, type PreviewRun } from './e2e-kit.js';
import type { PreviewServer } from './preview-server.js';
import type { Standard } from './cmi.js';

const FORWARD = [/^Start the course/, /^Continue where you left off/, /^Next\b/];

let preview: PreviewServer;
let browser: Browser;
let course: Course;

let run: PreviewRun | undefined;
before(async () => {
  run = await startPreviewRun('preview-e2e-cases-');
  ({ preview, browser, course } = run);
});
after(() => run?.close());

const launchAttempt = (page: Page) =>
  waitFor(async () => {
    const attempt = await page.$eval('#status', (e) => (e as HTMLElement).dataset['attempt'] ?? '');
    return attempt ? Number(attempt) : undefined;
  }, 'the launch');

// Learners of the preview's roster; this file keeps its own records, apart from e2e.test.ts.
for (const [standard, learnerId] of [
  ['scorm2004', 'hv_asha'],
  ['scorm12', 'hv_sam'],
] as Array<[Standard, string]>) {
  describe(`${standard}: a branching case in the preview LMS`, () => {
    it('resumes mid-case after a reload, then plays on to its debrief, recording no interaction', async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
      await page.goto(`${preview.url}?learner=${learnerId}&standard=${standard}`);
      let frame = await courseFrame(page);
      const attemptId = await launchAttempt(page);
      const learner = new KeyboardLearner(page, frame, course.questions);
      await learner.tabTo(() => true, 'the course');

      // On to the first case, and two decisions into it.
      const twoIn = async () => Object.values(await learner.casePaths()).some((p) => p.length >= 2);
      await learner.walk(twoIn, FORWARD);
      const [caseId, path] = Object.entries(await learner.casePaths()).find(([, p]) => p.length >= 2)!;
      const block = course.lessons
        .flatMap((l) => l.pages.flatMap((p) => p.blocks))
        .find((b) => b.type === 'case' && b.id === caseId);
      assert.ok(block?.type === 'case', `${caseId} is a case of the course`);

      // The LMS holds the path (one character per decision), then the whole page is reloaded.
      await waitFor(() => {
        const cmi = preview.store.attempt(attemptId).cmi as Record<string, unknown>;
        const saved = typeof cmi['suspend_data'] === 'string' ? cmi['suspend_data'] : '';
        return new RegExp(`"g":"[^"]*${caseId}:[0-9a-z]{2}\\b`).test(saved) ? saved : undefined;
      }, 'the case path to reach the LMS');
      await page.reload();
      frame = await courseFrame(page);
      learner.frame = frame;
      assert.equal(await launchAttempt(page), attemptId, 'the same attempt resumes');
      await learner.tabTo(() => true, 'the course');
      await learner.press('Continue where you left off');
      const resumed = await waitFor(
        async () => (await learner.casePaths())[caseId],
        'the case after the reload',
      );
      assert.deepEqual(resumed, path, 'the case resumes at the same decision');
      const transcript = await frame.evaluate(() => {
        const find = (root: Document | ShadowRoot): string => {
          for (const n of root.querySelectorAll('*')) {
            if (n.tagName === 'PIR-CASE')
              return n.shadowRoot?.querySelector('.transcript')?.textContent ?? '';
            if (n.shadowRoot) {
              const t = find(n.shadowRoot);
              if (t) return t;
            }
          }
          return '';
        };
        return find(document);
      });
      const firstChoice = block.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === path[0])!;
      assert.ok(
        transcript.includes(firstChoice.text),
        'the transcript shows the choices made before the reload',
      );

      // On to the end of the case: its debrief, and the LMS hears no interaction for it.
      await learner.walk(async () => !(await learner.caseOnScreen()), []);
      const ended = (await learner.casePaths())[caseId] ?? [];
      assert.ok(ended.length > path.length, `played on from ${path.length} decisions to ${ended.length}`);
      await waitFor(() => {
        const cmi = preview.store.attempt(attemptId).cmi as Record<string, unknown>;
        const saved = typeof cmi['suspend_data'] === 'string' ? cmi['suspend_data'] : '';
        return saved.includes(`${caseId}!`) ? saved : undefined;
      }, 'the finished case to reach the LMS');
      // Every interaction is a knowledge check the learner answered: none is the case. (An answer the
      // LMS took at the reload without confirming it is sent again after the relaunch, with a slot
      // number in its id in SCORM 1.2: resending beats losing it.)
      const interactions = Object.values(
        (preview.store.attempt(attemptId).cmi['interactions'] ?? {}) as Record<string, { id?: string }>,
      );
      const questions = new Set(interactions.map((i) => String(i.id).replace(/_k\d*$/, '')));
      assert.deepEqual(
        [...questions].sort(),
        [...new Set(learner.answered)].sort(),
        'only the knowledge checks are interactions',
      );
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}
