/**
 * End to end, in Debian Chromium: the preview LMS runs the built packages; a learner takes the
 * course with the keyboard, the page is reloaded midway and the attempt resumes, the course is
 * finished, and the records view and the CSV are checked, for SCORM 1.2 and 2004. Needs
 * `npm run build` first (npm test runs it).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { Course } from '../src/content/course-schema.js';
import { parseCsv } from './csv.js';
import { courseFrame, KeyboardLearner, startPreviewRun, waitFor, type PreviewRun } from './e2e-kit.js';
import { startPreview, type PreviewServer } from './preview-server.js';
import type { Standard } from './cmi.js';

const FORWARD = [
  /^Start the course/,
  /^Continue where you left off/,
  /^Start the assessment/,
  /^Go to the assessment/,
  /^Next\b/,
];
const COMPLETED = 'View your record of completion';

let preview: PreviewServer;
let browser: Browser;
let dataDir: string;
let course: Course;

let run: PreviewRun | undefined;
before(async () => {
  run = await startPreviewRun('preview-e2e-');
  ({ preview, browser, course, dataDir } = run);
});
after(() => run?.close());

/** A page that records page errors and failed requests. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // tsx compiles the callbacks given to evaluate() with esbuild's keepNames helper; define it in
  // every frame so those callbacks run there.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  const problems: string[] = [];
  page.on('pageerror', (error) =>
    problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

const checkCount = (c: Course) =>
  c.lessons.flatMap((l) =>
    l.pages.flatMap((p) =>
      p.blocks.flatMap((b) =>
        b.type === 'check' ? [b.questionId] : b.type === 'scenario' ? b.questionIds : [],
      ),
    ),
  ).length;

const launchStatus = (page: Page) =>
  page.$eval('#status', (e) => ({
    entry: (e as HTMLElement).dataset['entry'] ?? '',
    attempt: (e as HTMLElement).dataset['attempt'] ?? '',
  }));

for (const [standard, learnerId, learnerName] of [
  ['scorm2004', 'hv_asha', 'Patel, Asha'],
  ['scorm12', 'hv_sam', 'Jones, Sam'],
] as Array<[Standard, string, string]>) {
  describe(`${standard}: a learner takes the course in the preview LMS`, () => {
    it('completes it with the keyboard, resuming after a reload midway, and the records show it', async () => {
      const { page, problems } = await openPage();
      await page.goto(`${preview.url}?learner=${learnerId}&standard=${standard}`);
      let frame = await courseFrame(page);
      const first = await waitFor(async () => {
        const s = await launchStatus(page);
        return s.attempt ? s : undefined;
      }, 'the launch');
      assert.equal(first.entry, 'ab-initio');
      const attemptId = Number(first.attempt);
      const learner = new KeyboardLearner(page, frame, course.questions);

      // Tab from the LMS page into the course, then half the knowledge checks.
      await learner.tabTo(() => true, 'the course');
      const half = Math.ceil(checkCount(course) / 2);
      await learner.walk(() => learner.answered.length >= half, FORWARD);
      assert.equal(learner.answered.length, half);

      // Wait until the LMS holds every answer so far, then reload the whole browser page.
      const saved = await waitFor(() => {
        const a = preview.store.attempt(attemptId);
        const count = Object.keys((a.cmi['interactions'] ?? {}) as object).length;
        return count >= half ? a : undefined;
      }, 'the answers to reach the LMS');
      const progressBefore = await frame.evaluate(
        () =>
          document
            .querySelector('pir-course-app')
            ?.shadowRoot?.querySelector('pir-progress')
            ?.shadowRoot?.textContent?.replace(/\s+/g, ' ')
            .trim() ?? '',
      );
      await page.reload();
      frame = await courseFrame(page);
      learner.frame = frame;
      const resumed = await waitFor(async () => {
        const s = await launchStatus(page);
        return s.attempt ? s : undefined;
      }, 'the relaunch');
      assert.deepEqual(
        resumed,
        { entry: 'resume', attempt: String(attemptId) },
        'same attempt, entry=resume',
      );
      const api = standard === 'scorm12' ? 'API' : 'API_1484_11';
      const restored = await frame.evaluate(
        (name, s) => {
          const lms = (
            window.parent as unknown as Record<
              string,
              { renderCMIToJSONObject: () => { cmi: Record<string, unknown> } }
            >
          )[name];
          const cmi = lms?.renderCMIToJSONObject().cmi ?? {};
          const core = (cmi['core'] ?? {}) as Record<string, unknown>;
          return s === 'scorm12'
            ? { entry: core['entry'], location: core['lesson_location'], suspend: cmi['suspend_data'] }
            : { entry: cmi['entry'], location: cmi['location'], suspend: cmi['suspend_data'] };
        },
        api,
        standard,
      );
      const savedCore = (saved.cmi['core'] ?? {}) as Record<string, unknown>;
      assert.equal(restored.entry, 'resume');
      assert.ok(restored.suspend, 'suspend_data came back');
      assert.ok(restored.location, 'location came back');
      assert.equal(
        restored.location,
        standard === 'scorm12' ? savedCore['lesson_location'] : saved.cmi['location'],
      );
      const progressAfter = await waitFor(
        () =>
          frame.evaluate(
            () =>
              document
                .querySelector('pir-course-app')
                ?.shadowRoot?.querySelector('pir-progress')
                ?.shadowRoot?.textContent?.replace(/\s+/g, ' ')
                .trim() ?? '',
          ),
        'the progress bar',
      );
      assert.equal(progressAfter, progressBefore, 'the course shows the same progress after the reload');

      // The rest of the course, the assessment, then Exit → Save and exit (Terminate).
      await learner.tabTo(() => true, 'the course');
      await learner.walk(async () => (await learner.buttons()).includes(COMPLETED), FORWARD);
      assert.ok(
        (await learner.buttons()).includes(COMPLETED),
        `the course reached its record of completion; buttons: ${(await learner.buttons()).join(' | ')}; answered ${learner.answered.join(',')}`,
      );
      await learner.press('Exit');
      await learner.press('Save and exit');
      const final = await waitFor(() => {
        const a = preview.store.attempt(attemptId);
        return a.sessions === 2 && a.commits > 0 && a.totalSeconds > 0 ? a : undefined;
      }, 'the terminate commit');

      const drawn = course.assessment.drawSize;
      const expectedInteractions = checkCount(course) + drawn;
      const interactions = Object.keys((final.cmi['interactions'] ?? {}) as object).length;
      assert.equal(interactions, expectedInteractions, 'every check and assessment answer is an interaction');

      // The records view.
      await page.goto(`${preview.url}records`);
      const section = await page.$eval(`section.attempt[data-attempt="${attemptId}"]`, (s) => ({
        heading: s.querySelector('h2')?.textContent ?? '',
        facts: Object.fromEntries(
          [...s.querySelectorAll('dd')].map((dd) => [dd.dataset['field'] ?? '', dd.textContent ?? '']),
        ),
        rows: [...s.querySelectorAll<HTMLElement>('table.interactions tbody tr')].map(
          (tr): Record<string, string> => ({
            id: tr.dataset['id'] ?? '',
            ...Object.fromEntries(
              [...tr.querySelectorAll<HTMLElement>('td')].map((td) => [
                td.dataset['field'] ?? '',
                td.textContent ?? '',
              ]),
            ),
            question: tr.querySelector('.question-text')?.textContent ?? '',
          }),
        ),
      }));
      assert.match(section.heading, new RegExp(`${learnerName}.*attempt 1`));
      assert.equal(section.facts['Status'], standard === 'scorm12' ? 'passed' : 'completed');
      assert.equal(section.facts['Success'], 'passed');
      assert.equal(section.facts['Score'], '100%');
      assert.equal(section.facts['Assessment attempts'], '1: passed 100%');
      assert.equal(section.facts['Content version'], course.version);
      assert.match(section.facts['Total time'] ?? '', /^(\d+ h )?(\d+ min )?\d+ s$|^\d+ (h|min)( \d+ min)?$/);
      assert.match(
        section.facts['Total time (CMI)'] ?? '',
        standard === 'scorm12' ? /^\d{2,4}:\d{2}:\d{2}\.\d{2}$/ : /^PT/,
      );
      assert.match(section.facts['Completed at'] ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      assert.match(section.facts['Passed at'] ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      assert.equal(section.facts['Sessions / commits']?.split(' / ')[0], '2');
      assert.equal(section.rows.length, expectedInteractions);
      const prompts = new Map(course.questions.map((q) => [q.id, q.prompt]));
      const bank = new Set(course.assessment.bank);
      for (const row of section.rows) {
        const { id = '', question = '', response, correct, result, kind } = row;
        const qid = learner.answered.find((a) => id.startsWith(`${a}_`));
        assert.ok(qid, `interaction ${id} belongs to a question answered in the walk`);
        assert.equal(question, prompts.get(qid), `the full question text for ${id}`);
        assert.equal(
          kind,
          bank.has(qid) && /_a\d+$/.test(id) ? 'Assessment, attempt 1' : 'Practice check',
          id,
        );
        assert.equal(result, 'correct');
        assert.equal(response, correct);
        assert.doesNotMatch(response ?? '', /^CMI /, `the answer to ${id} is shown in words`);
      }
      // The CSV export.
      const csv = await page.evaluate(async () => (await fetch('/records.csv')).text());
      const rows = parseCsv(csv);
      const header = rows[0] ?? [];
      const mine = rows
        .slice(1)
        .filter(
          (r) => r[header.indexOf('learner_id')] === learnerId && r[header.indexOf('standard')] === standard,
        );
      assert.equal(mine.length, expectedInteractions);
      for (const r of mine) {
        assert.equal(r.length, header.length);
        assert.equal(r[header.indexOf('learner_name')], learnerName);
        assert.equal(r[header.indexOf('success')], 'passed');
        assert.equal(r[header.indexOf('result')], 'correct');
        assert.ok(r[header.indexOf('question')], 'every row names its question');
        assert.ok(r[header.indexOf('first_access')] && r[header.indexOf('last_access')]);
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

describe('cross-origin mode (course and runtime frame served from the second port)', () => {
  it('stores commits across origins and resumes after a reload', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${preview.url}?learner=hv_chidi&standard=scorm2004&cross=1`);
    const frame = await courseFrame(page);
    assert.equal(new URL(frame.url()).origin, preview.contentOrigin);
    const status = await waitFor(async () => {
      const s = await launchStatus(page);
      return s.attempt ? s : undefined;
    }, 'the launch');
    const learner = new KeyboardLearner(page, frame, course.questions);
    await learner.tabTo(() => true, 'the course');
    await learner.walk(() => learner.answered.length >= 1, FORWARD);
    await waitFor(
      () =>
        Object.keys((preview.store.attempt(Number(status.attempt)).cmi['interactions'] ?? {}) as object)
          .length >= 1,
      'a cross-origin commit',
    );
    // The live CMI panel gets the runtime frame's data across origins.
    await waitFor(
      () => page.$eval('#cmi', (e) => (e.textContent ?? '').includes('"learner_id": "hv_chidi"')),
      'the live CMI view',
    );
    await page.reload();
    const again = await courseFrame(page);
    assert.equal(new URL(again.url()).origin, preview.contentOrigin);
    const resumed = await waitFor(async () => {
      const s = await launchStatus(page);
      return s.attempt ? s : undefined;
    }, 'the relaunch');
    assert.deepEqual(resumed, { entry: 'resume', attempt: status.attempt });

    // Reset from the LMS page: the record stays (marked reset) and a new attempt starts afresh.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.focus('#reset');
    await page.keyboard.press('Enter');
    const fresh = await waitFor(async () => {
      const s = await launchStatus(page);
      return s.attempt && s.attempt !== status.attempt ? s : undefined;
    }, 'a new attempt after the reset');
    assert.equal(fresh.entry, 'ab-initio');
    assert.equal(preview.store.attempt(Number(status.attempt)).state, 'reset');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('course.js served wrongly (for the failed-load message)', () => {
  for (const fault of ['octet-stream', 'missing'] as const) {
    it(`${fault}: Chromium refuses or misses the course script, so the course cannot start`, async () => {
      const faulty = await startPreview({
        port: 0,
        contentPort: 0,
        dataDir: join(dataDir, fault),
        courseScript: fault,
      });
      const page = await browser.newPage();
      try {
        const failures: string[] = [];
        page.on('console', (message) => failures.push(message.text()));
        page.on('response', (response) => {
          if (response.url().endsWith('/course.js')) failures.push(`HTTP ${response.status()}`);
        });
        await page.goto(`${faulty.url}?learner=hv_asha&standard=scorm2004`);
        // The browser says why: a module script with a non-JavaScript type, or a 404.
        await waitFor(
          () =>
            failures.find((text) =>
              fault === 'octet-stream'
                ? /Expected a JavaScript.*MIME type of "application\/octet-stream"/.test(text)
                : text === 'HTTP 404',
            ),
          `the browser to report course.js as ${fault}`,
        );
      } finally {
        await page.close();
        await faulty.close();
      }
    });
  }
});
