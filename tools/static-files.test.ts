import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { contentType, fileUnder } from './static-files.js';

describe('static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-'));
  mkdirSync(join(root, 'sco'));
  writeFileSync(join(root, 'sco', 'index.html'), '<p>hi</p>');
  writeFileSync(join(root, 'secret.txt'), 'no');
  after(() => rmSync(root, { recursive: true, force: true }));

  it('gives content types for file names and bare extensions', () => {
    assert.equal(contentType('course.js'), 'text/javascript; charset=utf-8');
    assert.equal(contentType('.html'), 'text/html; charset=utf-8');
    assert.equal(contentType('a/b/IMSMANIFEST.XML'), 'application/xml; charset=utf-8');
    assert.equal(contentType('blob.bin'), 'application/octet-stream');
  });

  it('finds files under the root and refuses paths that leave it', () => {
    const sco = join(root, 'sco');
    assert.equal(fileUnder(sco, 'index.html'), join(sco, 'index.html'));
    assert.equal(fileUnder(sco, '/index.html'), join(sco, 'index.html'));
    assert.equal(fileUnder(sco, '../secret.txt'), undefined);
    assert.equal(fileUnder(sco, '../../etc/passwd'), undefined);
    assert.equal(fileUnder(sco, 'index.html\0.js'), undefined);
    assert.equal(fileUnder(sco, 'missing.html'), undefined);
    assert.equal(fileUnder(sco, ''), undefined, 'the root folder itself is not a file');
  });
});
