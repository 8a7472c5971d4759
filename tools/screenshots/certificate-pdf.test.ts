/**
 * The record of completion, printed: the real shell and certificate (a test entry resumes the course
 * at the record, tools/screenshots/certificate-entry.ts) on the compiled course with an issuer and
 * logo, rendered to PDF by Chromium as "Print or save your record" does. The PDF must be exactly
 * one A4 page (counted by parsing the PDF), and the print-emulated record must show every field
 * inside that page. Writes build/screenshots/certificate.pdf for a person to look at.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { compileCourse } from '../content/compile-course.js';
import type { Course } from '../../src/content/course-schema.js';
import { completionReference } from '../../src/content/completion-reference.js';
import { formatNotionalTime } from '../../src/components/pir-certificate/pir-certificate.js';
import { setStrings } from '../../src/content/strings.js';
import { startServer } from './server.js';

const OUT = 'build/screenshots';
const COMPLETED_AT = Date.UTC(2026, 2, 14, 10, 30);
const ISSUER = 'Northshire Community Health NHS Trust';
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" rx="6" fill="#005eb8"/><text x="60" y="27" font-family="Arial" font-size="18" font-weight="bold" fill="#fff" text-anchor="middle">NCHT</text></svg>`;

let server: Server;
let browser: Browser;
let page: Page;
let frame: Frame;
let course: Course;

/** A4 in points, as PDF MediaBoxes give it. */
const A4 = [595, 842];

/** Pages in a PDF, by its page objects (`/Type /Page`, not `/Pages`), and each page's MediaBox. */
export function pdfPages(pdf: Buffer): { count: number; boxes: number[][] } {
  const text = pdf.toString('latin1');
  const count = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) =>
    m[1].trim().split(/\s+/).map(Number),
  );
  return { count, boxes };
}

before(async () => {
  mkdirSync(OUT, { recursive: true });
  const compiled = existsSync('build/course.json')
    ? (JSON.parse(readFileSync('build/course.json', 'utf8')) as Course)
    : compileCourse('module');
  course = { ...compiled, issuer: { name: ISSUER, logo: 'assets/issuer-logo.svg' } };
  // formatNotionalTime words the time as the course does, from the course's own interface text.
  if (course.strings) setStrings(course.strings, course.language);
  const bundle = await build({
    entryPoints: ['tools/screenshots/certificate-entry.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    conditions: ['browser'],
  });
  const html = readFileSync('src/index.html', 'utf8').replace('%TITLE%', course.title);
  ({ server } = await startServer(
    'module',
    new Map([
      ['/sco/index.html', { body: html, type: 'text/html; charset=utf-8' }],
      ['/sco/course.js', { body: bundle.outputFiles[0]?.text ?? '', type: 'text/javascript; charset=utf-8' }],
      ['/sco/course.json', { body: JSON.stringify(course), type: 'application/json' }],
      ['/sco/assets/issuer-logo.svg', { body: LOGO, type: 'image/svg+xml' }],
    ]),
  ));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const { chromiumPath } = (await import(new URL('../chromium.js', import.meta.url).href)) as {
    chromiumPath: () => string;
  };
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  page = await browser.newPage();
  // The course page alone (no LMS frame), so page.pdf prints what the learner's print would.
  await page.goto(`http://127.0.0.1:${port}/sco/index.html`, { waitUntil: 'load' });
  frame = page.mainFrame();
  await frame.waitForSelector('pierce/pir-certificate', { timeout: 15_000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the record of completion prints on exactly one A4 page with every field', async () => {
  // As the "Print or save your record" button does: the record alone, print styles on.
  await frame.evaluate(`(async () => {
    const cert = document.querySelector('pir-course-app').shadowRoot.querySelector('pir-certificate');
    cert.printing = 'certificate';
    await cert.updateComplete;
    const logo = cert.shadowRoot.querySelector('img.logo');
    if (logo && !logo.complete) await new Promise((r) => logo.addEventListener('load', r, { once: true }));
  })()`);
  await page.emulateMediaType('print');
  await page.setViewport({ width: 794, height: 1123 });

  // What prints: each field's text, and whether it is visible inside the record's box.
  const fields = (await frame.evaluate(`(() => {
    const cert = document.querySelector('pir-course-app').shadowRoot.querySelector('pir-certificate');
    const record = cert.shadowRoot.querySelector('.certificate');
    const box = record.getBoundingClientRect();
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    };
    const items = [...record.querySelectorAll('dt')].map((dt) => ({
      label: dt.textContent.trim(),
      value: dt.nextElementSibling.textContent.replace(/\\s+/g, ' ').trim(),
      shown: shown(dt.parentElement),
    }));
    const texts = [...record.querySelectorAll('h2, p, li, img')].map((el) => ({
      text: (el.textContent || el.getAttribute('src') || '').replace(/\\s+/g, ' ').trim(),
      shown: shown(el),
    }));
    const logo = record.querySelector('img.logo');
    return { items, texts, heightMm: box.height / 96 * 25.4, logoLoaded: !!logo && logo.naturalWidth > 0 };
  })()`)) as {
    items: Array<{ label: string; value: string; shown: boolean }>;
    texts: Array<{ text: string; shown: boolean }>;
    heightMm: number;
    logoLoaded: boolean;
  };
  // Printed before the checks, so a failing record can still be looked at.
  const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  writeFileSync(`${OUT}/certificate.pdf`, pdf);
  const value = (label: string) => {
    const item = fields.items.find((i) => i.label === label);
    assert.ok(item, `the record has "${label}"`);
    assert.ok(item.shown, `"${label}" is visible on the printed page`);
    return item.value;
  };
  const shownText = (text: string) =>
    assert.ok(
      fields.texts.some((t) => t.shown && t.text.includes(text)),
      `the printed record shows "${text}"`,
    );
  shownText('Jane Doe');
  shownText(course.title);
  shownText(ISSUER);
  for (const outcome of course.outcomes) shownText(outcome.text);
  assert.ok(fields.logoLoaded, "the issuer's logo loads");
  assert.equal(value('Date completed'), '14 March 2026');
  assert.equal(value('Assessment score'), '90%');
  assert.match(
    value('Notional learning time'),
    new RegExp(`^${formatNotionalTime(course.duration.minutes)}\\b`),
  );
  assert.match(value('Time spent'), /^41 minutes\b/);
  assert.equal(value('Course version'), course.version);
  assert.equal(
    value('Completion reference'),
    completionReference(course.id, course.version, 'L1', COMPLETED_AT),
  );
  assert.equal(value('Issued by'), ISSUER);
  assert.ok(
    fields.heightMm <= 267,
    `the record fits the A4 page inside its margins (${fields.heightMm.toFixed(0)} mm)`,
  );

  const { count, boxes } = pdfPages(pdf);
  assert.equal(count, 1, 'the record prints on exactly one page');
  for (const box of boxes) {
    const [, , w = 0, h = 0] = box;
    assert.ok(Math.abs(w - A4[0]) < 2 && Math.abs(h - A4[1]) < 2, `the page is A4 (${w} × ${h} pt)`);
  }
  await page.emulateMediaType('screen');
});
