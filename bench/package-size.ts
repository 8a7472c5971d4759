/**
 * Bytes a learner's browser downloads for one package, by kind, raw and gzipped (level 9, as the
 * product anchors were measured). Deterministic: the same build gives the same figures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Course } from '../src/content/course-schema.js';
import { splitCourse } from '../src/content/course-parts-later.js';

/**
 * Budgets (issue 12), all gzipped at level 9 and measured on the built package:
 * - the first load, what the browser fetches before the welcome screen (index.html and course.js:
 *   the shell, the machine, the LMS layer, the welcome, the first lesson and the first part of the
 *   course), must let the first lesson be interactive within 60 KB and 2 requests;
 * - the whole package, course-later.js included, must stay within 140 KB.
 */
export const FIRST_LOAD_BUDGET_GZIP = 60 * 1024;
export const FIRST_LOAD_REQUESTS = 2;
export const SIZE_BUDGET_GZIP = 140 * 1024;

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
 * Measures a package folder. The course text is compiled into course.js (first part) and
 * course-later.js (later part), so its share is measured separately (the JSON embedded in the
 * bundles) and subtracted from the JS row.
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
  // The compiled course as the bundles embed it: its two parts, minified JSON.
  const parts = splitCourse(JSON.parse(readFileSync(courseJson, 'utf8')) as Course);
  const content = [JSON.stringify(parts.first), JSON.stringify(parts.later)];
  rows.content = {
    kind: 'content',
    files: 0,
    raw: content.reduce((n, c) => n + Buffer.byteLength(c), 0),
    gzip: content.reduce((n, c) => n + gz(c), 0),
  };
  rows.js = {
    ...rows.js,
    raw: rows.js.raw - rows.content.raw,
    gzip: Math.max(0, rows.js.gzip - rows.content.gzip),
  };
  return { ...rows, total };
}

export interface FirstLoad {
  /** Files fetched before the welcome screen, in the order the browser finds them (index.html first). */
  files: string[];
  raw: number;
  gzip: number;
}

/**
 * What the browser must fetch before the welcome screen, read from the package itself: index.html,
 * every file it names (src= or href=, other than data: URLs), and every module those import
 * statically, transitively. Dynamic imports (`import("./course-later.js")`) are not followed: the
 * course starts them after the first screen renders. Each file is one request.
 */
export function measureFirstLoad(dir: string): FirstLoad {
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const refs =
      extname(file) === '.html'
        ? [...text.matchAll(/\s(?:src|href)="([^"]+)"/g)]
            .map((m) => m[1])
            .filter((u) => !u.startsWith('data:'))
        : // Static imports in minified ES output: `import{a as b}from"./x.js"` or `import"./x.js"`.
          [...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{][^;()]*?from\s*)?["']([^"']+)["']/g)].map(
            (m) => m[1],
          );
    for (const ref of refs) visit(normalize(join(dirname(file), ref)));
  };
  visit('index.html');
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gz(bytes);
  }
  return { files, raw, gzip };
}
