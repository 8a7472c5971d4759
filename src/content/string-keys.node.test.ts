import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { STRING_KEYS } from './string-keys.js';

const SRC = new URL('..', import.meta.url).pathname;

/** The player's source, without tests and without the key list itself. */
const source = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.endsWith('string-keys.ts'))
  .map((f) => readFileSync(join(SRC, f), 'utf8'))
  .join('\n');

it('every interface text in the key list is shown somewhere in the player', () => {
  // t() accepts only listed keys (the types see to that); this is the other way round, so the
  // strings file never asks educators to write a text no learner will see.
  const unused = Object.keys(STRING_KEYS).filter((key) => !source.includes(`'${key}'`));
  assert.deepEqual(unused, []);
});

it('a text with plural forms or placeholders names them the same way the compiler reads them', () => {
  for (const [key, vars] of Object.entries(STRING_KEYS)) {
    assert.match(key, /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/, key);
    for (const name of vars) assert.match(name, /^\w+$/, `${key}: {${name}}`);
  }
});
