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
}

// Local midnight: DOS zip times are local, so this gives the same bytes in every time zone.
const FIXED_MTIME = new Date(2020, 0, 1, 0, 0, 0);

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
 * the launch page, the bundle, and every file of the course's asset folder.
 */
export function expectedContentFiles(assetsDir = 'module/assets'): string[] {
  return ['index.html', 'course.js', ...listFiles(assetsDir).map((f) => `assets/${f}`)].sort();
}

/** The repository's root imsmanifest.xml: the 2004 manifest generated from the sources. */
export function rootManifest(course: ManifestCourse, assetsDir = 'module/assets'): string {
  return manifest2004(course, expectedContentFiles(assetsDir));
}

/** Zip file name for a standard. */
export function zipName(course: Pick<Course, 'id' | 'version'>, standard: ScormVersion): string {
  return `${course.id}-${course.version}-${standard}.zip`;
}

/** A deterministic zip: sorted entries, one fixed mtime, fixed level. */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) {
    const bytes = files.get(name);
    if (bytes) entries[name] = [bytes, { mtime: FIXED_MTIME }];
  }
  return zipSync(entries, { level: 9, mtime: FIXED_MTIME });
}

/** Adds manifests and schemas to build/<standard>/, validates them and writes both zips. */
export async function packageCourse(
  course: ManifestCourse,
  options: PackageOptions = {},
): Promise<PackageResult[]> {
  const buildDir = options.buildDir ?? 'build';
  const expected = expectedContentFiles(options.assetsDir);
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
    const zip = deterministicZip(files);
    const zipPath = join(buildDir, zipName(course, standard));
    writeFileSync(zipPath, zip);
    results.push({ standard, zipPath, bytes: zip.byteLength, entries: [...files.keys()].sort() });
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
      `Packaged ${result.zipPath} (${result.bytes} bytes, ${result.entries.length} files, manifest valid)`,
    );
  const root = existsSync('imsmanifest.xml') ? readFileSync('imsmanifest.xml', 'utf8') : '';
  if (root !== rootManifest(course, options.assetsDir)) {
    console.warn(
      'Warning: imsmanifest.xml at the repository root is out of date; run npx tsx tools/package/update-root-manifest.ts',
    );
  }
  return results;
}
