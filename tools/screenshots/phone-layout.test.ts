/**
 * Phone layout (issue 12): in the built SCORM 2004 package, inside the fake LMS's course frame, at
 * 360 × 740 the lesson heading must start within the top 200 px of the course page and the first
 * paragraph within 300 px, with the lesson menu, the saving status and the secondary actions each
 * one tap away. Positions are read from layout (getBoundingClientRect in the course frame), so the
 * test is deterministic. Saves build/screenshots/phone-*.png at 360 × 740 and 1366 × 768.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { startServer } from './server.js';

export const HEADING_LIMIT = 200;
export const PARAGRAPH_LIMIT = 300;
const OUT = 'build/screenshots';

let server: Server;
let browser: Browser;
let page: Page;
let frame: Frame;

const run = <T>(expression: string): Promise<T> => frame.evaluate(expression) as Promise<T>;
const settled = () => run('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');

/** Where the lesson starts, in the course page's own coordinates, and what the chrome offers. */
const LAYOUT = `(() => {
  const app = document.querySelector('pir-course-app').shadowRoot;
  const lesson = app.querySelector('pir-lesson-page').shadowRoot;
  const h1 = lesson.querySelector('h1');
  const paragraph = [...lesson.querySelectorAll('p')].find(
    (p) => h1.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING && p.textContent.trim(),
  );
  const header = app.querySelector('pir-header').shadowRoot;
  const visible = (el) => !!el && el.offsetParent !== null && el.getBoundingClientRect().bottom <= innerHeight;
  const menu = header.querySelector('.menu-button');
  const lessonsToggle = app.querySelector('.menu-toggle');
  const status = app.querySelector('pir-notices').shadowRoot.querySelector('.status');
  return {
    heading: Math.round(h1.getBoundingClientRect().top),
    paragraph: Math.round(paragraph.getBoundingClientRect().top),
    paragraphText: paragraph.textContent.trim().slice(0, 40),
    headerHeight: Math.round(header.querySelector('header').getBoundingClientRect().height),
    menu: menu && { visible: visible(menu), expanded: menu.getAttribute('aria-expanded'), label: menu.textContent.trim() },
    lessonsToggle: lessonsToggle && { visible: visible(lessonsToggle), expanded: lessonsToggle.getAttribute('aria-expanded'), label: lessonsToggle.textContent.replace(/\\s+/g, ' ').trim() },
    statusVisible: visible(status),
    progressRead: app.querySelector('pir-progress').shadowRoot.textContent.replace(/\\s+/g, ' ').trim(),
    scrollWidth: document.documentElement.scrollWidth,
  };
})()`;

interface Layout {
  heading: number;
  paragraph: number;
  paragraphText: string;
  headerHeight: number;
  menu: { visible: boolean; expanded: string; label: string } | null;
  lessonsToggle: { visible: boolean; expanded: string; label: string } | null;
  statusVisible: boolean;
  progressRead: string;
  scrollWidth: number;
}

before(async () => {
  mkdirSync(OUT, { recursive: true });
  assert.ok(
    existsSync('build/scorm2004/index.html'),
    'build/scorm2004 is missing: run `npm run build` first',
  );
  ({ server } = await startServer('build/scorm2004'));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { chromiumPath } = (await import(new URL('../chromium.js', import.meta.url).href)) as {
    chromiumPath: () => string;
  };
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740 });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const content = await (await page.waitForSelector('iframe'))?.contentFrame();
  assert.ok(content, 'the course frame loads');
  frame = content;
  await frame.waitForSelector('pierce/pir-welcome', { timeout: 15_000 });
  await frame.addScriptTag({ content: readFileSync('tools/screenshots/driver.js', 'utf8') });
  await run(`window.__pir.click('^Start the course$')`);
  await frame.waitForSelector('pierce/pir-lesson-page');
});

after(async () => {
  await browser?.close();
  server?.close();
});

test(`at 360 × 740 the lesson heading starts within ${HEADING_LIMIT} px and its first paragraph within ${PARAGRAPH_LIMIT} px`, async (t) => {
  await settled();
  await run('window.scrollTo(0, 0)');
  const phone = await run<Layout>(LAYOUT);
  t.diagnostic(
    `360 × 740: heading at ${phone.heading} px, first paragraph ("${phone.paragraphText}…") at ${phone.paragraph} px, banner ${phone.headerHeight} px tall`,
  );
  await page.screenshot({ path: `${OUT}/phone-lesson-360x740.png` });
  assert.ok(phone.heading <= HEADING_LIMIT, `the heading starts at ${phone.heading} px`);
  assert.ok(phone.paragraph <= PARAGRAPH_LIMIT, `the first paragraph starts at ${phone.paragraph} px`);
  assert.ok(phone.scrollWidth <= 360, 'no sideways scrolling');
  // One row of banner, and everything else one tap away.
  assert.ok(phone.headerHeight <= 56, `the banner is one row (${phone.headerHeight} px)`);
  assert.deepEqual(phone.menu, { visible: true, expanded: 'false', label: 'Menu' });
  assert.equal(phone.lessonsToggle?.visible, true, 'the lesson menu is one tap away');
  assert.match(phone.lessonsToggle?.label ?? '', /^Lessons and progress 0 of \d+ done/);
  assert.equal(phone.statusVisible, true, 'the saving status shows');
  assert.match(
    phone.progressRead,
    /0 of \d+ lessons complete.*Assessment/,
    'the full progress is still read out',
  );

  // The menu: Glossary, References and Exit, and back with Escape.
  // A real tap, as a learner's finger or mouse (it also moves focus to the button).
  await frame.click('pierce/.menu-button');
  await settled();
  const open = await run<Layout>(LAYOUT);
  assert.equal(open.menu?.expanded, 'true');
  await page.screenshot({ path: `${OUT}/phone-menu-open-360x740.png` });
  for (const label of ['Glossary', 'References', 'Exit'])
    assert.ok(
      await run<boolean>(
        `window.__pir.all('button').some((b) => b.textContent.trim() === ${JSON.stringify(label)} && b.offsetParent !== null)`,
      ),
      `${label} is in the open menu`,
    );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await settled();
  assert.equal((await run<Layout>(LAYOUT)).menu?.expanded, 'false', 'Escape closes the menu');
  assert.equal(
    await run<string>(
      `document.querySelector('pir-course-app').shadowRoot.querySelector('pir-header').shadowRoot.activeElement?.className`,
    ),
    'menu-button',
    'focus goes back to the Menu button',
  );

  // The lesson menu opens in one tap.
  await run(`window.__pir.click('^Lessons and progress')`);
  assert.equal((await run<Layout>(LAYOUT)).lessonsToggle?.expanded, 'true');
  await page.screenshot({ path: `${OUT}/phone-lessons-open-360x740.png` });
  await run(`window.__pir.click('^Lessons and progress')`);

  await page.setViewport({ width: 1366, height: 768 });
  await settled();
  const desktop = await run<Layout>(LAYOUT);
  t.diagnostic(`1366 × 768: heading at ${desktop.heading} px, first paragraph at ${desktop.paragraph} px`);
  await page.screenshot({ path: `${OUT}/phone-lesson-1366x768.png` });
  assert.equal(desktop.menu?.visible, false, 'wide screens show the actions, no Menu button');
  assert.ok(desktop.paragraph <= PARAGRAPH_LIMIT);
});
