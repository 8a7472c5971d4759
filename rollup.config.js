// Two course bundles, one per SCORM standard: each entry imports only its own LMS adapter, so the
// 1.2 package looks only for `API` and the 2004 package only for `API_1484_11`.
//
// Each bundle is two ES module files with fixed names (the manifests list them, and the same
// sources give the same files): course.js, everything the welcome and the first lesson need, with
// the first part of the course; and course-later.js, the later part of the course and the screens
// not needed at first, imported by course.js right after the first screen renders.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './tools/minify-templates.js';
import { splitCourse } from './src/content/course-parts-later.js';

export const STANDARDS = ['scorm12', 'scorm2004'];

/**
 * `import course from 'virtual:course'` gives the first part of the compiled, validated
 * build/course.json, and `virtual:course-later` the later part (src/content/course-parts.ts, course-parts-later.ts).
 */
function compiledCourse() {
  const ids = { 'virtual:course': 'first', 'virtual:course-later': 'later' };
  return {
    name: 'compiled-course',
    resolveId: (source) => (source in ids ? `\0${source}` : null),
    load(resolved) {
      const part = ids[resolved.slice(1)];
      if (!resolved.startsWith('\0') || !part) return null;
      const parts = splitCourse(JSON.parse(readFileSync('build/course.json', 'utf8')));
      const json = JSON.stringify(parts[part]);
      // JSON.parse of a string literal starts faster than an object literal; single quotes avoid
      // escaping every double quote of the JSON.
      const literal = json
        .replace(/\\/g, '\\\\')
        .replace(/'/g, "\\'")
        .replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
      return `export default JSON.parse('${literal}');`;
    },
  };
}

export default STANDARDS.map((standard) => ({
  input: `src/app/main-${standard}.ts`,
  output: {
    dir: `build/${standard}`,
    entryFileNames: 'course.js',
    chunkFileNames: '[name].js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    compiledCourse(),
    // Production Lit: no "development" export condition.
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    minifyTemplates(),
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
