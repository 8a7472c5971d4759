/**
 * `npx tsx tools/package/check-packages.ts`: opens the built zips and validates each manifest
 * (official XSDs through the driver schema, then the semantic checks) against the zip's own
 * entries, as an LMS importing it would see them. Prints one line per check; exits 1 on failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ManifestCourse } from '../../manifest/generate.js';
import { checkManifestSemantics, validateXsd, type ManifestProblem } from '../../manifest/validate.js';
import type { ScormVersion } from '../../manifest/schemas.js';
import { PACKAGE_STANDARDS, zipName } from './package.js';

/** The result of checking one zip. */
export interface ZipCheck {
  standard: ScormVersion;
  zipPath: string;
  bytes: number;
  entries: string[];
  xsd: ManifestProblem[];
  semantic: ManifestProblem[];
}

/** Validates the manifest inside a zip against the zip's entries and the course. */
export async function checkZip(
  zipPath: string,
  standard: ScormVersion,
  course: ManifestCourse,
): Promise<ZipCheck> {
  const bytes = readFileSync(zipPath);
  const files = unzipSync(bytes);
  const entries = Object.keys(files).sort();
  const manifestBytes = files['imsmanifest.xml'];
  if (!manifestBytes) {
    const missing = [{ code: 'manifest-missing', message: 'imsmanifest.xml is not at the zip root' }];
    return { standard, zipPath, bytes: bytes.byteLength, entries, xsd: missing, semantic: [] };
  }
  const manifest = new TextDecoder().decode(manifestBytes);
  return {
    standard,
    zipPath,
    bytes: bytes.byteLength,
    entries,
    xsd: await validateXsd(manifest, standard),
    semantic: checkManifestSemantics(manifest, standard, { files: new Set(entries), course }),
  };
}

/** Checks both zips of the course in `buildDir`. */
export async function checkPackages(course: ManifestCourse, buildDir = 'build'): Promise<ZipCheck[]> {
  const checks: ZipCheck[] = [];
  for (const standard of PACKAGE_STANDARDS) {
    const zipPath = join(buildDir, zipName(course, standard));
    if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run npm run build`);
    checks.push(await checkZip(zipPath, standard, course));
  }
  return checks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { buildCourse } = await import('../content/build-content.js');
  const checks = await checkPackages(buildCourse());
  let failed = false;
  for (const c of checks) {
    console.log(`${c.zipPath}: ${c.bytes} bytes, ${c.entries.length} entries`);
    console.log(`  XSD (driver importing every namespace): ${c.xsd.length ? 'INVALID' : 'valid'}`);
    console.log(`  Semantic checks: ${c.semantic.length ? 'FAILED' : 'passed'}`);
    for (const p of [...c.xsd, ...c.semantic]) console.log(`    [${p.code}] ${p.message}`);
    failed ||= c.xsd.length + c.semantic.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
