import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { fixtureCourse } from '../../manifest/fixtures/course.js';
import { schemaFiles } from '../../manifest/schemas.js';
import { validateManifest } from '../../manifest/validate.js';
import {
  expectedContentFiles,
  PackageError,
  packageDate,
  packageCourse,
  PACKAGE_STANDARDS,
  rootManifest,
  zipName,
} from './package.js';

/** A build folder shaped like buildPlayer()'s output, plus a module assets folder. */
function fakeBuild(root: string): { buildDir: string; assetsDir: string } {
  const buildDir = join(root, 'build');
  const assetsDir = join(root, 'assets');
  mkdirSync(assetsDir, { recursive: true });
  writeFileSync(join(assetsDir, 'bump.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  for (const standard of PACKAGE_STANDARDS) {
    mkdirSync(join(buildDir, standard, 'assets'), { recursive: true });
    writeFileSync(join(buildDir, standard, 'index.html'), `<!doctype html><title>${standard}</title>`);
    writeFileSync(join(buildDir, standard, 'course.js'), `console.log(${JSON.stringify(standard)});`);
    writeFileSync(join(buildDir, standard, 'course-later.js'), 'export const later = {};');
    writeFileSync(
      join(buildDir, standard, 'assets', 'bump.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
  }
  return { buildDir, assetsDir };
}

/** DOS date and time of every central-directory entry of a zip (no zip comment expected). */
function entryTimes(zip: Buffer): Array<{ name: string; date: number; time: number }> {
  const eocd = zip.length - 22;
  assert.equal(zip.readUInt32LE(eocd), 0x06054b50, 'end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(offset + 28);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({ name, time: zip.readUInt16LE(offset + 12), date: zip.readUInt16LE(offset + 14) });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

/** A DOS date as zip headers store it. */
const dosDate = (year: number, month: number, day: number) => ((year - 1980) << 9) + (month << 5) + day;

describe('packageCourse', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pkg-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('writes valid zips with the manifest and every schema file at the root', async () => {
    const options = fakeBuild(join(root, 'a'));
    const results = await packageCourse(fixtureCourse, options);
    assert.deepEqual(
      results.map((r) => r.standard),
      ['scorm12', 'scorm2004'],
    );
    for (const result of results) {
      assert.equal(result.zipPath, join(options.buildDir, zipName(fixtureCourse, result.standard)));
      assert.match(result.zipPath, /fixture_course-2\.3\.4-scorm(12|2004)\.zip$/);
      const entries = unzipSync(readFileSync(result.zipPath));
      const names = Object.keys(entries).sort();
      assert.equal(result.bytes, readFileSync(result.zipPath).byteLength);
      assert.deepEqual(
        names,
        [
          ...['imsmanifest.xml', 'index.html', 'course.js', 'course-later.js', 'assets/bump.svg'],
          ...schemaFiles(result.standard).map((s) => s.name),
        ].sort(),
      );
      const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
      assert.deepEqual(
        await validateManifest(manifest, result.standard, { files: new Set(names), course: fixtureCourse }),
        [],
      );
      assert.equal(new TextDecoder().decode(entries['course.js']), `console.log("${result.standard}");`);
    }
  });

  it('builds byte-identical zips from the same sources', async () => {
    const first = fakeBuild(join(root, 'b'));
    const second = fakeBuild(join(root, 'c'));
    const one = await packageCourse(fixtureCourse, first);
    const again = await packageCourse(fixtureCourse, first);
    const other = await packageCourse(fixtureCourse, second);
    for (let i = 0; i < one.length; i += 1) {
      const bytes = readFileSync(one[i]?.zipPath ?? '');
      // No release date: 1980-01-01 00:00 (the zip format's "no date", local DOS time) and sorted
      // names: nothing depends on when or where the zip was made.
      const times = entryTimes(bytes);
      assert.ok(
        times.every((t) => t.date === dosDate(1980, 1, 1) && t.time === 0),
        JSON.stringify(times[0]),
      );
      assert.equal(one[i]?.date, '1980-01-01');
      assert.deepEqual(
        times.map((t) => t.name),
        times.map((t) => t.name).sort(),
      );
      assert.ok(bytes.equals(readFileSync(again[i]?.zipPath ?? '')), 'repackaging the same folder');
      assert.ok(
        bytes.equals(readFileSync(other[i]?.zipPath ?? '')),
        'packaging an identical folder elsewhere',
      );
    }
  });

  it("dates every entry with the content's release date, deterministically", async () => {
    const released = { ...fixtureCourse, released: '2026-12-01' };
    const first = await packageCourse(released, fakeBuild(join(root, 'r1')));
    const second = await packageCourse(released, fakeBuild(join(root, 'r2')));
    for (let i = 0; i < first.length; i += 1) {
      const bytes = readFileSync(first[i]?.zipPath ?? '');
      assert.equal(first[i]?.date, '2026-12-01');
      assert.ok(
        entryTimes(bytes).every((t) => t.date === dosDate(2026, 12, 1) && t.time === 0),
        JSON.stringify(entryTimes(bytes)[0]),
      );
      assert.ok(bytes.equals(readFileSync(second[i]?.zipPath ?? '')), 'same content, same bytes');
    }
  });

  it('refuses a release date that is not a real YYYY-MM-DD day a zip can hold', () => {
    for (const bad of ['2026-02-30', '1 Dec 2026', '1979-12-31', '2108-01-01', 20261201, '2026-12-1']) {
      assert.throws(
        () => packageDate({ ...fixtureCourse, released: bad }),
        (error: unknown) =>
          error instanceof PackageError && /course "released" must be a real date/.test(error.message),
        String(bad),
      );
    }
    assert.deepEqual(packageDate({ released: '2024-02-29' }).iso, '2024-02-29');
  });

  it('refuses a build folder the sources do not predict', async () => {
    const options = fakeBuild(join(root, 'd'));
    writeFileSync(join(options.buildDir, 'scorm12', 'chunk-1.js'), '');
    await assert.rejects(packageCourse(fixtureCourse, options), PackageError);
  });

  it('predicts the content files and the root manifest from the sources', () => {
    const { assetsDir } = fakeBuild(join(root, 'e'));
    assert.deepEqual(expectedContentFiles(assetsDir), [
      'assets/bump.svg',
      'course-later.js',
      'course.js',
      'index.html',
    ]);
    assert.match(
      rootManifest(fixtureCourse, assetsDir),
      /<schemaversion>2004 4th Edition<\/schemaversion>[\s\S]*<file href="assets\/bump.svg"\/>/,
    );
    assert.deepEqual(expectedContentFiles(join(root, 'missing')), [
      'course-later.js',
      'course.js',
      'index.html',
    ]);
  });
});
