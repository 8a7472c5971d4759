import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { measurePackage } from './package-size.js';

/**
 * The whole course (code, styles and content) a learner downloads, gzipped.
 *
 * The product goal is 60 KB (issue 7) and it is not met yet: the course text alone is ~27 KB and
 * Lit + xstate ~19 KB, which leaves ~14 KB for the player against ~30 KB today. Until the player
 * is slimmed, this ceiling (just above the current ~76 KB) stops the package from growing.
 */
export const SIZE_GOAL_GZIP = 60 * 1024;
export const SIZE_BUDGET_GZIP = 78 * 1024;

describe('size budget', () => {
  for (const standard of ['scorm12', 'scorm2004']) {
    it(`keeps the ${standard} package's code, styles and content within ${SIZE_BUDGET_GZIP / 1024} KB gzipped`, () => {
      const dir = `build/${standard}`;
      assert.ok(existsSync(`${dir}/course.js`), `${dir}/course.js exists (npm run build)`);
      const size = measurePackage(dir);
      assert.ok(size.js.raw > 10_000, 'the bundle holds the player');
      assert.ok(size.content.raw > 1_000, 'the course text is measured');
      assert.ok(
        size.total.gzip <= SIZE_BUDGET_GZIP,
        `${size.total.gzip} bytes gzipped exceeds ${SIZE_BUDGET_GZIP}`,
      );
    });
  }
});
