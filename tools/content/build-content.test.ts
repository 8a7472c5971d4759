import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildCourse } from './build-content.js';
import { ContentError } from './content-error.js';

describe('build output', () => {
  it('prints the estimate with its formula, the teaching share and the item-writing figures', () => {
    const lines: string[] = [];
    const course = buildCourse('module', { log: (l) => lines.push(l) });
    const out = lines.join('\n');
    assert.ok(
      out.includes(`Estimated duration: ${course.duration.minutes} minutes = `) && out.includes(' wpm + '),
      out,
    );
    assert.match(
      out,
      /^Teaching share: \d+% \([\d.]+ of [\d.]+ min; the other [\d.]+ min are checks and assessment questions\)$/m,
    );
    assert.match(
      out,
      /^Item writing: the key is strictly the longest option in \d+ of \d+ single-choice items \(\d+%\) of the assessment bank/m,
    );
  });

  it('prints to the console by default (npm run build and check:content), and keeps quiet when asked', (t) => {
    const log = t.mock.method(console, 'log', () => undefined);
    buildCourse('module');
    assert.equal(log.mock.callCount(), 1);
    assert.match(String(log.mock.calls[0]?.arguments[0]), /Estimated duration: /);
    buildCourse('module', { log: false });
    assert.equal(log.mock.callCount(), 1);
  });
});

describe('the item-writing and teaching-share rules from content 2.0.0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'module-2-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('turn the 1.x warnings into errors once the version says 2.0.0', () => {
    cpSync('module', dir, { recursive: true });
    const yaml = join(dir, 'course.yaml');
    const lines: string[] = [];
    const asBuilt = buildCourse(dir, { log: (l) => lines.push(l) });
    const warned = lines.join('\n').match(/\(an error from content version 2\.0\.0\)/g)?.length ?? 0;
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(`version: ${asBuilt.version}`, 'version: 2.0.0'));
    const errors = (() => {
      try {
        buildCourse(dir, { log: false });
        return [];
      } catch (error) {
        assert.ok(error instanceof ContentError);
        return error.problems;
      }
    })();
    if (asBuilt.version.startsWith('1.')) {
      // Whatever the 1.x bank still gets wrong is exactly what 2.0.0 refuses.
      assert.equal(errors.length, warned, lines.join('\n'));
      assert.ok(errors.every((p) => !p.reason.includes('(an error from content version')));
    } else {
      assert.equal(warned, 0);
      assert.deepEqual(errors, []);
    }
  });
});
