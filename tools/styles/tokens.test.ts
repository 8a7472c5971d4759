/**
 * The design tokens hold: every `var(--pir-…)` the course uses is declared in
 * src/styles/tokens.ts, every declared token is used, and no element carries a raw colour. (A node test here, not beside tokens.ts, because the
 * browser runner claims every src/**\/*.test.ts.)
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { auditTokens, type SourceFile } from './token-audit.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKENS = 'src/styles/tokens.ts';

function read(path: string): SourceFile {
  return { path, text: readFileSync(join(root, path), 'utf8') };
}

/** Every non-test TypeScript file under src/, and the figures in module/assets/. */
function courseSources(): SourceFile[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$|^test-/.test(entry.name) && path !== TOKENS)
        files.push(path);
    }
  };
  walk('src');
  if (existsSync(join(root, 'module/assets')))
    for (const name of readdirSync(join(root, 'module/assets')))
      if (name.endsWith('.svg')) files.push(`module/assets/${name}`);
  return files.map(read);
}

describe('design tokens', () => {
  const audit = auditTokens(read(TOKENS), courseSources());

  it('declares every token the course uses', () => {
    assert.ok(audit.declared.size > 20, `found only ${audit.declared.size} tokens in ${TOKENS}`);
    assert.deepEqual(
      audit.undeclared.map((u) => `${u.path}: ${u.name}`),
      [],
      `not declared in ${TOKENS} (add the token, or give the var() a fallback if it is the element's own property)`,
    );
  });

  it('uses every token it declares', () => {
    assert.deepEqual(audit.unused, [], `declared in ${TOKENS} but used nowhere in src/ or module/assets/`);
  });

  it('keeps raw colours in the tokens file only', () => {
    const problems = [...audit.rawColours].map(
      ([path, colours]) => `${path}: ${colours.join(', ')} (use a --pir-* token from ${TOKENS})`,
    );
    assert.deepEqual(problems, []);
  });

  it('catches each kind of problem (the audit is not blind)', () => {
    const tokens = {
      path: TOKENS,
      text: ':root { --pir-a: #fff; --pir-color-b: #000; }',
    };
    const result = auditTokens(tokens, [
      {
        path: 'src/x.ts',
        text: 'css`a { color: var(--pir-a); border: var(--pir-missing); gap: var(--pir-own, 1rem); background: #abcdef; fill: rgb(0 0 0); stroke: white }`',
      },
      { path: 'module/assets/f.svg', text: '<path fill="#123456" stroke="var(--pir-also-missing)"/>' },
    ]);
    assert.deepEqual(result.undeclared, [
      { path: 'src/x.ts', name: '--pir-missing' },
      { path: 'module/assets/f.svg', name: '--pir-also-missing' },
    ]);
    assert.deepEqual(result.unused, ['--pir-color-b']);
    assert.deepEqual(result.rawColours.get('src/x.ts'), ['#abcdef', 'rgb(', 'white']);
    assert.equal(result.rawColours.has('module/assets/f.svg'), false, 'SVG colours are the sanitiser’s job');
  });
});
