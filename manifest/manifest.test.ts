import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateManifest, learningTime, scaledPassMark } from './generate.js';
import { fixtureContentFiles, fixtureCourse } from './fixtures/course.js';
import { schemaFiles, type ScormVersion } from './schemas.js';
import {
  assertValidManifest,
  checkManifestSemantics,
  ManifestError,
  validateXsd,
  xmllintProblems,
} from './validate.js';

const VERSIONS: ScormVersion[] = ['scorm12', 'scorm2004'];
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const packageFiles = (version: ScormVersion, content = fixtureContentFiles) =>
  new Set(['imsmanifest.xml', ...content, ...schemaFiles(version).map((f) => f.name)]);
const versionOf = (name: string): ScormVersion => (name.startsWith('scorm12') ? 'scorm12' : 'scorm2004');

describe('generated manifests', () => {
  for (const version of VERSIONS) {
    it(`${version} validates against the XSDs and the semantic checks`, async () => {
      const xml = generateManifest(version, fixtureCourse, fixtureContentFiles);
      assert.deepEqual(await validateXsd(xml, version), []);
      assert.deepEqual(
        checkManifestSemantics(xml, version, { files: packageFiles(version), course: fixtureCourse }),
        [],
      );
      await assertValidManifest(xml, version, { files: packageFiles(version), course: fixtureCourse });
    });

    it(`${version} escapes the title and lists files sorted`, () => {
      const xml = generateManifest(version, fixtureCourse, fixtureContentFiles);
      assert.match(xml, /<title>Parents &amp; babies: &lt;bonding&gt; &quot;first&quot; steps<\/title>/);
      const hrefs = [...xml.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(hrefs, ['assets/bump.svg', 'course.js', 'index.html']);
    });

    it(`${version} is deterministic`, () => {
      assert.equal(
        generateManifest(version, fixtureCourse, [...fixtureContentFiles].reverse()),
        generateManifest(version, fixtureCourse, fixtureContentFiles),
      );
    });
  }

  it('2004 carries the pass mark, sequencing overrides and LOM metadata', () => {
    const xml = generateManifest('scorm2004', fixtureCourse, fixtureContentFiles);
    assert.match(
      xml,
      /<imsss:primaryObjective objectiveID="PRIMARY" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8<\/imsss:minNormalizedMeasure>/,
    );
    assert.match(xml, /completionSetByContent="true" objectiveSetByContent="true"/);
    assert.match(xml, /adlseq:objectivesGlobalToSystem="false"/);
    assert.match(xml, /<duration>PT1H35M<\/duration>/);
    assert.match(xml, /<keyword><string language="en-GB">attachment &amp; attunement<\/string><\/keyword>/);
  });

  it('1.2 carries the pass mark as masteryscore and no inline LOM', () => {
    const xml = generateManifest('scorm12', fixtureCourse, fixtureContentFiles);
    assert.match(xml, /<adlcp:masteryscore>80<\/adlcp:masteryscore>/);
    assert.doesNotMatch(xml, /<lom|imsmd:/);
  });

  it('formats pass marks and learning times without float noise', () => {
    assert.deepEqual([1, 7, 70, 75, 80, 100].map(scaledPassMark), [
      '0.01',
      '0.07',
      '0.7',
      '0.75',
      '0.8',
      '1',
    ]);
    assert.deepEqual([0.2, 5, 59.6, 60, 95.4, 125].map(learningTime), [
      'PT1M',
      'PT5M',
      'PT1H',
      'PT1H',
      'PT1H35M',
      'PT2H5M',
    ]);
  });
});

it('the ims_xml.xsd notice is filtered from xmllint output, real errors kept', () => {
  const raw = [
    'ims_xml.xsd:1: namespace error : xml namespace URI cannot be the default namespace',
    'filename=ims_xml.xsd --><xsd:schema xmlns="http://www.w3.org/XML/1998/namespace"',
    '      ^',
    "imsmanifest.xml:23: Schemas validity error : Element 'x': bad.",
    'imsmanifest.xml fails to validate',
    '',
  ].join('\n');
  assert.deepEqual(xmllintProblems(raw), ["line 23: Schemas validity error : Element 'x': bad."]);
});

describe('broken fixtures the XSDs must reject (driver schema imports every namespace)', () => {
  const cases: Array<[string, RegExp]> = [
    ['scorm2004-delivery-control-typo.xml', /deliveryControl'?: This element is not expected/],
    ['scorm2004-measure-percent.xml', /minNormalizedMeasure.*'80'/],
    ['scorm2004-scormtype-upper-case.xml', /scormType.*'SCO'/],
    ['scorm2004-hidelmsui-back.xml', /hideLMSUI.*'back'/],
    ['scorm12-scormtype-camel-case.xml', /scormType/],
    [
      'scorm12-duplicate-identifier.xml',
      /line 23: .*'ITEM_1' is not a valid value of the atomic type 'xs:ID'/,
    ],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const problems = await validateXsd(fixture(name), versionOf(name));
      assert.ok(problems.length > 0, 'expected XSD errors');
      assert.ok(
        problems.every((p) => p.code === 'xsd') && problems.some((p) => message.test(p.message)),
        problems.map((p) => p.message).join('\n'),
      );
      assert.ok(
        problems.every((p) => !/default namespace|XML\/1998|^\s*\^/.test(p.message)),
        'the ims_xml.xsd notice is filtered',
      );
    });
  }
});

describe('broken fixtures only the semantic checks catch (each passes the XSDs)', () => {
  const cases: Array<[string, string[]]> = [
    ['scorm2004-schemaversion.xml', ['schemaversion']],
    ['scorm12-schemaversion.xml', ['schemaversion']],
    ['scorm2004-identifierref.xml', ['identifierref', 'one-sco']],
    ['scorm2004-scormtype-missing.xml', ['scormtype', 'one-sco']],
    ['scorm12-scormtype-missing.xml', ['scormtype', 'one-sco']],
    ['scorm12-absolute-href.xml', ['href-absolute', 'file-missing', 'unlisted-file']],
    ['scorm12-backslash-href.xml', ['href-backslash', 'file-missing', 'unlisted-file']],
    ['scorm2004-file-missing.xml', ['file-missing']],
    ['scorm2004-file-unlisted.xml', ['unlisted-file']],
    ['scorm2004-default-organization.xml', ['default-organization']],
    ['scorm2004-leaf-without-identifierref.xml', ['leaf-without-identifierref', 'one-sco']],
    ['scorm2004-sequencing-defaults.xml', ['objectives-global', 'delivery-controls']],
    [
      'scorm2004-xml-base.xml',
      [
        'file-missing',
        'file-missing',
        'file-missing',
        'file-missing',
        'unlisted-file',
        'unlisted-file',
        'unlisted-file',
      ],
    ],
    ['scorm12-pass-mark.xml', ['pass-mark']],
    ['scorm12-masteryscore-text.xml', ['masteryscore', 'pass-mark']],
    ['scorm2004-pass-mark-not-by-measure.xml', ['pass-mark']],
    ['scorm2004-lom-description.xml', ['lom']],
  ];
  for (const [name, codes] of cases) {
    it(name, async () => {
      const version = versionOf(name);
      const xml = fixture(name);
      assert.deepEqual(await validateXsd(xml, version), [], 'the XSDs accept it');
      const problems = checkManifestSemantics(xml, version, {
        files: packageFiles(version),
        course: fixtureCourse,
      });
      assert.deepEqual(
        problems.map((p) => p.code).sort(),
        [...codes].sort(),
        problems.map((p) => p.message).join('\n'),
      );
      await assert.rejects(
        assertValidManifest(xml, version, { files: packageFiles(version), course: fixtureCourse }),
        ManifestError,
      );
    });
  }

  it('xml:base is honoured when the files are where it says', () => {
    const xml = fixture('scorm2004-xml-base.xml');
    const files = packageFiles(
      'scorm2004',
      fixtureContentFiles.map((f) => `content/${f}`),
    );
    assert.deepEqual(checkManifestSemantics(xml, 'scorm2004', { files, course: fixtureCourse }), []);
  });

  it('a schema named in xsi:schemaLocation must be at the package root', () => {
    const xml = generateManifest('scorm2004', fixtureCourse, fixtureContentFiles);
    const files = packageFiles('scorm2004');
    files.delete('imsss_v1p0.xsd');
    const problems = checkManifestSemantics(xml, 'scorm2004', { files });
    assert.deepEqual(
      problems.map((p) => p.code),
      ['schema-missing'],
    );
  });

  it('hrefs with a URL scheme or leaving the package are rejected', () => {
    const xml = generateManifest('scorm2004', fixtureCourse, fixtureContentFiles)
      .replace('<file href="course.js"/>', '<file href="file:///c/course.js"/>')
      .replace('<file href="index.html"/>', '<file href="../index.html"/>');
    const codes = checkManifestSemantics(xml, 'scorm2004', { files: packageFiles('scorm2004') }).map(
      (p) => p.code,
    );
    assert.deepEqual(codes.sort(), [
      'file-missing',
      'file-missing',
      'href-absolute',
      'href-outside',
      'unlisted-file',
      'unlisted-file',
    ]);
  });

  it('a malformed document is reported, not thrown', () => {
    const problems = checkManifestSemantics('<manifest><unclosed></manifest>', 'scorm12', {
      files: new Set(),
    });
    assert.deepEqual(
      problems.map((p) => p.code),
      ['xml'],
    );
  });
});
