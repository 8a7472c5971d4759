/**
 * The build's stamp, so `npm start` (and `npm run build`) skip a build that would change nothing.
 * The stamp holds a content hash of every source the build reads and a hash of every file it
 * wrote. The build is up to date when the sources hash the same and every output is still there,
 * unchanged. Content hashes, not modification times: a checkout or a copy that touches files
 * without changing them does not force a rebuild, and an edit that keeps the time still counts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the build reads: content, player code, manifest generator, build tools and toolchain. */
export const BUILD_INPUTS = [
  'module',
  'src',
  'manifest',
  'tools',
  'rollup.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
] as const;

/** Files under the inputs that the build never reads: tests and their screenshots. */
const NOT_READ_BY_THE_BUILD = /(\.test\.ts$|(^|\/)screenshots\/.*\.png$)/;

/** Where the stamp lives, beside what it describes. */
export const STAMP_FILE = '.build-stamp.json';

/** The recorded state of one build. */
export interface BuildStamp {
  /** Hash of every input file's path and bytes. */
  inputs: string;
  /** Each output file (relative to the build folder) and the hash of its bytes. */
  outputs: Record<string, string>;
  builtAt: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Files under `path` ('/'-separated, relative to `root`, sorted), or the file itself. */
function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const child = join(dir, name);
      if (statSync(child).isDirectory()) walk(child);
      else found.push(relative(root, child).split(sep).join('/'));
    }
  };
  walk(full);
  return found;
}

/** One hash of the build's inputs under `root`: the path and bytes of every file, in order. */
export function inputsHash(root = '.', inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  const files = inputs
    .flatMap((input) => filesUnder(root, input))
    .filter((f) => !NOT_READ_BY_THE_BUILD.test(f));
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(sha256(readFileSync(join(root, file))));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Hashes of the given output files (relative to `buildDir`). */
export function outputHashes(buildDir: string, outputs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    [...outputs].sort().map((file) => [file, sha256(readFileSync(join(buildDir, file)))]),
  );
}

/** Every file under the given folders of `buildDir` (relative to it). */
export function outputFiles(buildDir: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) => filesUnder(buildDir, folder));
}

/** Reads the stamp, or undefined when there is none or it cannot be read. */
export function readStamp(buildDir: string): BuildStamp | undefined {
  const file = join(buildDir, STAMP_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildStamp>;
    return typeof stamp.inputs === 'string' && typeof stamp.outputs === 'object' && stamp.outputs
      ? (stamp as BuildStamp)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a build is needed, or undefined when the last build is up to date: the inputs hash as they
 * did and every output it wrote is still there with the same bytes.
 */
export function rebuildReason(buildDir: string, inputs: string): string | undefined {
  const stamp = readStamp(buildDir);
  if (!stamp) return 'no earlier build recorded';
  if (stamp.inputs !== inputs) return 'sources changed';
  const files = Object.keys(stamp.outputs);
  if (files.length === 0) return 'no outputs recorded';
  for (const file of files) {
    const path = join(buildDir, file);
    if (!existsSync(path)) return `${file} is missing`;
    if (sha256(readFileSync(path)) !== stamp.outputs[file]) return `${file} was changed`;
  }
  return undefined;
}

/** Records a finished build. */
export function writeStamp(
  buildDir: string,
  inputs: string,
  outputs: readonly string[],
  now = new Date(),
): void {
  const stamp: BuildStamp = { inputs, outputs: outputHashes(buildDir, outputs), builtAt: now.toISOString() };
  writeFileSync(join(buildDir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}
