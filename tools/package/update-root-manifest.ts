/**
 * `npx tsx tools/package/update-root-manifest.ts`: regenerates the repository's root
 * imsmanifest.xml (the SCORM 2004 manifest) from module/. The build never writes it, so the drift
 * test keeps meaning something in CI, where the build runs before the tests.
 */
import { writeFileSync } from 'node:fs';
import { buildCourse } from '../content/build-content.js';
import { ContentError } from '../content/content-error.js';
import { rootManifest } from './package.js';

/** Path of the committed manifest, relative to the repository root. */
export const ROOT_MANIFEST = 'imsmanifest.xml';

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    writeFileSync(ROOT_MANIFEST, rootManifest(buildCourse()));
    console.log(`Wrote ${ROOT_MANIFEST}`);
  } catch (error) {
    console.error(error instanceof ContentError ? error.message : error);
    process.exit(1);
  }
}
