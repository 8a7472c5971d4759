import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { buildCourse } from '../content/build-content.js';
import { schemaFiles } from '../../manifest/schemas.js';
import { validateManifest } from '../../manifest/validate.js';
import { expectedContentFiles, rootManifest } from './package.js';
import { ROOT_MANIFEST } from './update-root-manifest.js';

// Generated from module/ alone (not from build/), so it fails even where the build has not run.
it('the root imsmanifest.xml equals the 2004 manifest generated from module/', () => {
  assert.ok(
    existsSync(ROOT_MANIFEST),
    `${ROOT_MANIFEST} is missing: run npx tsx tools/package/update-root-manifest.ts`,
  );
  const expected = rootManifest(buildCourse());
  assert.equal(
    readFileSync(ROOT_MANIFEST, 'utf8'),
    expected,
    `${ROOT_MANIFEST} has drifted from module/: run npx tsx tools/package/update-root-manifest.ts and commit it`,
  );
});

it('the root imsmanifest.xml is a valid SCORM 2004 manifest for the course', async () => {
  const course = buildCourse();
  const files = new Set([
    'imsmanifest.xml',
    ...expectedContentFiles(),
    ...schemaFiles('scorm2004').map((s) => s.name),
  ]);
  assert.deepEqual(
    await validateManifest(readFileSync(ROOT_MANIFEST, 'utf8'), 'scorm2004', { files, course }),
    [],
  );
});
