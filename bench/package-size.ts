/**
 * Bytes a learner's browser downloads for one package, by kind, raw and gzipped (level 9, as the
 * product anchors were measured). Deterministic: the same build gives the same figures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The whole course (code, styles and content) a learner downloads, gzipped.
 *
 * The product goal is 60 KB (issue 7). It cannot be met with the course as specified: the course
 * text plus Lit and xstate as the player uses them already weigh ~44 KB before any player code
 * (`npm run bench:sizes` measures this floor), which leaves ~16 KB for the twelve screens, the
 * course rules and the LMS layer, against ~31 KB today. Until the product owner decides how the
 * goal applies, the budget (just above today's ~74 KB) stops the package from growing.
 */
export const SIZE_GOAL_GZIP = 60 * 1024;
export const SIZE_BUDGET_GZIP = 76 * 1024;

export interface SizeRow {
  kind: 'js' | 'css' | 'html' | 'content' | 'other';
  files: number;
  raw: number;
  gzip: number;
}

export type PackageSize = Record<SizeRow['kind'], SizeRow> & { total: Omit<SizeRow, 'kind'> };

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** Files the course page loads (the manifest and XSDs are for the LMS, not the learner). */
function learnerFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(xsd|dtd)$/.test(name) && name !== 'imsmanifest.xml') out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Measures a package folder. The course text is compiled into course.js, so its share is
 * measured separately (the JSON embedded in the bundle) and subtracted from the JS row.
 */
export function measurePackage(dir: string, courseJson = 'build/course.json'): PackageSize {
  const rows: Record<SizeRow['kind'], SizeRow> = {
    js: { kind: 'js', files: 0, raw: 0, gzip: 0 },
    css: { kind: 'css', files: 0, raw: 0, gzip: 0 },
    html: { kind: 'html', files: 0, raw: 0, gzip: 0 },
    content: { kind: 'content', files: 0, raw: 0, gzip: 0 },
    other: { kind: 'other', files: 0, raw: 0, gzip: 0 },
  };
  const total = { files: 0, raw: 0, gzip: 0 };
  for (const path of learnerFiles(dir)) {
    const bytes = readFileSync(path);
    const ext = extname(path);
    total.files++;
    total.raw += bytes.length;
    total.gzip += gz(bytes);
    if (ext === '.js') {
      rows.js.files++;
      rows.js.raw += bytes.length;
      rows.js.gzip += gz(bytes);
    } else if (ext === '.html') {
      // Global styles are inlined in the page; count them as CSS and the rest as HTML.
      const text = bytes.toString('utf8');
      const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      const html = text.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
      rows.html.files++;
      rows.html.raw += Buffer.byteLength(html);
      rows.html.gzip += gz(html);
      if (css) {
        rows.css.raw += Buffer.byteLength(css);
        rows.css.gzip += gz(css);
      }
    } else if (ext === '.css') {
      rows.css.files++;
      rows.css.raw += bytes.length;
      rows.css.gzip += gz(bytes);
    } else {
      rows.other.files++;
      rows.other.raw += bytes.length;
      rows.other.gzip += gz(bytes);
    }
  }
  // The compiled course as the bundle embeds it: minified JSON.
  const content = JSON.stringify(JSON.parse(readFileSync(courseJson, 'utf8')));
  rows.content = { kind: 'content', files: 0, raw: Buffer.byteLength(content), gzip: gz(content) };
  rows.js = {
    ...rows.js,
    raw: rows.js.raw - rows.content.raw,
    gzip: Math.max(0, rows.js.gzip - rows.content.gzip),
  };
  return { ...rows, total };
}
