/**
 * Serving package files from disk, shared by the preview LMS and the test and benchmark LMS
 * harnesses: content types, and a path resolver that never leaves its root folder.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name, or for a bare extension such as `.html`. */
export function contentType(fileOrExtension: string): string {
  // extname('.html') is '' (it reads as a dot-file), so a bare extension is taken as it is.
  const ext = /^\.[A-Za-z0-9]+$/.test(fileOrExtension) ? fileOrExtension : extname(fileOrExtension);
  return CONTENT_TYPES[ext.toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The existing file under `root` that the (already URL-decoded) `relativePath` names, or undefined
 * when it does not exist or would escape `root` (`..`, absolute paths, NUL bytes).
 */
export function fileUnder(root: string, relativePath: string): string | undefined {
  const base = resolve(root);
  if (relativePath.includes('\0')) return undefined;
  const file = resolve(base, normalize(relativePath).replace(/^([/\\])+/, ''));
  if (!(file === base || file.startsWith(base + sep))) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
