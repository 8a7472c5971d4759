/**
 * A dependency-free static server for the screenshot test, bound to 127.0.0.1 on a random port:
 * `/` is a fake LMS page that puts a real scorm-again `Scorm2004API` on `window.API_1484_11` and
 * then loads the course package (`/sco/`) in an iframe; `/scorm-again/` serves the library.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentType, fileUnder } from '../static-files.js';

export const HARNESS_PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>LMS harness</title>
    <link rel="icon" href="data:," />
    <style>html, body { margin: 0; height: 100%; } iframe { display: block; width: 100%; height: 100%; border: 0; }</style>
  </head>
  <body>
    <iframe id="sco" title="Course"></iframe>
    <script type="module">
      import { Scorm2004API } from '/scorm-again/scorm-again.js';
      const api = new Scorm2004API({
        autocommit: false,
        mastery_override: false,
        logLevel: 5,
        lmsCommitUrl: 'harness://commit',
        httpService: { processHttpRequest: () => ({ result: 'true', errorCode: 0 }), updateSettings() {} },
      });
      api.loadFromJSON({ learner_id: 'L1', learner_name: 'Doe, Jane', credit: 'credit', mode: 'normal' });
      window.API_1484_11 = api;
      document.getElementById('sco').src = '/sco/index.html';
    </script>
  </body>
</html>`;

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
    if (path === '/' || path === '/index.html') return send(200, HARNESS_PAGE, contentType('.html'));
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
