/**
 * A dependency-free static server for the screenshot test, bound to 127.0.0.1 on a random port:
 * `/` is the fake LMS page (tools/lms-harness-page.ts) with a scorm-again `Scorm2004API`, which
 * loads the course package (`/sco/`) in an iframe; `/scorm-again/` serves the library.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { harnessPage } from '../lms-harness-page.js';
import { contentType, fileUnder } from '../static-files.js';

/** Files served from memory, by URL path (the dev bundle, for example). */
export type Overrides = Map<string, { body: string | Uint8Array; type: string }>;

/** Starts the server; resolves with it and its origin (http://127.0.0.1:<port>). */
export async function startServer(
  scoDir: string,
  overrides: Overrides = new Map(),
): Promise<{ server: Server; origin: string }> {
  const scormAgain = resolve('node_modules/scorm-again/dist/esm');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: string | Uint8Array, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/' || path === '/index.html')
      return send(200, harnessPage('scorm2004'), contentType('.html'));
    const override = overrides.get(path);
    if (override) return send(200, override.body, override.type);
    const file = path.startsWith('/sco/')
      ? fileUnder(scoDir, path.slice(5))
      : path.startsWith('/scorm-again/')
        ? fileUnder(scormAgain, path.slice(13))
        : undefined;
    if (!file) return send(404, 'not found');
    return send(200, readFileSync(file), contentType(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}
