// Type-aware lint; the import bans keep the layers one-way (content → machine → app → components).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

// zod is build-time only and scorm-again is the LMS: neither may enter the course bundle.
const everywhere = {
  group: ['zod', 'scorm-again'],
  message: 'Build-time or LMS-side only, never in the course.',
};
const layer = (files, group, message) => [
  {
    files,
    ignores: ['src/content/course-schema.ts', 'src/**/*.test.ts', 'src/**/test-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: group.length ? [everywhere, { group, message }] : [everywhere] },
      ],
    },
  },
];

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
    ['**/machine/**', '**/lms/**', '**/app/**', 'xstate'],
    'Components get plain data by properties and report by events.',
  ),
  ...layer(
    ['src/machine/**/*.ts'],
    ['lit', 'lit/**', '**/components/**', '**/lms/**', '**/app/**'],
    'The course machine is pure: no DOM, no LMS.',
  ),
  ...layer(
    ['src/lms/**/*.ts'],
    ['lit', 'lit/**', '**/components/**', '**/app/**', 'xstate'],
    'LMS adapters know nothing of the UI or the machine.',
  ),
  ...layer(['src/app/**/*.ts', 'src/controllers/**/*.ts', 'src/content/**/*.ts'], [], ''),
);
