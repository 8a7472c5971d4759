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
import { harnessPage, type Standard } from '../tools/lms-harness-page.js';
import { contentType, fileUnder } from '../tools/static-files.js';
import { gzipSync } from 'node:zlib';

export type { LmsCounts, Standard } from '../tools/lms-harness-page.js';
export const STANDARDS: readonly Standard[] = ['scorm12', 'scorm2004'];

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
