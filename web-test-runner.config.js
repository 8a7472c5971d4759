// Browser tests: real Chromium (Debian's), real Lit in dev mode, real scorm-again as the LMS.
// `*.node.test.ts` files run in Node (npm run test:node), never here.
// PIR_TESTS=unit (npm run test:unit) leaves out the shell's whole-course journeys, the slow part.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { tsImport } from 'tsx/esm/api';
import { chromiumPath } from './tools/chromium.js';

const unitOnly = process.env['PIR_TESTS'] === 'unit';

/**
 * `import english from 'virtual:interface-strings'`: the interface text of module/strings/en.yaml,
 * compiled and checked by the content compiler itself, so the element tests read the English the
 * course ships without a build (src/components/test-strings.ts installs it).
 */
function interfaceStrings() {
  const url = '/__interface-strings.js';
  return {
    name: 'interface-strings',
    resolveImport: ({ source }) => (source === 'virtual:interface-strings' ? url : undefined),
    async serve(context) {
      if (context.path !== url) return undefined;
      const { loadStrings } = await tsImport('./tools/content/strings.ts', import.meta.url);
      const { formatProblem } = await tsImport('./tools/content/content-error.ts', import.meta.url);
      const problems = [];
      const strings = loadStrings('module', 'en-GB', problems);
      if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
      return { body: `export default ${JSON.stringify({ language: 'en-GB', strings })};`, type: 'js' };
    },
  };
}

export default {
  files: ['src/**/*.test.ts', '!src/**/*.node.test.ts', ...(unitOnly ? ['!src/app/course-app.test.ts'] : [])],
  nodeResolve: true,
  middleware: [
    // Component fixtures name pictures (assets/a.svg) that need not exist: answer with a blank
    // one, so the output stays quiet and a real missing file still shows as a 404.
    function fixturePictures(context, next) {
      if (!/^\/assets\/[\w-]+\.svg$/.test(context.path)) return next();
      context.type = 'image/svg+xml';
      context.body = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
      return undefined;
    },
  ],
  // tsconfig carries the decorator flags to esbuild; `target` keeps decorators transformed.
  plugins: [interfaceStrings(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] },
      // One window per test file: hidden tabs never fire requestAnimationFrame.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
