/**
 * The official SCORM XSD sets, taken from the node-scorm-packager npm package (used as data only,
 * never committed), and the driver schemas that make xmllint check every extension namespace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The two packaged standards. */
export type ScormVersion = 'scorm12' | 'scorm2004';

const FOLDERS: Record<ScormVersion, string> = {
  scorm12: 'scorm12edition',
  // 4th Edition only: the 3rd Edition set rejects completedByMeasure and friends.
  scorm2004: 'scorm20044thedition',
};

/** Folder holding the official XSD/DTD set for a standard. */
export function schemaDir(version: ScormVersion): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('node-scorm-packager/package.json');
  return join(dirname(packageJson), 'lib', 'schemas', 'definitionFiles', FOLDERS[version]);
}

/** Every file of the set (name and bytes), sorted by name: all of them go to the zip root. */
export function schemaFiles(version: ScormVersion): Array<{ name: string; bytes: Buffer }> {
  const dir = schemaDir(version);
  return readdirSync(dir)
    .filter((name) => /\.(xsd|dtd)$/.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** File name of the driver schema inside the preload set (never shipped in a package). */
export const DRIVER_FILE = 'driver.xsd';

/**
 * A schema importing every namespace the manifest uses. xmllint validates against the one schema
 * it is given and ignores xsi:schemaLocation; the 2004 imscp wildcards are `lax`, so without the
 * driver a typo in an imsss/adlcp element would pass unchecked.
 */
export function driverSchema(version: ScormVersion): string {
  const imports: Array<[string, string]> =
    version === 'scorm12'
      ? [
          ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
          ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
          // No imsmd: libxml2 2.13 cannot compile imsmd_rootv1p2p1.xsd, and the 1.2 manifest has no inline LOM.
        ]
      : [
          ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
          ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
          ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
          ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
          ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
        ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:project:${version}-all">`,
    ...imports.map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`),
    '</xs:schema>',
    '',
  ].join('\n');
}
