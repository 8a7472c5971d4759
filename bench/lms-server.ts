/**
 * The benchmark's fake LMS, bound to 127.0.0.1 on a random port. It differs from the screenshot
 * server (tools/screenshots/server.ts) in two ways the benchmark needs: it hosts either standard
 * (`/lms/scorm12.html` puts a scorm-again `Scorm12API` on `window.API`, `/lms/scorm2004.html` a
 * `Scorm2004API` on `window.API_1484_11`) with every SetValue/GetValue/Commit counted, and it sends
 * files gzip-encoded when the browser accepts it, as a production LMS would, so the emulated slow
 * network carries realistic bytes. The package is served at `/sco/`, scorm-again at `/scorm-again/`.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentType, fileUnder } from '../tools/static-files.js';
import { gzipSync } from 'node:zlib';

export type Standard = 'scorm12' | 'scorm2004';
export const STANDARDS: readonly Standard[] = ['scorm12', 'scorm2004'];

/** What the LMS page records; read from the top window as `window.__lms`. */
export interface LmsCounts {
  set: number;
  get: number;
  commit: number;
  initialize: number;
  terminate: number;
  maxSuspendData: number;
}

function harnessPage(standard: Standard): string {
  const [cls, global, names] =
    standard === 'scorm12'
      ? ['Scorm12API', 'API', ['LMSSetValue', 'LMSGetValue', 'LMSCommit', 'LMSInitialize', 'LMSFinish']]
      : ['Scorm2004API', 'API_1484_11', ['SetValue', 'GetValue', 'Commit', 'Initialize', 'Terminate']];
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>LMS benchmark harness (${standard})</title>
    <link rel="icon" href="data:," />
    <style>html, body { margin: 0; height: 100%; } iframe { display: block; width: 100%; height: 100%; border: 0; }</style>
  </head>
  <body>
    <iframe id="sco" title="Course"></iframe>
    <script type="module">
      import { ${cls} } from '/scorm-again/scorm-again.js';
      const api = new ${cls}({
        autocommit: false,
        mastery_override: false,
        logLevel: 5,
        lmsCommitUrl: 'harness://commit',
        httpService: { processHttpRequest: () => ({ result: 'true', errorCode: 0 }), updateSettings() {} },
      });
      api.loadFromJSON({ learner_id: 'L1', learner_name: 'Doe, Jane', credit: 'credit', mode: 'normal' });
      const counts = { set: 0, get: 0, commit: 0, initialize: 0, terminate: 0, maxSuspendData: 0 };
      const [SET, GET, COMMIT, INIT, TERM] = ${JSON.stringify(names)};
      const wrap = (name, count) => {
        const original = api[name].bind(api);
        api[name] = (...args) => { count(args); return original(...args); };
      };
      wrap(SET, ([element, value]) => {
        counts.set++;
        if (element === 'cmi.suspend_data')
          counts.maxSuspendData = Math.max(counts.maxSuspendData, String(value ?? '').length);
      });
      wrap(GET, () => counts.get++);
      wrap(COMMIT, () => counts.commit++);
      wrap(INIT, () => counts.initialize++);
      wrap(TERM, () => counts.terminate++);
      window.__lms = counts;
      window.${global} = api;
      document.getElementById('sco').src = '/sco/index.html';
    </script>
  </body>
</html>`;
}

/** Serves build/<standard>/ as the package; resolves with the server and its origin. */
export async function startLms(standard: Standard): Promise<{ server: Server; origin: string }> {
  const scoDir = resolve(`build/${standard}`);
  const scormAgain = resolve('node_modules/scorm-again/dist/esm');
  const page = harnessPage(standard);
  const gzipCache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status: number, body: string | Buffer, type = 'text/plain', key?: string) => {
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
      let out = typeof body === 'string' ? Buffer.from(body) : body;
      if (gzipOk && status === 200 && key) {
        const cached = gzipCache.get(key) ?? gzipSync(out, { level: 9 });
        gzipCache.set(key, cached);
        out = cached;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(out.length);
      res.writeHead(status, headers);
      res.end(out);
    };
    if (path === `/lms/${standard}.html`) return send(200, page, contentType('.html'), path);
    const file = path.startsWith('/sco/')
      ? fileUnder(scoDir, path.slice(5))
      : path.startsWith('/scorm-again/')
        ? fileUnder(scormAgain, path.slice(13))
        : undefined;
    if (!file) return send(404, 'not found');
    return send(200, readFileSync(file), contentType(file), file);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}
