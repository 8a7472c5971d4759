/**
 * A package whose script cannot run must say so, not "Loading the course…" for ever: the built
 * SCORM 2004 package, served by the fake LMS with course.js missing or sent as
 * application/octet-stream (as some content servers do), in headless Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startServer, type Overrides } from './server.js';

let browser: Browser;
const servers: Server[] = [];

before(async () => {
  assert.ok(
    existsSync('build/scorm2004/index.html'),
    'build/scorm2004 is missing: run `npm run build` first',
  );
  const { chromiumPath } = (await import(new URL('../chromium.js', import.meta.url).href)) as {
    chromiumPath: () => string;
  };
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** What the learner sees in the course frame once the page has given up or started. */
async function courseFrameText(overrides: Overrides): Promise<string> {
  const { server, origin } = await startServer('build/scorm2004', overrides);
  servers.push(server);
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    const handle = await page.waitForSelector('iframe');
    const frame = await handle?.contentFrame();
    assert.ok(frame, 'the fake LMS shows the course in a frame');
    await frame.waitForFunction(
      () => !document.querySelector('[data-loading]') || document.querySelector('[data-load-failed]'),
    );
    return await frame.evaluate(() => document.body.innerText);
  } finally {
    await page.close();
  }
}

const scriptAs = (type: string): Overrides => new Map([['/sco/course.js', { body: 'export {};', type }]]);

test('course.js sent as application/octet-stream: a clear message for the learner and the administrator', async () => {
  const text = await courseFrameText(scriptAs('application/octet-stream'));
  assert.match(text, /The course could not start/);
  assert.match(text, /Nothing you have done is lost/);
  assert.match(text, /course\.js/);
  assert.match(text, /text\/javascript/);
  assert.doesNotMatch(text, /Loading the course/);
});

test('course.js missing: the same message, with a way to try again', async () => {
  const { server, origin } = await startServer('build/scorm2004', new Map());
  servers.push(server);
  // A 404: the static server serves only files that exist, so point the page at one that does not.
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith('/sco/course.js')
        ? void request.respond({ status: 404, contentType: 'text/plain', body: 'not found' })
        : void request.continue(),
    );
    await page.goto(`${origin}/`);
    const frame = await (await page.waitForSelector('iframe'))?.contentFrame();
    assert.ok(frame);
    await frame.waitForSelector('[data-load-failed]');
    const text = await frame.evaluate(() => document.body.innerText);
    assert.match(text, /The course could not start/);
    assert.ok(await frame.$('[data-load-failed] button'), 'offers to try again');
  } finally {
    await page.close();
  }
});

test('a package served properly starts, with no failure message', async () => {
  const text = await courseFrameText(new Map());
  assert.doesNotMatch(text, /could not start/);
});

/** Text of the course frame, shadow roots included (the screens live in shadow DOM). */
/** Presses the header's Glossary button. */
const clickGlossary = `(() => {
  const header = document.querySelector('pir-course-app').shadowRoot.querySelector('pir-header');
  [...header.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Glossary').click();
})()`;

const deepText = `(() => {
  const parts = [];
  const walk = (node) => {
    parts.push(node.textContent || '');
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document.body);
  return parts.join(' ');
})()`;

test('course-later.js fails after the welcome: a message and a retry that works in place, never a blank page', async () => {
  const { server, origin } = await startServer('build/scorm2004', new Map());
  servers.push(server);
  const page = await browser.newPage();
  const later: string[] = [];
  let refuse = true;
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().includes('/sco/course-later.js')) return void request.continue();
      later.push(request.url());
      return refuse
        ? void request.respond({ status: 404, contentType: 'text/plain', body: 'not found' })
        : void request.continue();
    });
    await page.goto(`${origin}/`);
    const frame = await (await page.waitForSelector('iframe'))?.contentFrame();
    assert.ok(frame);
    await frame.waitForSelector('[data-load-failed]');
    const box = await frame.evaluate(() => document.querySelector('[data-load-failed]')?.textContent ?? '');
    assert.match(box, /Part of the course did not load/);
    assert.match(box, /course-later\.js/);
    assert.match(box, /Nothing you have done is lost/);
    // The first screen still works: the welcome is there, and the learner can start lesson 1.
    assert.match((await frame.evaluate(deepText)) as string, /Start the course/);
    assert.equal(
      await frame.evaluate(() => document.activeElement?.textContent),
      'Try again',
      'focus goes to Try again',
    );
    assert.equal(await frame.evaluate(() => customElements.get('pir-certificate') === undefined), true);
    // A screen that needs the later part says it is loading, rather than showing nothing.
    await frame.evaluate(clickGlossary);
    await frame.waitForFunction(`${deepText}.includes('Loading the rest of the course')`);

    refuse = false;
    await frame.click('[data-load-failed] button');
    await frame.waitForFunction(() => customElements.get('pir-certificate') !== undefined);
    assert.equal(await frame.$('[data-load-failed]'), null, 'the message goes once the retry succeeds');
    assert.equal(later.length, 2, 'one failed request and one retry');
    assert.match(later[1] ?? '', /course-later\.js\?retry=1$/);
    // The later part is in place: the glossary, which is not in the first part, shows every term.
    const terms = (
      JSON.parse(readFileSync('build/course.json', 'utf8')) as { glossary: Array<{ term: string }> }
    ).glossary;
    await frame.waitForFunction(`!${deepText}.includes('Loading the rest of the course')`);
    const text = (await frame.evaluate(deepText)) as string;
    for (const { term } of terms) assert.ok(text.includes(term), `the glossary shows "${term}"`);
    // The screen that waited is new to the learner: focus goes to its heading.
    const focused = await frame.evaluate(`(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el ? el.tagName + ' ' + el.textContent.trim() : '';
    })()`);
    assert.match(String(focused), /^H1 Glossary/);
  } finally {
    await page.close();
  }
});
