import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  FIRST_LOAD_BUDGET_GZIP,
  FIRST_LOAD_REQUESTS,
  SIZE_BUDGET_GZIP,
  measureFirstLoad,
  measurePackage,
} from './package-size.js';

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

    it(`loads the ${standard} welcome and first lesson in at most ${FIRST_LOAD_REQUESTS} requests and ${FIRST_LOAD_BUDGET_GZIP / 1024} KB gzipped`, () => {
      const dir = `build/${standard}`;
      const first = measureFirstLoad(dir);
      assert.deepEqual(
        first.files,
        ['index.html', 'course.js'],
        'the page, then one script with no static imports',
      );
      assert.ok(first.files.length <= FIRST_LOAD_REQUESTS);
      assert.ok(
        first.gzip <= FIRST_LOAD_BUDGET_GZIP,
        `${dir}: the first load is ${first.gzip} bytes gzipped (${first.files.join(', ')}), over ${FIRST_LOAD_BUDGET_GZIP}`,
      );
      // What the first load leaves out really comes later: the later part is in the package and
      // course.js imports it (dynamically), so the whole course is there once the first screen is up.
      assert.ok(existsSync(`${dir}/course-later.js`), 'course-later.js is in the package');
      assert.match(readFileSync(`${dir}/course.js`, 'utf8'), /import\("\.\/course-later\.js"\)/);
      assert.ok(
        measurePackage(dir).total.gzip > first.gzip + 30_000,
        'most of the course text is not in the first load',
      );
    });
  }
});
