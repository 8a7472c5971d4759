import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SIZE_BUDGET_GZIP, measurePackage } from './package-size.js';

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
        `${dir}: ${size.total.gzip} bytes gzipped exceeds the budget of ${SIZE_BUDGET_GZIP} ` +
          `(code ${size.js.gzip}, course text ${size.content.gzip}, CSS ${size.css.gzip}, HTML ${size.html.gzip}); ` +
          'see bench/README.md for how to find what grew',
      );
    });
  }
});
