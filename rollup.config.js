// Two course bundles, one per SCORM standard: each entry imports only its own LMS adapter, so the
// 1.2 package looks only for `API` and the 2004 package only for `API_1484_11`.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './tools/minify-templates.js';

export const STANDARDS = ['scorm12', 'scorm2004'];

/** `import course from 'virtual:course'` gives the compiled, validated build/course.json. */
function compiledCourse() {
  const id = 'virtual:course';
  return {
    name: 'compiled-course',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const json = JSON.stringify(JSON.parse(readFileSync('build/course.json', 'utf8')));
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
  output: { file: `build/${standard}/course.js`, format: 'es', sourcemap: false },
  plugins: [
    compiledCourse(),
    // Production Lit: no "development" export condition.
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    minifyTemplates(),
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
