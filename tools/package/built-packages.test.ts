import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import type { Course } from '../../src/content/course-schema.js';
import { COURSE_JSON } from '../content/build-content.js';
import { schemaFiles } from '../../manifest/schemas.js';
import { checkPackages } from './check-packages.js';
import { expectedContentFiles } from './package.js';

// Needs `npm run build` first (npm test runs it): these are the zips educators upload.
it('both built zips hold a valid manifest, every schema at the root and every content file', async () => {
  // The course the zips were built from (the root-manifest test compares with module/ itself).
  const course = JSON.parse(readFileSync(COURSE_JSON, 'utf8')) as Course;
  const checks = await checkPackages(course);
  for (const check of checks) {
    assert.deepEqual(check.xsd, [], `${check.zipPath}: XSD`);
    assert.deepEqual(check.semantic, [], `${check.zipPath}: semantic checks`);
    const expected = [
      'imsmanifest.xml',
      ...expectedContentFiles(),
      ...schemaFiles(check.standard).map((s) => s.name),
    ].sort();
    assert.deepEqual(check.entries, expected, check.zipPath);
  }
});
