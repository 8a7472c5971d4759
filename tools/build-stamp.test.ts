import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUILD_INPUTS, inputsHash, rebuildReason, writeStamp } from './build-stamp.js';

describe('the build stamp', () => {
  let root = '';
  let buildDir = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'stamp-'));
    buildDir = join(root, 'build');
    mkdirSync(join(root, 'module', 'lessons'), { recursive: true });
    mkdirSync(join(root, 'src'), { recursive: true });
    mkdirSync(join(buildDir, 'scorm12'), { recursive: true });
    writeFileSync(join(root, 'module', 'course.yaml'), 'version: 1.0.0\n');
    writeFileSync(join(root, 'module', 'lessons', 'one.md'), '# One\n');
    writeFileSync(join(root, 'src', 'main.ts'), 'export {};\n');
    writeFileSync(join(root, 'src', 'main.test.ts'), 'it();\n');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
    writeFileSync(join(buildDir, 'course.json'), '{}');
    writeFileSync(join(buildDir, 'scorm12', 'course.js'), 'run();');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('says what needs a rebuild, and nothing once a build is recorded and untouched', () => {
    const inputs = inputsHash(root);
    assert.equal(rebuildReason(buildDir, inputs), 'no earlier build recorded');
    writeStamp(buildDir, inputs, ['course.json', 'scorm12/course.js']);
    assert.equal(rebuildReason(buildDir, inputs), undefined);
    assert.equal(inputsHash(root), inputs, 'hashing again gives the same hash');
  });

  it('notices a changed, added or renamed source, but not a test file', () => {
    const before = inputsHash(root);
    writeFileSync(join(root, 'src', 'main.test.ts'), 'it("changed");\n');
    assert.equal(inputsHash(root), before, 'tests are not build inputs');
    writeFileSync(join(root, 'module', 'lessons', 'one.md'), '# One, edited\n');
    const edited = inputsHash(root);
    assert.notEqual(edited, before);
    assert.equal(rebuildReason(buildDir, edited), 'sources changed');
    writeFileSync(join(root, 'module', 'lessons', 'one.md'), '# One\n');
    assert.equal(inputsHash(root), before, 'putting the text back is up to date again');
    writeFileSync(join(root, 'module', 'lessons', 'two.md'), '');
    assert.notEqual(inputsHash(root), before, 'a new (even empty) file counts');
    rmSync(join(root, 'module', 'lessons', 'two.md'));
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    assert.notEqual(inputsHash(root), before, 'a dependency change counts');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
  });

  it('rebuilds when an output was deleted or changed', () => {
    const inputs = inputsHash(root);
    writeStamp(buildDir, inputs, ['course.json', 'scorm12/course.js']);
    writeFileSync(join(buildDir, 'scorm12', 'course.js'), 'tampered();');
    assert.equal(rebuildReason(buildDir, inputs), 'scorm12/course.js was changed');
    rmSync(join(buildDir, 'course.json'));
    assert.equal(rebuildReason(buildDir, inputs), 'course.json is missing');
  });
});

describe('npm run build with nothing changed', () => {
  it('prints "Build is up to date" and builds nothing', () => {
    // A folder whose inputs are the repository's own (linked), with a stamp matching them.
    const root = mkdtempSync(join(tmpdir(), 'uptodate-'));
    try {
      for (const input of [...BUILD_INPUTS, 'node_modules']) symlinkSync(resolve(input), join(root, input));
      const buildDir = join(root, 'build');
      mkdirSync(buildDir);
      writeFileSync(join(buildDir, 'course.json'), '{"recorded": true}');
      writeStamp(buildDir, inputsHash(root), ['course.json']);
      const run = spawnSync(process.execPath, ['--import', 'tsx', resolve('tools/build.ts')], {
        cwd: root,
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^Build is up to date: nothing in module\/, src\//);
      assert.doesNotMatch(run.stdout, /Built |Packaged /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
