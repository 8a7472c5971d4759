/**
 * The preview LMS: serves a launch page where a simulated learner takes the course inside
 * scorm-again (the LMS-side runtime), stores every commit in SQLite, and shows the records.
 * A second port serves the course and its runtime frame from another origin, as NHS ESR-style
 * content servers do.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, fileUnder } from '../tools/static-files.js';
import { courseQuestions, type CourseQuestions } from './answers.js';
import { BadRequestError, isObject, isStandard, parseCommitBody, type Standard } from './cmi.js';
import { buildReports, csvFileName, reportsCsv, reportsHtml } from './records.js';
import { ConflictError, DEFAULT_LEARNERS, NotFoundError, RecordStore, type Learner } from './store.js';

/** How to run the preview. Every field has a default suitable for `npm start`. */
export interface PreviewOptions {
  /** Interface to listen on (default 127.0.0.1: loopback only). */
  host?: string;
  /** LMS port (default 8080; 0 picks a free one). */
  port?: number;
  /** Port of the second origin serving the course (default 8081; 0 picks a free one). */
  contentPort?: number;
  /** Where the SQLite file lives (default preview-data/). */
  dataDir?: string;
  /** Where `npm run build` wrote course.json, scorm12/ and scorm2004/ (default build/). */
  buildDir?: string;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  learners?: readonly Learner[];
  now?: () => Date;
  /**
   * Serves the packages' course.js wrongly, as some LMS content servers do, so the course's
   * failed-load message can be tested: 'octet-stream' sends it as application/octet-stream (with
   * nosniff, so the browser refuses to run it), 'missing' answers 404. Default: served properly.
   */
  courseScript?: CourseScriptFault;
}

/** The ways course.js can be served wrongly (see PreviewOptions.courseScript). */
export type CourseScriptFault = 'octet-stream' | 'missing';

/** Raised when a port cannot be listened on; names the environment variable that moves it. */
export class PortError extends Error {
  override name = 'PortError' as const;
  constructor(
    /** Which of the two servers: the LMS or the content origin. */
    readonly server: 'lms' | 'content',
    readonly port: number,
    /** The system error code: EADDRINUSE, EACCES, … */
    readonly code: string,
  ) {
    super(
      code === 'EADDRINUSE'
        ? `port ${port} is in use`
        : code === 'EACCES'
          ? `port ${port} needs privileges this user does not have`
          : `cannot listen on port ${port} (${code})`,
    );
  }
}

/** A running preview. */
export interface PreviewServer {
  /** The LMS page, e.g. http://127.0.0.1:8080/. */
  url: string;
  /** Origin of the second (content) server. */
  contentOrigin: string;
  store: RecordStore;
  close(): Promise<void>;
}

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public');
const SCORM_AGAIN_DIR = dirname(fileURLToPath(import.meta.resolve('scorm-again')));
const DEFAULT_MAX_BODY = 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** An HTTP error with a status; the message is shown to the client. */
class HttpError extends Error {
  override name = 'HttpError' as const;
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface CourseInfo {
  id: string;
  title: string;
  version: string;
  passMark?: number;
  questions: CourseQuestions;
}

/** Reads build/course.json again whenever it changes (a rebuild while the server runs). */
function courseReader(buildDir: string): () => CourseInfo {
  const file = join(buildDir, 'course.json');
  let cached: { mtime: number; info: CourseInfo } | undefined;
  return () => {
    if (!existsSync(file))
      return {
        id: 'course',
        title: 'Course (not built yet: run npm run build)',
        version: 'unbuilt',
        questions: { questions: [], bank: [], checks: [] },
      };
    const mtime = statSync(file).mtimeMs;
    if (cached?.mtime === mtime) return cached.info;
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const assessment = isObject(raw.assessment) ? raw.assessment : {};
    const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
    const info: CourseInfo = {
      id: str(raw.id, 'course'),
      title: str(raw.title, 'Course'),
      version: str(raw.version, 'unknown'),
      ...(typeof assessment.passMark === 'number' ? { passMark: assessment.passMark } : {}),
      questions: courseQuestions(raw),
    };
    cached = { mtime, info };
    return info;
  };
}

/** Reads a body up to `limit` bytes; larger ones are refused with 413 before or while reading. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.reject(new HttpError(413, `the body is larger than ${limit} bytes`));
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new HttpError(413, `the body is larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

/** Parses a JSON body sent as application/json or (sendBeacon) text/plain. */
function parseJson(req: IncomingMessage, text: string): unknown {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'text/plain') {
    throw new HttpError(415, 'send JSON as application/json (or text/plain from sendBeacon)');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), contentType('.json'));

/** Serves a file under `root`, refusing any path that escapes it. */
function serveFile(res: ServerResponse, root: string, relativePath: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    throw new HttpError(400, 'malformed path');
  }
  const file = fileUnder(root, decoded);
  if (!file) throw new HttpError(404, `not found: ${relativePath}`);
  send(res, 200, readFileSync(file), contentType(file));
}

/** Starts both servers; resolves once they listen. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  const buildDir = resolve(options.buildDir ?? 'build');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const store = new RecordStore(
    join(options.dataDir ?? 'preview-data', 'records.sqlite'),
    options.learners ?? DEFAULT_LEARNERS,
    options.now,
  );
  const course = courseReader(buildDir);
  const publicHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const origins = { lms: '', content: '' };

  /** Files both origins serve: the runtime frame, scorm-again and the built packages. */
  const serveShared = (res: ServerResponse, path: string): boolean => {
    if (path === '/preview-config.json') {
      // Tells the runtime frame where the LMS is; never taken from the address, so a crafted link
      // cannot send a learner's CMI elsewhere.
      sendJson(res, 200, { lmsOrigin: origins.lms });
      return true;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'max-age=86400' });
      res.end();
      return true;
    }
    if (path === '/launch.html' || path === '/launch.js' || path === '/preview.css') {
      serveFile(res, PUBLIC_DIR, path);
      return true;
    }
    if (path.startsWith('/scorm-again/')) {
      serveFile(res, SCORM_AGAIN_DIR, path.slice('/scorm-again/'.length));
      return true;
    }
    const coursePath = /^\/course\/(scorm12|scorm2004)\/(.*)$/.exec(path);
    if (coursePath?.[2] === 'course.js' && options.courseScript === 'missing')
      throw new HttpError(404, `not found: ${path} (served as missing: courseScript option)`);
    if (coursePath?.[2] === 'course.js' && options.courseScript === 'octet-stream') {
      const file = fileUnder(join(buildDir, coursePath[1] ?? ''), 'course.js');
      if (!file) throw new HttpError(404, `not found: ${path}`);
      send(res, 200, readFileSync(file), 'application/octet-stream');
      return true;
    }
    if (coursePath) {
      serveFile(res, join(buildDir, coursePath[1] ?? ''), coursePath[2] || 'index.html');
      return true;
    }
    return false;
  };

  const id = (text: string | undefined) => {
    if (!text || !/^\d{1,12}$/.test(text)) throw new HttpError(404, 'not found');
    return Number(text);
  };

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ) => {
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/api/config') {
      const info = course();
      return sendJson(res, 200, {
        contentOrigin: origins.content,
        course: { title: info.title, version: info.version },
        learners: store.learners(),
      });
    }
    if (method === 'GET' && path === '/api/learners') return sendJson(res, 200, store.learners());
    if (method === 'POST' && path === '/api/launch') {
      const body = parseJson(req, await readBody(req, maxBody));
      if (!isObject(body) || typeof body.learnerId !== 'string' || !isStandard(body.standard)) {
        throw new HttpError(400, 'send {"learnerId": "<id>", "standard": "scorm12" | "scorm2004"}');
      }
      const standard: Standard = body.standard;
      if (!existsSync(join(buildDir, standard, 'index.html')))
        throw new HttpError(503, `build/${standard}/ is missing: run npm run build`);
      const info = course();
      const launch = store.launch(body.learnerId, standard, {
        contentVersion: info.version,
        ...(info.passMark !== undefined ? { passMark: info.passMark } : {}),
      });
      return sendJson(res, 200, {
        ...launch,
        standard,
        commitUrl: `/api/sessions/${launch.sessionId}/commit`,
      });
    }
    const commit = /^\/api\/sessions\/([^/]+)\/commit$/.exec(path);
    if (method === 'POST' && commit) {
      const sessionId = id(commit[1]);
      const standard = store.sessionStandard(sessionId);
      const text = await readBody(req, maxBody);
      const body = parseCommitBody(parseJson(req, text), standard);
      store.commit(sessionId, body.cmi, {
        terminate: query.get('terminate') === 'true',
        sequence: body.sequence,
        body: text,
      });
      return sendJson(res, 200, { result: 'true', errorCode: 0 });
    }
    const attempt = /^\/api\/attempts\/([^/]+)(\/reset)?$/.exec(path);
    if (attempt && method === 'GET' && !attempt[2]) return sendJson(res, 200, store.attempt(id(attempt[1])));
    if (attempt && method === 'POST' && attempt[2]) return sendJson(res, 200, store.reset(id(attempt[1])));
    throw new HttpError(
      path.startsWith('/api/') && ['GET', 'POST'].includes(method) ? 404 : 405,
      `no ${method} ${path}`,
    );
  };

  /** On loopback, only loopback Host headers: a DNS-rebound site cannot read the records. */
  const checkHost = (req: IncomingMessage, origin: string) => {
    if (!LOOPBACK.has(host)) return;
    const port = new URL(origin).port;
    const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
    if (!allowed.includes(req.headers.host ?? ''))
      throw new HttpError(403, `unexpected Host header "${(req.headers.host ?? '').slice(0, 64)}"`);
  };

  const handleLms = async (req: IncomingMessage, res: ServerResponse) => {
    checkHost(req, origins.lms);
    const url = new URL(req.url ?? '/', origins.lms);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const origin = req.headers.origin;
    // State changes come from the preview's own pages only (no other site can post to loopback).
    if (origin !== undefined && origin !== origins.lms && origin !== origins.content)
      throw new HttpError(403, `requests from ${origin} are not accepted`);
    if (origin === origins.content && path.startsWith('/api/')) {
      res.setHeader('Access-Control-Allow-Origin', origins.content);
      res.setHeader('Vary', 'Origin');
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return;
      }
    }
    if (path.startsWith('/api/')) return handleApi(req, res, path, url.searchParams);
    if (method === 'GET' && (path === '/' || path === '/index.html'))
      return serveFile(res, PUBLIC_DIR, 'index.html');
    if (method === 'GET' && path === '/preview.js') return serveFile(res, PUBLIC_DIR, 'preview.js');
    const info = () => buildReports(store.attempts(), course().questions);
    const csvName = () => csvFileName(course(), options.now?.() ?? new Date());
    if (method === 'GET' && path === '/records')
      return send(res, 200, reportsHtml(info(), course(), csvName()), contentType('.html'));
    if (method === 'GET' && path === '/records.csv') {
      return send(res, 200, reportsCsv(info()), 'text/csv; charset=utf-8', {
        'Content-Disposition': `attachment; filename="${csvName()}"`,
      });
    }
    const reset = /^\/records\/attempts\/([^/]+)\/reset$/.exec(path);
    if (method === 'POST' && reset) {
      store.reset(id(reset[1]));
      res.writeHead(303, { Location: '/records' });
      res.end();
      return;
    }
    if (method === 'GET' && serveShared(res, path)) return;
    throw new HttpError(404, `not found: ${path}`);
  };

  const handleContent = (req: IncomingMessage, res: ServerResponse) => {
    checkHost(req, origins.content);
    const path = new URL(req.url ?? '/', origins.content).pathname;
    if (req.method === 'GET' && serveShared(res, path)) return;
    throw new HttpError(404, `not found: ${path}`);
  };

  /** Turns any failure into a clear 4xx/5xx; the server and the records survive it. */
  const guard =
    (handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>) =>
    (req: IncomingMessage, res: ServerResponse) => {
      Promise.resolve()
        .then(() => handler(req, res))
        .catch((error: unknown) => {
          const status =
            error instanceof HttpError || error instanceof BadRequestError
              ? error.status
              : error instanceof NotFoundError
                ? 404
                : error instanceof ConflictError
                  ? 409
                  : 500;
          if (status === 500) console.error(error);
          const message =
            status === 500
              ? 'internal error (see the server log)'
              : error instanceof Error
                ? error.message
                : String(error);
          if (res.headersSent) {
            res.destroy();
            return;
          }
          // 413: the rest of the body is not read; close so the client stops sending.
          if (status === 413) res.on('finish', () => req.destroy());
          sendJson(res, status, { result: 'false', errorCode: 391, error: message });
        });
    };

  const lmsServer = createServer(guard(handleLms));
  const contentServer = createServer(guard(handleContent));
  for (const server of [lmsServer, contentServer])
    server.on('clientError', (_error, socket) => socket.destroy());
  const listen = (server: Server, port: number, which: PortError['server']) =>
    new Promise<number>((done, fail) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        fail(error.code ? new PortError(which, port, error.code) : error),
      );
      server.listen(port, host, () => done((server.address() as AddressInfo).port));
    });
  try {
    origins.lms = `http://${publicHost}:${await listen(lmsServer, options.port ?? 8080, 'lms')}`;
    origins.content = `http://${publicHost}:${await listen(contentServer, options.contentPort ?? 8081, 'content')}`;
  } catch (error) {
    lmsServer.close();
    contentServer.close();
    store.close();
    throw error;
  }
  const close = (server: Server) =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return {
    url: `${origins.lms}/`,
    contentOrigin: origins.content,
    store,
    async close() {
      await Promise.all([close(lmsServer), close(contentServer)]);
      store.close();
    },
  };
}
