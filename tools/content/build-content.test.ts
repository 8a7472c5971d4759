import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCourse } from './build-content.js';

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
