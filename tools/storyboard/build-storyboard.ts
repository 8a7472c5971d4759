/**
 * `npm run storyboard`: writes build/storyboard.html and, when Chromium is present,
 * build/storyboard.pdf (A4), for a clinical lead to review and sign before a version goes live.
 * A course whose checks fail still gets a storyboard, with the errors on its checks page, so
 * authors can share a draft; the command then exits non-zero.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../chromium.js';
import { ContentError } from '../content/content-error.js';
import { reviewBuiltCourse } from '../content/build-content.js';
import { renderStoryboard } from './storyboard.js';

export const STORYBOARD_HTML = 'build/storyboard.html';
export const STORYBOARD_PDF = 'build/storyboard.pdf';

const MIME: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

/** The storyboard of the course in `moduleDir`, with any checks that fail. */
export function storyboardHtml(
  moduleDir = 'module',
  generatedOn = today(),
): { html: string; errors: number } {
  const { course, review } = reviewBuiltCourse(moduleDir);
  const images = new Map<string, string>();
  for (const block of course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks))) {
    if (block.type !== 'image') continue;
    const path = join(moduleDir, block.src);
    const mime = MIME[extname(path).toLowerCase()];
    if (mime && existsSync(path))
      images.set(block.src, `data:${mime};base64,${readFileSync(path).toString('base64')}`);
  }
  return { html: renderStoryboard({ course, review, generatedOn, images }), errors: review.errors.length };
}

export function today(): string {
  return new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Prints `html` to an A4 PDF with Chromium; returns its page count. */
export async function printPdf(html: string, pdfPath: string): Promise<number> {
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
    });
    writeFileSync(pdfPath, pdf);
    return pdfPageCount(pdf);
  } finally {
    await browser.close();
  }
}

/** Counts the page objects in a PDF written by Chromium. */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

async function main(): Promise<number> {
  const { html, errors } = storyboardHtml();
  mkdirSync('build', { recursive: true });
  writeFileSync(STORYBOARD_HTML, html);
  console.log(`Wrote ${STORYBOARD_HTML} (${Math.round(html.length / 1024)} KB)`);
  if (existsSync(chromiumPath())) {
    const pages = await printPdf(html, STORYBOARD_PDF);
    console.log(`Wrote ${STORYBOARD_PDF} (${pages} A4 pages)`);
  } else {
    console.log(
      `No PDF: Chromium not found at ${chromiumPath()}; print ${STORYBOARD_HTML} from a browser instead.`,
    );
  }
  if (errors)
    console.error(
      `The content fails ${errors} check(s), listed under "Content checks": not ready for sign-off.`,
    );
  return errors ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof ContentError ? error.message : error);
      process.exit(1);
    },
  );
}
