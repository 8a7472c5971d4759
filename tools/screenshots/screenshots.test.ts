/**
 * Screenshot test: loads the built SCORM 2004 package in a fake LMS page (a real scorm-again API),
 * walks the course in headless Chromium, and at each screen checks every viewport for sideways
 * scrolling before saving build/screenshots/<screen>-<w>x<h>.png. It also fails on any request
 * that leaves 127.0.0.1, any page error and any failed request.
 *
 * Run `npm run build` first. `PIR_SCREENSHOTS_DEV=1` serves a development bundle of the interface
 * (no LMS layer) instead of the package, for looking at the interface before the package builds.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { build } from 'esbuild';
import { compileCourse } from '../content/compile-course.js';
import { startServer, type Overrides } from './server.js';
import type { Server } from 'node:http';

const VIEWPORTS: Array<[number, number]> = [
  [360, 640],
  [768, 1024],
  [1366, 768],
];
/**
 * Checked for reflow but not saved: 320 CSS px (WCAG 1.4.10) and 683 × 384, which is what a
 * 1366 × 768 laptop shows at 200 % zoom.
 */
const REFLOW_ONLY: Array<[number, number]> = [
  [320, 640],
  [683, 384],
];
const OUT = 'build/screenshots';
const DEV = process.env['PIR_SCREENSHOTS_DEV'] === '1';

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
let frame: Frame;
const foreign: string[] = [];
const failures: string[] = [];
/** Every request the page makes, and how many had been made once course-later.js was in. */
const requests: string[] = [];
let requestsWhenLoaded = 0;
const saved: string[] = [];

async function devOverrides(): Promise<Overrides> {
  const course = existsSync('build/course.json')
    ? readFileSync('build/course.json', 'utf8')
    : JSON.stringify(compileCourse('module'));
  const title = (JSON.parse(course) as { title: string }).title;
  const bundle = await build({
    entryPoints: ['tools/screenshots/dev-entry.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    conditions: ['browser'],
  });
  const html = readFileSync('src/index.html', 'utf8').replace('%TITLE%', title);
  return new Map([
    ['/sco/index.html', { body: html, type: 'text/html; charset=utf-8' }],
    ['/sco/course.js', { body: bundle.outputFiles[0]?.text ?? '', type: 'text/javascript; charset=utf-8' }],
    ['/sco/course.json', { body: course, type: 'application/json' }],
  ]);
}

/** The question types the lessons' knowledge checks and scenarios use, from the built course. */
function lessonQuestionTypes(): string[] {
  const course = JSON.parse(readFileSync('build/course.json', 'utf8')) as {
    lessons: Array<{
      pages: Array<{ blocks: Array<{ type: string; questionId?: string; questionIds?: string[] }> }>;
    }>;
    questions: Array<{ id: string; type: string }>;
  };
  const ids = new Set(
    course.lessons.flatMap((l) =>
      l.pages.flatMap((p) =>
        p.blocks.flatMap((b) => (b.questionId ? [b.questionId] : (b.questionIds ?? []))),
      ),
    ),
  );
  return [...new Set(course.questions.filter((q) => ids.has(q.id)).map((q) => q.type))].sort();
}

const run = <T>(expression: string): Promise<T> => frame.evaluate(expression) as Promise<T>;
/** Waits until the page has rendered twice: after a resize or scroll, layout and paint are done. */
const settled = () => run('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');

/**
 * How to frame a screenshot: the top of the screen (default), the screen scrolled so that an
 * element is at the top, or one element in full (the page is made tall enough to hold it).
 */
type Framing = { scrollTo?: string; element?: string };

/** Checks reflow at every viewport and saves a screenshot at each of the three sizes. */
async function capture(name: string, framing: Framing = {}): Promise<void> {
  for (const [width, height] of [...REFLOW_ONLY, ...VIEWPORTS]) {
    await page.setViewport({ width, height });
    await settled();
    const { scrollWidth, clientWidth } = await run<{ scrollWidth: number; clientWidth: number }>(
      'window.__pir.horizontalOverflow()',
    );
    assert.ok(
      scrollWidth <= clientWidth,
      `${name} scrolls sideways at ${width}px (${scrollWidth} > ${clientWidth})`,
    );
    if (REFLOW_ONLY.some(([w]) => w === width)) continue;
    const path = `${OUT}/${name}-${width}x${height}.png`;
    if (framing.element) {
      const full = await run<number>('document.documentElement.scrollHeight');
      await page.setViewport({ width, height: Math.max(height, full) });
      await settled();
      await run('window.scrollTo(0, 0)');
      const rect = await run<{ top: number; height: number } | null>(
        `(() => { const el = window.__pir.all(${JSON.stringify(framing.element)})[0]; if (!el) return null; const r = el.getBoundingClientRect(); return { top: r.top, height: r.height }; })()`,
      );
      assert.ok(rect, `${framing.element} is on screen for ${name}`);
      const top = Math.max(0, rect.top - 16);
      await page.screenshot({ path, clip: { x: 0, y: top, width, height: Math.ceil(rect.height + 32) } });
    } else if (framing.scrollTo) {
      await run(
        `window.__pir.all(${JSON.stringify(framing.scrollTo)})[0]?.scrollIntoView({ block: 'start' })`,
      );
      await settled();
      await page.screenshot({ path });
    } else {
      await run('window.scrollTo(0, 0)');
      await page.screenshot({ path });
    }
    saved.push(path);
  }
  await page.setViewport({ width: 1366, height: 768 });
}

before(async () => {
  mkdirSync(OUT, { recursive: true });
  if (!DEV) {
    assert.ok(
      existsSync('build/scorm2004/index.html'),
      'build/scorm2004 is missing: run `npm run build` first',
    );
  }
  ({ server, origin } = await startServer(
    DEV ? 'module' : 'build/scorm2004',
    DEV ? await devOverrides() : new Map<string, never>(),
  ));
  // tools/chromium.js is plain JavaScript without typings; load it by URL and name its one export.
  const { chromiumPath } = (await import(new URL('../chromium.js', import.meta.url).href)) as {
    chromiumPath: () => string;
  };
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  page = await browser.newPage();
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${String(error)}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.setViewport({ width: 1366, height: 768 });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const iframe = await page.waitForSelector('iframe');
  const content = await iframe?.contentFrame();
  assert.ok(content, 'the course frame loads');
  frame = content;
  await frame.waitForSelector('pierce/pir-welcome', { timeout: 15_000 });
  // The later part of the package (course-later.js) follows the first screen at once.
  if (!DEV) await frame.waitForFunction(() => customElements.get('pir-certificate') !== undefined);
  requestsWhenLoaded = requests.length;
  await frame.addScriptTag({ content: readFileSync('tools/screenshots/driver.js', 'utf8') });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('walks the course in three viewports with no sideways scrolling, saving screenshots', async () => {
  await capture('welcome');
  await run(`window.__pir.click('^Start the course$')`);
  assert.equal(await run('window.__pir.screen()'), 'lesson-page');
  await capture('lesson');

  const shotTypes = new Set<string>();
  let safetyShot = false;
  let scenarioShot = false;
  let reflectionShot = false;
  let errorShot = false;
  for (let guard = 0; guard < 200 && (await run('window.__pir.screen()')) === 'lesson-page'; guard++) {
    const hasSafety = await run<boolean>(
      `window.__pir.all('pir-lesson-page').some((p) => p.shadowRoot.querySelector('.callout--safety'))`,
    );
    if (hasSafety && !safetyShot) {
      safetyShot = true;
      await capture('lesson-safety', { scrollTo: '.callout--safety' });
    }
    if (!scenarioShot && (await run<boolean>(`window.__pir.all('.scenario').length > 0`))) {
      scenarioShot = true;
      await capture('lesson-scenario', { scrollTo: '.scenario' });
    }
    const types = await run<string[]>(`window.__pir.questions().map((q) => q.type)`);
    if (types.length && !errorShot) {
      errorShot = true;
      await run(
        `window.__pir.all('pir-question')[0].shadowRoot.querySelector('button[type=submit]').click(), window.__pir.settle(150)`,
      );
      await capture('question-error', { element: 'pir-question' });
    }
    // The first question of each type is answered wrongly, so its feedback shows the correct answer.
    const fresh = types.filter((t) => !shotTypes.has(t));
    await run(`window.__pir.answerAll((q) => !${JSON.stringify(fresh)}.includes(q.type))`);
    for (const type of new Set(fresh)) {
      shotTypes.add(type);
      assert.ok(
        await run<boolean>(`window.__pir.markQuestion(${JSON.stringify(type)})`),
        `feedback for ${type}`,
      );
      await capture(`question-${type}`, { element: 'pir-question[data-shot]' });
    }
    await run(
      `window.__pir.reflect('I will ask both parents what they have noticed about the baby, and listen before advising.')`,
    );
    if (!reflectionShot && (await run<boolean>(`window.__pir.all('pir-reflection').length > 0`))) {
      reflectionShot = true;
      await capture('lesson-reflection', { scrollTo: 'pir-reflection' });
    }
    await run('window.__pir.playCases()');
    await run(`window.__pir.click('^(Next|Go to the assessment)')`);
  }
  assert.ok(
    safetyShot && scenarioShot && reflectionShot,
    'the course has a safety callout, a scenario and a reflection',
  );
  // Every question type the lessons ask has been seen with its feedback.
  assert.deepEqual([...shotTypes].sort(), lessonQuestionTypes());
  assert.equal(await run('window.__pir.screen()'), 'assessment-intro');
  await capture('assessment-intro');

  await run(`window.__pir.click('^Start the assessment$')`);
  await capture('assessment-question');
  for (let i = 0; i < 100 && (await run('window.__pir.screen()')) === 'assessment-question'; i++) {
    await run('window.__pir.answerAll(false)');
  }
  assert.equal(await run('window.__pir.screen()'), 'results');
  await capture('results-fail');
  await run(`window.__pir.click('^Try the assessment again$')`);
  for (let i = 0; i < 100 && (await run('window.__pir.screen()')) === 'assessment-question'; i++) {
    await run('window.__pir.answerAll(true)');
  }
  await capture('results-pass');
  await run(`window.__pir.click('^View your record of completion$')`);
  assert.equal(await run('window.__pir.screen()'), 'certificate');
  await capture('certificate');
  await capture('certificate-record', { element: 'pir-certificate' });

  // The record as printed from its button: A4 at 96 dpi, print styles on.
  await run(`window.__pir.all('pir-certificate')[0].printing = 'certificate'`);
  await page.emulateMediaType('print');
  await page.setViewport({ width: 794, height: 1123 });
  await settled();
  await page.screenshot({ path: `${OUT}/certificate-print-a4.png` });
  await run(`window.__pir.all('pir-certificate')[0].printing = 'reflections'`);
  await settled();
  await page.screenshot({ path: `${OUT}/reflections-print-a4.png` });
  await page.emulateMediaType('screen');

  await run(`window.__pir.click('^Glossary$')`);
  await capture('glossary');
  await run(`window.__pir.click('^References$')`);
  await capture('references');
  await run(`window.__pir.click('^Exit$')`);
  await run(`window.__pir.click('^Save and exit$')`);
  await capture('exited');

  assert.deepEqual(foreign, [], 'no request leaves the package');
  // Once course-later.js is in, the whole course runs offline: no screen fetches anything more.
  assert.deepEqual(
    requests.slice(requestsWhenLoaded).filter((url) => !url.startsWith('data:')),
    [],
    'no request after the course has loaded',
  );
  assert.deepEqual(failures, [], 'no page errors or failed requests');
  assert.ok(saved.length >= 36, `saved ${saved.length} screenshots`);
});
