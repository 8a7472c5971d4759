// Browser tests: real Chromium (Debian's), real Lit in dev mode, real scorm-again as the LMS.
// `*.node.test.ts` files run in Node (npm run test:node), never here.
// PIR_TESTS=unit (npm run test:unit) leaves out the shell's whole-course journeys, the slow part.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './tools/chromium.js';

const unitOnly = process.env['PIR_TESTS'] === 'unit';

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
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
