/**
 * Manifest validation: the official XSDs through a driver schema (xmllint-wasm, no IO, no network)
 * and the semantic checks an XSD cannot make (ADL CTS rules and this project's package rules).
 */
import { validateXML } from 'xmllint-wasm';
import type { ManifestCourse } from './generate.js';
import { learningTime, scaledPassMark } from './generate.js';
import { DRIVER_FILE, driverSchema, schemaFiles, type ScormVersion } from './schemas.js';
import { childrenNamed, descendantsNamed, parseXml, XmlError, type XmlElement } from './xml.js';

/** One failed check, with a stable code for tests and a message for people. */
export interface ManifestProblem {
  code: string;
  message: string;
}

/** Raised by `assertValidManifest` with every problem found. */
export class ManifestError extends Error {
  override name = 'ManifestError' as const;
  constructor(
    readonly version: ScormVersion,
    readonly problems: readonly ManifestProblem[],
  ) {
    super(
      `${version} imsmanifest.xml is invalid:\n${problems.map((p) => `  [${p.code}] ${p.message}`).join('\n')}`,
    );
  }
}

// libxml2 prints this three-line notice (message, source line, caret) while compiling the 1.2
// ims_xml.xsd; it is not a validation error.
const IMS_XML_NOTICE = /xml namespace URI cannot be the default namespace/;

/** xmllint's output lines that are real problems: the ims_xml.xsd notice and the summary dropped. */
export function xmllintProblems(rawOutput: string): string[] {
  const lines = rawOutput.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (IMS_XML_NOTICE.test(line)) {
      i += 2;
      continue;
    }
    if (!line.trim() || /^imsmanifest\.xml (validates|fails to validate)$/.test(line)) continue;
    kept.push(line.replace(/^imsmanifest\.xml:(\d+): /, 'line $1: '));
  }
  return kept;
}

/** Validates against the official XSD set with a driver importing every namespace. */
export async function validateXsd(xml: string, version: ScormVersion): Promise<ManifestProblem[]> {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: DRIVER_FILE, contents: driverSchema(version) }],
    preload: schemaFiles(version).map(({ name, bytes }) => ({
      fileName: name,
      contents: new Uint8Array(bytes),
    })),
  });
  const problems = xmllintProblems(result.rawOutput).map((message) => ({ code: 'xsd', message }));
  if (!result.valid && problems.length === 0)
    return [{ code: 'xsd', message: result.rawOutput.trim() || 'invalid' }];
  return problems;
}

const NS = {
  scorm12: {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  },
  scorm2004: { cp: 'http://www.imsglobal.org/xsd/imscp_v1p1', adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3' },
} as const;
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
const ADLSEQ = 'http://www.adlnet.org/xsd/adlseq_v1p3';
const LOM = 'http://ltsc.ieee.org/xsd/LOM';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const SCHEMA_VERSION: Record<ScormVersion, string> = { scorm12: '1.2', scorm2004: '2004 4th Edition' };

/** What the semantic checks compare the manifest with. */
export interface CheckContext {
  /** Every entry of the package ('/'-separated, relative to the zip root). */
  files: ReadonlySet<string>;
  /** When given, the manifest must carry exactly these course facts. */
  course?: ManifestCourse;
}

function hrefProblems(href: string, where: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  if (href.includes('\\'))
    problems.push({ code: 'href-backslash', message: `${where}: "${href}" contains a backslash` });
  if (href.startsWith('/'))
    problems.push({ code: 'href-absolute', message: `${where}: "${href}" is an absolute path` });
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(href))
    problems.push({ code: 'href-absolute', message: `${where}: "${href}" has a URL scheme` });
  if (href.split('/').includes('..'))
    problems.push({ code: 'href-outside', message: `${where}: "${href}" leaves the package` });
  return problems;
}

const text = (e: XmlElement | undefined) => (e?.text ?? '').trim();

/**
 * The checks XSD cannot make: schemaversion strings, organizations/@default and every
 * identifierref resolve, leaf items reference a resource, scormType present, hrefs relative with
 * forward slashes, every referenced file in the zip and every content file listed, schema files at
 * the root, the sequencing overrides (2004), and (optionally) agreement with the course.
 */
export function checkManifestSemantics(
  xml: string,
  version: ScormVersion,
  context: CheckContext,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const add = (code: string, message: string) => problems.push({ code, message });
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) return [{ code: 'xml', message: error.message }];
    throw error;
  }
  const ns = NS[version];
  if (root.ns !== ns.cp || root.local !== 'manifest') {
    return [
      { code: 'root', message: `root element must be {${ns.cp}}manifest, found {${root.ns}}${root.local}` },
    ];
  }

  // Metadata strings: the XSD accepts any text here.
  const metadata = childrenNamed(root, ns.cp, 'metadata')[0];
  const schema = text(metadata && childrenNamed(metadata, ns.cp, 'schema')[0]);
  const schemaversion = text(metadata && childrenNamed(metadata, ns.cp, 'schemaversion')[0]);
  if (schema !== 'ADL SCORM') add('schema', `metadata/schema must be "ADL SCORM", found "${schema}"`);
  if (schemaversion !== SCHEMA_VERSION[version]) {
    add(
      'schemaversion',
      `metadata/schemaversion must be "${SCHEMA_VERSION[version]}", found "${schemaversion}"`,
    );
  }

  // Identifiers (xs:ID catches duplicates too; checked here so the checker stands alone).
  const ids = new Map<string, XmlElement>();
  const walk = (e: XmlElement) => {
    const id = e.attributes.get('identifier');
    if (id !== undefined && (e.local === 'organization' || e.local === 'item' || e.local === 'resource')) {
      if (ids.has(id)) add('duplicate-identifier', `identifier "${id}" is used more than once`);
      ids.set(id, e);
    }
    e.children.forEach(walk);
  };
  walk(root);

  const organizations = childrenNamed(root, ns.cp, 'organizations')[0];
  const resourcesElement = childrenNamed(root, ns.cp, 'resources')[0];
  const orgs = organizations ? childrenNamed(organizations, ns.cp, 'organization') : [];
  const resources = resourcesElement ? childrenNamed(resourcesElement, ns.cp, 'resource') : [];
  const resourceById = new Map(resources.map((r) => [r.attributes.get('identifier') ?? '', r]));
  const defaultOrg = organizations?.attributes.get('default');
  if (!defaultOrg || !orgs.some((o) => o.attributes.get('identifier') === defaultOrg)) {
    add('default-organization', `organizations/@default "${defaultOrg ?? ''}" does not name an organization`);
  }
  if (orgs.length === 0) add('no-organization', 'the manifest has no organization');

  const items = orgs.flatMap((o) => descendantsNamed(o, ns.cp, 'item'));
  const scoItems: XmlElement[] = [];
  for (const item of items) {
    const id = item.attributes.get('identifier') ?? '?';
    const ref = item.attributes.get('identifierref');
    const isLeaf = childrenNamed(item, ns.cp, 'item').length === 0;
    if (isLeaf && ref === undefined)
      add('leaf-without-identifierref', `leaf item "${id}" has no identifierref`);
    if (!isLeaf && ref !== undefined)
      add('parent-with-identifierref', `item "${id}" has child items and an identifierref`);
    if (ref === undefined) continue;
    const resource = resourceById.get(ref);
    if (!resource) {
      add('identifierref', `item "${id}" identifierref "${ref}" does not name a resource`);
      continue;
    }
    if (
      resource.attributes.get(`{${ns.adlcp}}${version === 'scorm12' ? 'scormtype' : 'scormType'}`) === 'sco'
    )
      scoItems.push(item);
    if (resource.attributes.get('href') === undefined)
      add('resource-without-href', `resource "${ref}" is launched by item "${id}" but has no href`);
  }
  for (const resource of resources) {
    for (const dep of childrenNamed(resource, ns.cp, 'dependency')) {
      const ref = dep.attributes.get('identifierref') ?? '';
      if (!resourceById.has(ref))
        add('identifierref', `dependency identifierref "${ref}" does not name a resource`);
    }
  }

  // scormType: lower case in 1.2, camel case in 2004; a missing one passes the XSD.
  const typeAttr = version === 'scorm12' ? 'scormtype' : 'scormType';
  for (const resource of resources) {
    const id = resource.attributes.get('identifier') ?? '?';
    const type = resource.attributes.get(`{${ns.adlcp}}${typeAttr}`);
    if (type === undefined) add('scormtype', `resource "${id}" has no adlcp:${typeAttr}`);
    else if (type !== 'sco' && type !== 'asset')
      add('scormtype', `resource "${id}" adlcp:${typeAttr} must be sco or asset, found "${type}"`);
  }

  // Files: every referenced one exists (honouring xml:base), hrefs are relative and forward-slashed.
  const base = (e: XmlElement | undefined) => e?.attributes.get(`{${XML_NS}}base`) ?? '';
  const listed = new Set<string>();
  for (const resource of resources) {
    const id = resource.attributes.get('identifier') ?? '?';
    const prefix = base(root) + base(resourcesElement) + base(resource);
    if (prefix) problems.push(...hrefProblems(prefix, `resource "${id}" xml:base`));
    const href = resource.attributes.get('href');
    if (href !== undefined) {
      problems.push(...hrefProblems(href, `resource "${id}" href`));
      const path = prefix + href.replace(/[?#].*$/, '');
      if (!context.files.has(path))
        add('file-missing', `resource "${id}" href "${path}" is not in the package`);
    }
    for (const file of childrenNamed(resource, ns.cp, 'file')) {
      const fileHref = file.attributes.get('href') ?? '';
      problems.push(...hrefProblems(fileHref, `resource "${id}" file`));
      const path = prefix + fileHref;
      listed.add(path);
      if (!context.files.has(path)) add('file-missing', `file "${path}" is listed but not in the package`);
    }
  }

  // Schema files named in xsi:schemaLocation (and the set they import) sit at the zip root.
  const locations = (root.attributes.get(`{${XSI}}schemaLocation`) ?? '').trim().split(/\s+/).filter(Boolean);
  const schemaNames = new Set(schemaFiles(version).map((f) => f.name));
  for (let i = 1; i < locations.length; i += 2) {
    const file = locations[i] ?? '';
    schemaNames.add(file);
    if (!context.files.has(file))
      add('schema-missing', `schema "${file}" named in xsi:schemaLocation is not at the package root`);
  }
  for (const file of context.files) {
    if (file === 'imsmanifest.xml' || (schemaNames.has(file) && !file.includes('/'))) continue;
    if (!listed.has(file)) add('unlisted-file', `"${file}" is in the package but not listed in any resource`);
  }

  if (version === 'scorm12') {
    for (const item of items) {
      for (const mastery of childrenNamed(item, ns.adlcp, 'masteryscore')) {
        // The 1.2 XSD types masteryscore as a string; LMSs need an integer percentage.
        const value = text(mastery);
        if (!/^\d{1,3}$/.test(value) || Number(value) > 100)
          add('masteryscore', `adlcp:masteryscore must be 0–100, found "${value}"`);
      }
    }
  }
  if (version === 'scorm2004') problems.push(...sequencingProblems(orgs, scoItems));
  if (context.course) problems.push(...courseProblems(root, version, scoItems, context.course));
  return problems;
}

function sequencingProblems(orgs: XmlElement[], scoItems: XmlElement[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const org of orgs) {
    if (org.attributes.get(`{${ADLSEQ}}objectivesGlobalToSystem`) !== 'false') {
      problems.push({
        code: 'objectives-global',
        message: `organization "${org.attributes.get('identifier')}" must set adlseq:objectivesGlobalToSystem="false"`,
      });
    }
  }
  for (const item of scoItems) {
    const id = item.attributes.get('identifier');
    const sequencing = childrenNamed(item, IMSSS, 'sequencing')[0];
    const delivery = sequencing && childrenNamed(sequencing, IMSSS, 'deliveryControls')[0];
    for (const control of ['completionSetByContent', 'objectiveSetByContent']) {
      if (delivery?.attributes.get(control) !== 'true') {
        problems.push({
          code: 'delivery-controls',
          message: `SCO item "${id}" must set deliveryControls ${control}="true" (the default lets an LMS complete it at launch)`,
        });
      }
    }
  }
  return problems;
}

function courseProblems(
  root: XmlElement,
  version: ScormVersion,
  scoItems: XmlElement[],
  course: ManifestCourse,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const expect = (code: string, what: string, found: string | undefined, wanted: string) => {
    if (found !== wanted)
      problems.push({ code, message: `${what} is "${found ?? ''}", the course says "${wanted}"` });
  };
  const cp = NS[version].cp;
  expect('course-id', 'manifest identifier', root.attributes.get('identifier'), course.id);
  expect('course-version', 'manifest version', root.attributes.get('version'), course.version);
  const org = childrenNamed(childrenNamed(root, cp, 'organizations')[0] ?? root, cp, 'organization')[0];
  expect('course-title', 'organization title', text(org && childrenNamed(org, cp, 'title')[0]), course.title);
  if (scoItems.length !== 1)
    problems.push({
      code: 'one-sco',
      message: `the package must launch exactly one SCO, found ${scoItems.length}`,
    });
  const item = scoItems[0];
  if (!item) return problems;
  if (version === 'scorm12') {
    const mastery = childrenNamed(item, NS.scorm12.adlcp, 'masteryscore')[0];
    expect('pass-mark', 'adlcp:masteryscore', mastery && text(mastery), String(course.assessment.passMark));
    return problems;
  }
  const primary = descendantsNamed(item, IMSSS, 'primaryObjective')[0];
  if (primary?.attributes.get('satisfiedByMeasure') !== 'true') {
    problems.push({
      code: 'pass-mark',
      message: 'the primary objective must set satisfiedByMeasure="true", or the LMS ignores the pass mark',
    });
  }
  const measure = primary && childrenNamed(primary, IMSSS, 'minNormalizedMeasure')[0];
  const found = measure ? Number(text(measure)) : undefined;
  expect(
    'pass-mark',
    'primaryObjective minNormalizedMeasure',
    found === undefined ? undefined : String(found),
    String(Number(scaledPassMark(course.assessment.passMark))),
  );
  const metadata = childrenNamed(root, cp, 'metadata')[0];
  const lom = metadata && childrenNamed(metadata, LOM, 'lom')[0];
  if (!lom) {
    problems.push({
      code: 'lom',
      message: 'metadata has no LOM record (description, keywords, typical learning time)',
    });
    return problems;
  }
  const general = childrenNamed(lom, LOM, 'general')[0];
  const strings = (e: XmlElement | undefined) => (e ? childrenNamed(e, LOM, 'string').map(text) : []);
  expect(
    'lom',
    'LOM description',
    general && strings(childrenNamed(general, LOM, 'description')[0])[0],
    course.description,
  );
  expect('lom', 'LOM language', text(general && childrenNamed(general, LOM, 'language')[0]), course.language);
  expect(
    'lom',
    'LOM keywords',
    general && childrenNamed(general, LOM, 'keyword').flatMap(strings).join(' | '),
    course.keywords.join(' | '),
  );
  const educational = childrenNamed(lom, LOM, 'educational')[0];
  const duration = descendantsNamed(educational ?? lom, LOM, 'duration')[0];
  expect('lom', 'LOM typicalLearningTime', duration && text(duration), learningTime(course.duration.minutes));
  const lifeCycle = childrenNamed(lom, LOM, 'lifeCycle')[0];
  expect(
    'lom',
    'LOM version',
    lifeCycle && strings(childrenNamed(lifeCycle, LOM, 'version')[0])[0],
    course.version,
  );
  return problems;
}

/** Runs the XSD and the semantic checks; resolves with every problem (empty when valid). */
export async function validateManifest(
  xml: string,
  version: ScormVersion,
  context: CheckContext,
): Promise<ManifestProblem[]> {
  const xsd = await validateXsd(xml, version);
  return [...xsd, ...checkManifestSemantics(xml, version, context)];
}

/** Throws ManifestError listing every problem; returns quietly when the manifest is valid. */
export async function assertValidManifest(
  xml: string,
  version: ScormVersion,
  context: CheckContext,
): Promise<void> {
  const problems = await validateManifest(xml, version, context);
  if (problems.length) throw new ManifestError(version, problems);
}
