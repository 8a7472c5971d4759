// Type-aware lint; the import bans keep the layers one-way (src/README.md has the map), and
// src/layer-rules.node.test.ts proves each ban fires.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

// zod is build-time only and scorm-again is the LMS: neither may enter the course bundle.
const everywhere = {
  group: ['zod', 'scorm-again'],
  message: 'Build-time or LMS-side only, never in the course.',
};
// The compiled-course schema is zod underneath: the player may import its types, never its values.
const schemaTypesOnly = {
  group: ['**/content/course-schema.js'],
  allowTypeImports: true,
  message: 'Import only types from the course schema; its values are zod, which is build-time only.',
};
/**
 * One layer's import bans (src/README.md has the map). Tests and test kits may cross layers to
 * drive what they test; the schema itself is the one file that may use zod.
 */
const layer = (files, group, message, extra = {}) => [
  {
    files,
    ignores: ['src/content/course-schema.ts', 'src/**/*.test.ts', 'src/**/test-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [everywhere, schemaTypesOnly, ...(group.length ? [{ group, message }] : [])],
        },
      ],
      ...extra,
    },
  },
];
// The machine is pure: no DOM or browser globals (time and randomness arrive in events).
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'fetch',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'crypto',
  'HTMLElement',
  'customElements',
].map((name) => ({ name, message: 'The course machine is pure: no DOM, no browser, no clock.' }));

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', 'preview-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // node:test's describe/it return promises the runner itself tracks.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js', 'tools/**/*.ts', 'manifest/**/*.ts', 'preview/**/*.ts', 'bench/**/*.ts'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    // chai's `expect(x).to.be.true` is an expression by design, and its assertions are thenable.
    files: ['src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  { files: ['src/**/*.ts'], plugins: { lit }, rules: { ...lit.configs.recommended.rules } },
  ...layer(
    ['src/components/**/*.ts', 'src/events/**/*.ts', 'src/styles/**/*.ts'],
    ['**/machine/**', '**/lms/**', '**/app/**', '**/controllers/**', 'xstate'],
    'Components get plain data by properties and report by events.',
  ),
  ...layer(
    ['src/machine/**/*.ts'],
    ['lit', 'lit/**', '**/components/**', '**/controllers/**', '**/events/**', '**/lms/**', '**/app/**'],
    'The course machine is pure: no DOM, no LMS.',
    { 'no-restricted-globals': ['error', ...browserGlobals] },
  ),
  ...layer(
    ['src/lms/**/*.ts'],
    [
      'lit',
      'lit/**',
      '**/components/**',
      '**/controllers/**',
      '**/events/**',
      '**/app/**',
      '**/machine/**',
      'xstate',
    ],
    'LMS adapters know nothing of the UI or the machine.',
  ),
  ...layer(
    ['src/controllers/**/*.ts'],
    ['**/components/**', '**/machine/**', '**/lms/**', '**/app/**'],
    'Controllers are generic: they know Lit and the shape of a store, not its owner.',
  ),
  ...layer(
    ['src/content/**/*.ts'],
    [
      'lit',
      'lit/**',
      'xstate',
      '**/machine/**',
      '**/lms/**',
      '**/app/**',
      '**/components/**',
      '**/controllers/**',
      '**/events/**',
      '**/styles/**',
    ],
    'Content is the bottom layer: it imports nothing above it.',
  ),
  ...layer(['src/app/**/*.ts'], [], ''),
);
