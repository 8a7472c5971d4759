import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

/** Runs `npm start`'s server step with the given environment until it exits. */
function runServer(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'preview/server.ts'], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A server that starts would run for ever: stop it; the test then fails on its exit code.
    const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('npm start with a busy port', () => {
  let busy: Server;
  let port = 0;
  let data = '';
  before(async () => {
    data = mkdtempSync(join(tmpdir(), 'preview-port-'));
    busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    port = (busy.address() as { port: number }).port;
  });
  after(() => {
    busy.close();
    rmSync(data, { recursive: true, force: true });
  });

  it('names PREVIEW_PORT in one line, with no stack trace, when the LMS port is taken', async () => {
    const run = await runServer({
      PREVIEW_PORT: String(port),
      PREVIEW_CONTENT_PORT: '0',
      PREVIEW_DATA: data,
    });
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(
      lines[0] ?? '',
      new RegExp(`^Port ${port} is in use: set PREVIEW_PORT=<another port> \\(and PREVIEW_CONTENT_PORT=`),
    );
    assert.doesNotMatch(run.stderr, /EADDRINUSE|\n\s+at /);
  });

  it('names PREVIEW_CONTENT_PORT when the second origin’s port is taken', async () => {
    const run = await runServer({
      PREVIEW_PORT: '0',
      PREVIEW_CONTENT_PORT: String(port),
      PREVIEW_DATA: data,
    });
    assert.equal(run.code, 1);
    assert.match(
      run.stderr.trim(),
      new RegExp(`^Port ${port} is in use: set PREVIEW_CONTENT_PORT=<another port>`),
    );
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });

  it('explains a port variable or a course.js fault it cannot read', async () => {
    const port = await runServer({ PREVIEW_PORT: 'eighty', PREVIEW_DATA: data });
    assert.equal(port.code, 1);
    assert.equal(port.stderr.trim(), 'PREVIEW_PORT must be a port number from 0 to 65535, found "eighty"');
    const fault = await runServer({
      PREVIEW_PORT: '0',
      PREVIEW_CONTENT_PORT: '0',
      PREVIEW_COURSE_SCRIPT: 'html',
      PREVIEW_DATA: data,
    });
    assert.equal(fault.code, 1);
    assert.match(
      fault.stderr.trim(),
      /^PREVIEW_COURSE_SCRIPT must be "octet-stream" or "missing", found "html"$/,
    );
  });
});
