// Browser tests: real Chromium (Debian's), real Lit in dev mode, real scorm-again as the LMS.
// `*.node.test.ts` files run in Node (npm run test:node), never here.
// `--group unit` leaves out the whole-course journeys of the shell (the slow part), for a fast loop.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './tools/chromium.js';

const browserTests = ['src/**/*.test.ts', '!src/**/*.node.test.ts'];

export default {
  files: browserTests,
  groups: [{ name: 'unit', files: [...browserTests, '!src/app/course-app.test.ts'] }],
  nodeResolve: true,
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
