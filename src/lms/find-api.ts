/**
 * LMS API discovery (scorm.md §2.1): the course's own window, then its parent chain, then the
 * opener chain and each opener's parents. Every hop is guarded: a cross-origin frame or opener
 * throws SecurityError on access, which simply means "not here".
 */
import type { Scorm12Api, Scorm2004Api } from './scorm-api.js';

export type ApiName = 'API' | 'API_1484_11';

/** How far to climb: ADL's findAPI goes 500 levels for 2004; 1.2 wrappers use 7 (we allow 10). */
export const MAX_DEPTH: Record<ApiName, number> = { API: 10, API_1484_11: 500 };

const METHOD: Record<ApiName, string> = { API: 'LMSInitialize', API_1484_11: 'Initialize' };

/** Reads a property that may throw (cross-origin), returning undefined instead. */
function peek(target: unknown, key: string): unknown {
  try {
    return target ? (target as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function apiOn(win: unknown, name: ApiName): unknown {
  const api = peek(win, name);
  return api && typeof peek(api, METHOD[name]) === 'function' ? api : undefined;
}

/** Searches `start` and its parents; returns the API and the topmost window reached. */
function searchParents(
  start: unknown,
  name: ApiName,
  budget: { left: number },
): { api?: unknown; top: unknown } {
  let win = start;
  while (win && budget.left-- > 0) {
    const api = apiOn(win, name);
    if (api) return { api, top: win };
    const parent = peek(win, 'parent');
    if (!parent || parent === win) break;
    win = parent;
  }
  return { top: win };
}

/** Finds the API object for one standard, or undefined. Synchronous; see `discoverApi` for waiting. */
export function findApi(start: Window, name: 'API'): Scorm12Api | undefined;
export function findApi(start: Window, name: 'API_1484_11'): Scorm2004Api | undefined;
export function findApi(start: Window, name: ApiName): Scorm12Api | Scorm2004Api | undefined;
export function findApi(start: Window, name: ApiName): Scorm12Api | Scorm2004Api | undefined {
  const budget = { left: MAX_DEPTH[name] };
  const seen = new Set<unknown>();
  let from: unknown = start;
  // Each round: this window's parent chain, then the opener of the window or of its top.
  while (from && !seen.has(from) && budget.left > 0) {
    seen.add(from);
    const { api, top } = searchParents(from, name, budget);
    if (api) return api as Scorm12Api | Scorm2004Api;
    from = peek(from, 'opener') ?? peek(top, 'opener');
  }
  return undefined;
}

/** Waits between discovery attempts; injected so tests need not wait. */
export type Wait = (ms: number) => Promise<void>;

export interface DiscoveryOptions {
  /** Total time to keep looking before declaring "no LMS" (ms). */
  timeoutMs?: number;
  intervalMs?: number;
  wait?: Wait;
  /** Stops the search early (e.g. the page is being hidden). */
  signal?: { aborted: boolean };
}

/**
 * Looks for the API now and again every `intervalMs` until `timeoutMs`: some LMS frames create the
 * API after the content has loaded.
 */
export async function discoverApi(start: Window, name: ApiName, options: DiscoveryOptions = {}) {
  const { timeoutMs = 3000, intervalMs = 250, signal } = options;
  const wait: Wait = options.wait ?? ((ms) => new Promise((resolve) => start.setTimeout(resolve, ms)));
  for (let waited = 0; ; waited += intervalMs) {
    const api = findApi(start, name);
    if (api || waited >= timeoutMs || signal?.aborted) return api;
    await wait(intervalMs);
  }
}
