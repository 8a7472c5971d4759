/**
 * `npm run build`: content → build/course.json → one bundle per SCORM standard → package folders
 * (index.html, course.js, assets) → manifests and zips. Skipped when nothing it reads has changed
 * since the last build and its outputs are intact (tools/build-stamp.ts); `--force` builds anyway.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rollup, type RollupOptions } from 'rollup';
import configs, { STANDARDS } from '../rollup.config.js';
import { buildCourse, COURSE_JSON } from './content/build-content.js';
import { ContentError } from './content/content-error.js';
import type { Course } from '../src/content/course-schema.js';
import { packageBuild } from './package/package.js';
import { inputsHash, outputFiles, rebuildReason, STAMP_FILE, writeStamp } from './build-stamp.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function bundle(options: RollupOptions): Promise<void> {
  const build = await rollup(options);
  const outputs = Array.isArray(options.output) ? options.output : [options.output ?? {}];
  for (const output of outputs) await build.write(output);
  await build.close();
}

/** Writes the package folders build/<standard>/ with the page, the bundle and any assets. */
export async function buildPlayer(course: Course): Promise<void> {
  const page = readFileSync('src/index.html', 'utf8')
    .replace('%TITLE%', escapeHtml(course.title))
    .replace('lang="en-GB"', `lang="${course.language}"`)
    // Indentation is for people reading the source; the page counts in the first-load budget.
    .replace(/^[ \t]+/gm, '')
    .replace(/<!--[\s\S]*?-->\n?/g, '');
  for (const standard of STANDARDS) rmSync(`build/${standard}`, { recursive: true, force: true });
  for (const options of configs as RollupOptions[]) await bundle(options);
  for (const standard of STANDARDS) {
    writeFileSync(`build/${standard}/index.html`, page);
    if (existsSync('module/assets')) cpSync('module/assets', `build/${standard}/assets`, { recursive: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const inputs = inputsHash();
  const reason = process.argv.includes('--force') ? '--force' : rebuildReason('build', inputs);
  if (reason === undefined) {
    console.log(
      'Build is up to date: nothing in module/, src/, manifest/, tools/, rollup.config.js or the package files changed since the last build (npm run build -- --force rebuilds anyway).',
    );
    return;
  }
  console.log(`Building (${reason})`);
  // A build that stops half-way must not leave a stamp vouching for its outputs.
  rmSync(`build/${STAMP_FILE}`, { force: true });
  const course = buildCourse();
  mkdirSync('build', { recursive: true });
  writeFileSync(COURSE_JSON, `${JSON.stringify(course, null, 2)}\n`);
  await buildPlayer(course);
  const packages = await packageBuild(course);
  writeStamp('build', inputs, [
    'course.json',
    ...outputFiles('build', STANDARDS),
    ...packages.map((p) => relative('build', p.zipPath).split(sep).join('/')),
  ]);
  console.log(`Built ${course.title} ${course.version} in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof ContentError ? error.message : error);
    process.exit(1);
  });
}
