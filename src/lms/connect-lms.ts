/**
 * Finds the LMS for the packaged standard and returns the adapter to talk to it: the 1.2 build
 * looks only for `API`, the 2004 build only for `API_1484_11`; with no LMS, the standalone one.
 */
import type { Course } from '../content/course-schema.js';
import { windowClock, type Clock } from './clock.js';
import { discoverApi, type Wait } from './find-api.js';
import type { LmsAdapter, LmsStandard } from './lms-adapter.js';
import { storageOf } from './local-store.js';
import { StandaloneAdapter } from './standalone-adapter.js';

export interface ConnectOptions {
  clock?: Clock;
  /** Waits between discovery attempts (tests pass one that resolves at once). */
  wait?: Wait;
  /** How long to keep looking for the API before going standalone (ms). */
  discoveryMs?: number;
  storage?: Storage;
}

export async function connectLms(
  standard: LmsStandard,
  win: Window,
  course: Course,
  options: ConnectOptions = {},
): Promise<LmsAdapter> {
  const clock = options.clock ?? windowClock(win);
  const storage = options.storage ?? storageOf(win);
  // Leaving while we still look: stop looking (nothing has been initialised, nothing to end).
  const signal = { aborted: false };
  const abort = () => (signal.aborted = true);
  win.addEventListener('pagehide', abort);
  const api = await discoverApi(win, standard.apiName, {
    timeoutMs: options.discoveryMs ?? 3000,
    signal,
    ...(options.wait ? { wait: options.wait } : {}),
  }).finally(() => win.removeEventListener('pagehide', abort));

  if (!api) return new StandaloneAdapter(course, storage, clock);
  const adapter = standard.createAdapter(api, course, { clock, storage });
  // The page may be hidden before the reporter is attached: end the session as the learner leaves.
  if (signal.aborted) adapter.terminate('pagehide');
  return adapter;
}
