/**
 * Packaging, the last step of `npm run build`: puts imsmanifest.xml and the official XSD set at the
 * root of each package folder, validates the manifest (XSDs + semantic checks) against the exact
 * zip contents, and writes reproducible zips build/<course-id>-<version>-<standard>.zip.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Course } from '../../src/content/course-schema.js';
import { generateManifest, manifest2004, type ManifestCourse } from '../../manifest/generate.js';
import { schemaFiles, type ScormVersion } from '../../manifest/schemas.js';
import { assertValidManifest } from '../../manifest/validate.js';

/** The packaged standards, in build order. */
export const PACKAGE_STANDARDS: readonly ScormVersion[] = ['scorm12', 'scorm2004'];

/** Raised when a package folder does not have the shape the manifest describes. */
export class PackageError extends Error {
  override name = 'PackageError' as const;
}

/** Where packaging reads and writes. */
export interface PackageOptions {
  /** Folder holding scorm12/ and scorm2004/ (default `build`). */
  buildDir?: string;
  /** The course's asset folder, copied into each package as assets/ (default `module/assets`). */
  assetsDir?: string;
}

/** What one package ended up as. */
export interface PackageResult {
  standard: ScormVersion;
  zipPath: string;
  bytes: number;
  /** Every zip entry, sorted. */
  entries: string[];
  /** The date of every entry (YYYY-MM-DD). */
  date: string;
}

/** What zip tools show for an entry with no real date: the zip format's earliest, 1980-01-01. */
export const UNDATED = '1980-01-01';

/** The date every zip entry carries, and where it came from. */
export interface PackageDate {
  /** YYYY-MM-DD */
  iso: string;
  /** Local midnight of that day: DOS zip times are local, so the bytes are the same in every time zone. */
  mtime: Date;
  /** False when the course has no release date and the entries are dated UNDATED. */
  released: boolean;
}

/**
 * The zips' entries are dated with the content's release date, `released` (YYYY-MM-DD) in the
 * compiled course (module/course.yaml), so an LMS administrator who unpacks a zip sees which
 * release it is, and the same content always gives the same bytes. A build time would change the
 * bytes at every build; without a release date the entries say "no date" (1980-01-01) rather
 * than a date that means nothing.
 */
export function packageDate(course: object): PackageDate {
  const released = (course as { released?: unknown }).released;
  if (released === undefined) return { iso: UNDATED, mtime: new Date(1980, 0, 1), released: false };
  const match = typeof released === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(released) : null;
  const [year, month, day] = (match ?? []).slice(1).map(Number);
  const mtime = new Date(year ?? NaN, (month ?? NaN) - 1, day ?? NaN);
  // Zip (DOS) dates run from 1980 to 2107; the day must exist (no 2026-02-30).
  if (
    !match ||
    year === undefined ||
    year < 1980 ||
    year > 2107 ||
    mtime.getMonth() !== (month ?? 0) - 1 ||
    mtime.getDate() !== day
  )
    throw new PackageError(
      `course "released" must be a real date from 1980-01-01 to 2107-12-31 written YYYY-MM-DD, found ${JSON.stringify(released)}`,
    );
  return { iso: released as string, mtime, released: true };
}

/** Files under `dir`, '/'-separated and sorted by code unit (locale-independent). */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found.sort();
}

/**
 * The content files of a package, known from the sources alone (the build writes exactly these):
 * the launch page, the two bundle files (course.js first, course-later.js right after the first screen; rollup.config.js), and every file of the course's asset folder.
 */
export function expectedContentFiles(assetsDir = 'module/assets'): string[] {
  return [
    'index.html',
    'course.js',
    'course-later.js',
    ...listFiles(assetsDir).map((f) => `assets/${f}`),
  ].sort();
}

/** The repository's root imsmanifest.xml: the 2004 manifest generated from the sources. */
export function rootManifest(course: ManifestCourse, assetsDir = 'module/assets'): string {
  return manifest2004(course, expectedContentFiles(assetsDir));
}

/** Zip file name for a standard. */
export function zipName(course: Pick<Course, 'id' | 'version'>, standard: ScormVersion): string {
  return `${course.id}-${course.version}-${standard}.zip`;
}

/** A deterministic zip: sorted entries, one given date (see packageDate()), fixed level. */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>, mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) {
    const bytes = files.get(name);
    if (bytes) entries[name] = [bytes, { mtime }];
  }
  return zipSync(entries, { level: 9, mtime });
}

/** Adds manifests and schemas to build/<standard>/, validates them and writes both zips. */
export async function packageCourse(
  course: ManifestCourse,
  options: PackageOptions = {},
): Promise<PackageResult[]> {
  const buildDir = options.buildDir ?? 'build';
  const expected = expectedContentFiles(options.assetsDir);
  const date = packageDate(course);
  const results: PackageResult[] = [];
  for (const standard of PACKAGE_STANDARDS) {
    const dir = join(buildDir, standard);
    const schemas = schemaFiles(standard);
    const control = new Set(['imsmanifest.xml', ...schemas.map((s) => s.name)]);
    const content = listFiles(dir).filter((f) => !control.has(f));
    if (content.join('\n') !== expected.join('\n')) {
      // The root manifest is generated from the sources; a different build output would make it lie.
      throw new PackageError(
        `${dir} holds [${content.join(', ')}] but the sources predict [${expected.join(', ')}]: update expectedContentFiles()`,
      );
    }
    for (const schema of schemas) writeFileSync(join(dir, schema.name), schema.bytes);
    const manifest = generateManifest(standard, course, content);
    writeFileSync(join(dir, 'imsmanifest.xml'), manifest);

    const files = new Map<string, Uint8Array>();
    for (const name of listFiles(dir)) files.set(name, readFileSync(join(dir, name)));
    await assertValidManifest(manifest, standard, { files: new Set(files.keys()), course });
    const zip = deterministicZip(files, date.mtime);
    const zipPath = join(buildDir, zipName(course, standard));
    writeFileSync(zipPath, zip);
    results.push({
      standard,
      zipPath,
      bytes: zip.byteLength,
      entries: [...files.keys()].sort(),
      date: date.iso,
    });
  }
  return results;
}

/**
 * The build's packaging step: packages both standards, prints each zip with its size, and warns
 * (without failing the build) when the committed root imsmanifest.xml no longer matches.
 */
export async function packageBuild(course: Course, options: PackageOptions = {}): Promise<PackageResult[]> {
  const results = await packageCourse(course, options);
  for (const result of results)
    console.log(
      `Packaged ${result.zipPath} (${result.bytes} bytes, ${result.entries.length} files dated ${result.date}, manifest valid)`,
    );
  if (!packageDate(course).released)
    console.warn(
      `Note: module/course.yaml has no "released" date, so the zips' files are dated ${UNDATED} (the zip format's "no date"); see docs/educators.md.`,
    );
  const root = existsSync('imsmanifest.xml') ? readFileSync('imsmanifest.xml', 'utf8') : '';
  if (root !== rootManifest(course, options.assetsDir)) {
    console.warn(
      'Warning: imsmanifest.xml at the repository root is out of date; run npx tsx tools/package/update-root-manifest.ts',
    );
  }
  return results;
}
