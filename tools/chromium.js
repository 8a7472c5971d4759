// Finds Debian's Chromium (or CHROME_PATH) for browser tests, puppeteer and the benchmark.
import { existsSync } from 'node:fs';

/** Path of the Chromium binary to drive. */
export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

// `node tools/chromium.js` stops `npm test` early with one clear line when Chromium is missing.
if (import.meta.url === `file://${process.argv[1]}` && !existsSync(chromiumPath())) {
  console.error(
    `Chromium not found at ${chromiumPath()}: install it with "apt-get install -y --no-install-recommends chromium" or set CHROME_PATH.`,
  );
  process.exit(1);
}
