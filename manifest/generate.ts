/**
 * Generates imsmanifest.xml for both standards from the compiled course, so the title, version,
 * language, description, keywords, typical learning time and pass mark in the package always
 * equal the course's own (LMSs rewrite status from the manifest's pass mark).
 */
import type { Course } from '../src/content/course-schema.js';
import { escapeXml as x } from './xml.js';
import type { ScormVersion } from './schemas.js';

/** The course fields a manifest is built from. */
export type ManifestCourse = Pick<
  Course,
  'id' | 'title' | 'description' | 'version' | 'language' | 'keywords' | 'duration'
> & {
  assessment: Pick<Course['assessment'], 'passMark'>;
};

/** Identifiers of the single organization, item and SCO resource. */
export const IDS = {
  organization: 'ORG_1',
  item: 'ITEM_1',
  resource: 'RES_1',
  objective: 'PRIMARY',
} as const;

/** The page that launches the SCO. */
export const LAUNCH_FILE = 'index.html';

/** 2004 pass mark: the percentage as a 0..1 decimal without float noise (80 → "0.8"). */
export function scaledPassMark(passMark: number): string {
  return (passMark / 100).toFixed(2).replace(/\.?0+$/, '') || '0';
}

/** LOM typical learning time as an ISO 8601 duration in whole minutes (at least one). */
export function learningTime(minutes: number): string {
  const total = Math.max(1, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return `PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
}

function fileList(files: readonly string[], indent: string): string[] {
  return [...files].sort().map((href) => `${indent}<file href="${x(href)}"/>`);
}

/** The one SCO resource listing every file; 1.2 spells the attribute `scormtype`, 2004 `scormType`. */
function resources(
  scormTypeAttribute: 'adlcp:scormtype' | 'adlcp:scormType',
  files: readonly string[],
): string[] {
  return [
    '  <resources>',
    `    <resource identifier="${IDS.resource}" type="webcontent" ${scormTypeAttribute}="sco" href="${LAUNCH_FILE}">`,
    ...fileList(files, '      '),
    '    </resource>',
    '  </resources>',
  ];
}

/**
 * SCORM 1.2: imscp 1.1.2 + adlcp 1.2. No inline imsmd LOM (libxml2 2.13 cannot compile
 * imsmd_rootv1p2p1.xsd), so description, keywords and learning time are not in the 1.2 manifest.
 */
export function manifest12(course: ManifestCourse, files: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${x(course.id)}" version="${x(course.version)}"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
    '    http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
    '    http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${IDS.organization}">`,
    `    <organization identifier="${IDS.organization}">`,
    `      <title>${x(course.title)}</title>`,
    `      <item identifier="${IDS.item}" identifierref="${IDS.resource}">`,
    `        <title>${x(course.title)}</title>`,
    `        <adlcp:masteryscore>${course.assessment.passMark}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    ...resources('adlcp:scormtype', files),
    '</manifest>',
    '',
  ].join('\n');
}

/**
 * SCORM 2004 4th Edition. Description, keywords, version and typical learning time go in inline
 * IEEE LOM inside the manifest metadata (imscp allows any foreign element there). The sequencing
 * defaults are overridden so no LMS marks the course complete or passed at launch.
 */
export function manifest2004(course: ManifestCourse, files: readonly string[]): string {
  const lang = x(course.language);
  const langString = (text: string) => `<string language="${lang}">${x(text)}</string>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${x(course.id)}" version="${x(course.version)}"`,
    '  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    '  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    '  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    '  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
    '    http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
    '    http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
    '    http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
    '    http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    '    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">',
    '      <general>',
    `        <title>${langString(course.title)}</title>`,
    `        <language>${lang}</language>`,
    `        <description>${langString(course.description)}</description>`,
    ...course.keywords.map((k) => `        <keyword>${langString(k)}</keyword>`),
    '      </general>',
    '      <lifeCycle>',
    `        <version><string language="x-none">${x(course.version)}</string></version>`,
    '      </lifeCycle>',
    '      <educational>',
    `        <typicalLearningTime><duration>${learningTime(course.duration.minutes)}</duration></typicalLearningTime>`,
    '      </educational>',
    '    </lom>',
    '  </metadata>',
    `  <organizations default="${IDS.organization}">`,
    // Objectives stay local to this course: the default (true) shares them across courses.
    `    <organization identifier="${IDS.organization}" adlseq:objectivesGlobalToSystem="false">`,
    `      <title>${x(course.title)}</title>`,
    `      <item identifier="${IDS.item}" identifierref="${IDS.resource}">`,
    `        <title>${x(course.title)}</title>`,
    '        <imsss:sequencing>',
    '          <imsss:objectives>',
    // satisfiedByMeasure makes the LMS set cmi.scaled_passing_score from minNormalizedMeasure.
    `            <imsss:primaryObjective objectiveID="${IDS.objective}" satisfiedByMeasure="true">`,
    `              <imsss:minNormalizedMeasure>${scaledPassMark(course.assessment.passMark)}</imsss:minNormalizedMeasure>`,
    '            </imsss:primaryObjective>',
    '          </imsss:objectives>',
    // The content, not the LMS, decides completion and success (defaults are false: "complete on launch").
    '          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
    '        </imsss:sequencing>',
    '      </item>',
    '      <imsss:sequencing>',
    '        <imsss:controlMode choice="true" flow="true"/>',
    '      </imsss:sequencing>',
    '    </organization>',
    '  </organizations>',
    ...resources('adlcp:scormType', files),
    '</manifest>',
    '',
  ].join('\n');
}

/** The manifest for a standard. */
export function generateManifest(
  version: ScormVersion,
  course: ManifestCourse,
  files: readonly string[],
): string {
  return version === 'scorm12' ? manifest12(course, files) : manifest2004(course, files);
}
