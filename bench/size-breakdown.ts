/**
 * `npm run bench:sizes`: where the gzipped bytes of a package come from, module by module.
 *
 * Each module's share is its marginal cost: the gzipped size of all minified modules together,
 * minus the size without that module. Gzip shares strings across modules, so the shares add up
 * to a little less than the whole; they are for finding what grew, not for accounting.
 *
 * It also builds the floor: the course text plus the parts of Lit and xstate the player uses,
 * with no player code, built and minified as the package is. The size goal minus the floor is
 * what the player itself may weigh. Run `npm run build` first.
 */
import { rollup, type Plugin, type RollupOptions } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import config from '../rollup.config.js';
import { FIRST_LOAD_BUDGET_GZIP, measureFirstLoad, measurePackage } from './package-size.js';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** The same build as the package, without the final whole-bundle minification. */
async function modulesOf(options: RollupOptions): Promise<[string, string][]> {
  const plugins = (options.plugins as Plugin[]).filter((p) => p.name !== 'terser');
  const bundle = await rollup({ input: options.input, plugins });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const out: [string, string][] = [];
  // Every chunk: course.js (the first load) and course-later.js (marked "later:").
  const modules = output.flatMap((chunk) =>
    chunk.type === 'chunk'
      ? Object.entries(chunk.modules).map(([id, m]) => [chunk.isEntry ? id : `later:${id}`, m] as const)
      : [],
  );
  for (const [id, module] of modules) {
    if (!module.code) continue;
    // Top-level names are kept: rollup has already removed what nothing uses.
    const minified = (await minify(module.code, { compress: { passes: 2 } })).code ?? '';
    out.push([
      id
        .replace(/\0/g, '')
        .replace(/^.*node_modules\//, '')
        .replace(`${process.cwd()}/`, ''),
      minified,
    ]);
  }
  return out;
}

/** Lit and xstate as the player imports them, and the course text, with nothing else. */
const floorEntry: Plugin = {
  name: 'floor',
  resolveId: (id) => (id === 'floor' ? id : null),
  load: (id) =>
    id === 'floor'
      ? `import course from 'virtual:course';
         import { LitElement, html, css, nothing } from 'lit';
         import { customElement, property, state, query } from 'lit/decorators.js';
         import { keyed } from 'lit/directives/keyed.js';
         import { unsafeHTML } from 'lit/directives/unsafe-html.js';
         import { setup, createActor, assign, enqueueActions } from 'xstate';
         const machine = setup({ actions: { a: assign({}), b: enqueueActions(({ enqueue }) => enqueue.emit({ type: 'x' })) } })
           .createMachine({ initial: 'a', states: { a: { on: { go: { target: 'b', actions: ['a', 'b'] } } }, b: {} } });
         window.floor = [course, LitElement, html, css, nothing, customElement, property, state, query, keyed, unsafeHTML, createActor(machine)];`
      : null,
};

/** Groups a module id: the course text, a library, or a folder of src/. */
function groupOf(later: string): string {
  const id = later.replace(/^later:/, '');
  if (id !== later) return `later: ${groupOf(id)}`;
  if (id === 'virtual:course') return 'course text (first part)';
  if (id === 'virtual:course-later') return 'course text (later part)';
  if (/^(@lit|lit|lit-html|lit-element)\//.test(id)) return 'lit';
  if (!id.startsWith('src/')) return id.split('/')[0];
  return id.split('/').slice(0, 2).join('/');
}

const standard = process.argv[2] ?? 'scorm2004';
const options = (config as RollupOptions[]).find((c) => c.input === `src/app/main-${standard}.ts`);
if (!options) throw new Error(`unknown standard "${standard}" (scorm12 or scorm2004)`);

const modules = await modulesOf(options);
const whole = gz(modules.map(([, code]) => code).join('\n'));
const shares = modules
  .map(([id], i) => ({
    id,
    bytes:
      whole -
      gz(
        modules
          .filter((_, j) => j !== i)
          .map(([, code]) => code)
          .join('\n'),
      ),
  }))
  .filter((m) => m.bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);
const groups = new Map<string, number>();
for (const m of shares) groups.set(groupOf(m.id), (groups.get(groupOf(m.id)) ?? 0) + m.bytes);

// The floor is built and minified exactly as the package is, so the two compare.
const floorBundle = await rollup({ input: 'floor', plugins: [floorEntry, ...(options.plugins as Plugin[])] });
const floor = gz((await floorBundle.generate({ format: 'es' })).output[0].code);
await floorBundle.close();
const packaged = measurePackage(`build/${standard}`).total.gzip;
const firstLoad = measureFirstLoad(`build/${standard}`);

const row = (bytes: number, label: string) => `${bytes.toLocaleString('en-GB').padStart(8)}  ${label}`;
console.log(
  `${standard}: the package is ${packaged.toLocaleString('en-GB')} bytes gzipped (build/${standard}); ` +
    `its modules minified one by one, ${whole.toLocaleString('en-GB')}. The first load ` +
    `(${firstLoad.files.join(', ')}) is ${firstLoad.gzip.toLocaleString('en-GB')} bytes; ` +
    `modules marked "later" are in course-later.js.\n`,
);
console.log('By group (marginal bytes):');
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(row(bytes, group));
console.log('\nBy module (marginal bytes, 100 or more):');
for (const m of shares.filter((s) => s.bytes >= 100)) console.log(row(m.bytes, m.id));
console.log(
  `\nFloor of the first load (first part of the course + Lit + xstate, no player code): ${floor.toLocaleString('en-GB')} bytes.` +
    `\nFirst-load budget ${FIRST_LOAD_BUDGET_GZIP.toLocaleString('en-GB')} bytes - floor = ` +
    `${(FIRST_LOAD_BUDGET_GZIP - floor).toLocaleString('en-GB')} bytes for the player's first screens.`,
);
