/**
 * Test-only: doubles of the LMSs our learners use, each built by wrapping a real scorm-again API
 * (`LmsHarness`, so every call is still recorded and checked by the strict validator) and changing
 * only what that LMS is known to do differently. The source of every behaviour is issue 15 ("Real
 * LMSs and real auditors"), from whole learner journeys run inside the SCORM players that Moodle
 * and the NHS Learning Hub ship.
 *
 * Each double keeps a `store`: what the LMS itself would hold after the session, which is what an
 * auditor reads and what the next launch is given.
 */
import { LmsHarness, type Version } from './test-lms-harness.js';

type Api = Record<string, (...args: string[]) => unknown>;

/** What the LMS holds after a session, as its reports would show it. */
export interface StoredRecord {
  /** 1.2 `cmi.core.lesson_status`, or 2004 `completion_status/success_status`. */
  status: string;
  suspendData: string;
  /** Every interaction the LMS keeps, oldest first. */
  interactions: Array<Record<string, unknown>>;
  objectives: Array<Record<string, unknown>>;
}

export interface LmsDouble {
  readonly profile: string;
  readonly version: Version;
  readonly harness: LmsHarness;
  /** The object the course finds (`API` or `API_1484_11`). */
  readonly api: Api;
  /** What the LMS holds now. */
  store(): StoredRecord;
  /** The LMS as it launches the course the next time. */
  relaunch(): LmsDouble;
  /** Called with the course's window before the course starts (to hear the page unload). */
  attach(win: EventTarget): void;
}

/** A stored CMI value as text ('' when unset). */
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

const statusOf = (h: LmsHarness, cmi: Record<string, unknown>): string => {
  if (h.version === '1.2') return str((cmi.core as Record<string, unknown>).lesson_status);
  return `${str(cmi.completion_status)}/${str(cmi.success_status)}`;
};

const list = (value: unknown): Array<Record<string, unknown>> => {
  const entries = (value ?? {}) as Record<string, Record<string, unknown>>;
  return Object.keys(entries)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => entries[k]);
};

/** Replaces some of the harness's methods, keeping the rest (and its recording) as they are. */
function layered(h: LmsHarness, changes: Record<string, (...args: string[]) => unknown>): Api {
  return { ...(h.api as Api), ...changes };
}

/**
 * NHS Learning Hub (issue 15, "Facts about the LMSs"): plays SCORM 1.2 only (`window.API`);
 * LMSSetValue/LMSCommit return booleans and LMSGetLastError a number; answers reach it only with
 * LMSFinish (its Commit drops interactions and objectives); on a resumed attempt it reports
 * `cmi.interactions._count` and `cmi.objectives._count` as 0, so new records overwrite old ones
 * by index (writing past `_count` throws inside its player, so the course cannot avoid it); it
 * hands back `total_time` as "0:00:00" or "NaN:aN:aN"; and it never resumes a
 * completed, passed or failed attempt: a relaunch after a pass is a fresh "not attempted" start,
 * whatever `cmi.core.exit` says.
 */
export function learningHub(previous?: {
  record: Record<string, unknown>;
  interactions: Array<Record<string, unknown>>;
  objectives: Array<Record<string, unknown>>;
  launches: number;
}): LmsDouble {
  const launches = (previous?.launches ?? 0) + 1;
  const before = (previous?.record.core ?? {}) as Record<string, unknown>;
  const over = ['completed', 'passed', 'failed'].includes(str(before.lesson_status));
  // Resumed: the saved state and statuses, but no interactions or objectives (`_count` 0).
  const preload: Record<string, unknown> =
    previous && !over
      ? {
          suspend_data: previous.record.suspend_data,
          core: {
            entry: 'resume',
            lesson_status: before.lesson_status,
            lesson_location: before.lesson_location,
            score: before.score,
          },
        }
      : { core: { entry: 'ab-initio' } };
  const h = new LmsHarness('1.2', preload);
  // The Hub's own database: what its Commit and Finish handlers keep.
  let record: Record<string, unknown> = previous?.record ?? {};
  const interactions = [...(previous?.interactions ?? [])];
  // A fresh attempt starts a new objectives list; a resumed one overwrites by index.
  const objectives = over ? [] : [...(previous?.objectives ?? [])];
  const session = () => {
    const { interactions: _, objectives: __, ...rest } = h.cmi();
    return structuredClone(rest);
  };
  const real = h.api as Api;
  const api = layered(h, {
    LMSInitialize: (arg) => real.LMSInitialize(arg) === 'true',
    LMSSetValue: (element, value) => real.LMSSetValue(element, value) === 'true',
    LMSGetValue: (element) =>
      element === 'cmi.core.total_time'
        ? launches === 1
          ? '0:00:00'
          : 'NaN:aN:aN'
        : real.LMSGetValue(element),
    LMSCommit: (arg) => {
      const ok = real.LMSCommit(arg) === 'true';
      // Commit keeps the record but drops the interactions and objectives.
      if (ok) record = session();
      return ok;
    },
    LMSFinish: (arg) => {
      const ok = real.LMSFinish(arg) === 'true';
      record = session();
      // Stored by sequence number: a resumed session (which read `_count` 0) overwrites.
      h.interactions().forEach((x, i) => (interactions[i] = structuredClone(x)));
      h.objectives().forEach((o, i) => (objectives[i] = structuredClone(o)));
      return ok;
    },
    LMSGetLastError: () => Number(real.LMSGetLastError()),
  });
  return {
    profile: 'NHS Learning Hub',
    version: '1.2',
    harness: h,
    api,
    store: () => ({
      status: str(((record.core ?? {}) as Record<string, unknown>).lesson_status),
      suspendData: str(record.suspend_data),
      interactions: [...interactions],
      objectives: [...objectives],
    }),
    relaunch: () => learningHub({ record, interactions, objectives, launches }),
    attach: () => undefined,
  };
}

/**
 * Moodle's SCORM player (issue 15): its 2004 GetValue returns "" rather than 403 for unset
 * elements; it gives the course a `PRIMARY` objective at index 0 from the manifest before the
 * course writes any; its 1.2 `masteryoverride` recomputes the status from the score on LMSFinish
 * (passed or failed against the manifest's mastery score); its SCORM 2004 timestamps stop at 2038.
 */
export function moodle(version: Version, passMark: number, preload: Record<string, unknown> = {}): LmsDouble {
  const first = Object.keys(preload).length === 0;
  const seed: Record<string, unknown> =
    version === '1.2'
      ? { student_data: { mastery_score: String(passMark) } }
      : first
        ? { objectives: { 0: { id: 'PRIMARY' } } }
        : {};
  const h = new LmsHarness(version, { ...seed, ...preload });
  const real = h.api as Api;
  let forced: string | undefined;
  const changes: Record<string, (...args: string[]) => unknown> =
    version === '1.2'
      ? {
          LMSFinish: (arg) => {
            const cmi = h.lms.cmi as unknown as {
              core: { lesson_status: string; score: { raw: string } };
              student_data: { mastery_score: string };
            };
            const { core } = cmi;
            const mastery = cmi.student_data.mastery_score;
            if (mastery !== '' && core.score.raw !== '')
              core.lesson_status = Number(core.score.raw) >= Number(mastery) ? 'passed' : 'failed';
            return real.LMSFinish(arg);
          },
        }
      : {
          GetValue: (element) => {
            forced = undefined;
            const value = real.GetValue(element);
            if (String(real.GetLastError()) === '403') forced = '0';
            return value;
          },
          SetValue: (element, value) => {
            forced = undefined;
            const year = /timestamp$/.test(element) ? Number(value.slice(0, 4)) : 0;
            if (year > 2038) {
              forced = '406';
              return 'false';
            }
            return real.SetValue(element, value);
          },
          GetLastError: () => forced ?? real.GetLastError(),
        };
  return {
    profile: 'Moodle',
    version,
    harness: h,
    api: layered(h, changes),
    store: () => {
      const cmi = h.cmi();
      return {
        status: statusOf(h, cmi),
        suspendData: str(cmi.suspend_data),
        interactions: list(cmi.interactions),
        objectives: list(cmi.objectives),
      };
    },
    relaunch: () => moodle(version, passMark, h.relaunchData()),
    attach: () => undefined,
  };
}

/**
 * Cornerstone (issue 15; adapt_framework#2222): Commit returns null while the page unloads, and
 * the LMS relies on Terminate's implicit commit instead.
 */
export function cornerstone(version: Version, preload: Record<string, unknown> = {}): LmsDouble {
  const h = new LmsHarness(version, preload);
  const real = h.api as Api;
  const commit = version === '1.2' ? 'LMSCommit' : 'Commit';
  const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
  let unloading = false;
  let forced: string | undefined;
  return {
    profile: 'Cornerstone',
    version,
    harness: h,
    api: layered(h, {
      [commit]: (arg) => {
        forced = undefined;
        if (!unloading) return real[commit](arg);
        forced = '391';
        h.calls.push({ method: commit, args: [arg], result: 'null', error: '391' });
        return null;
      },
      [lastError]: () => forced ?? real[lastError](),
    }),
    store: () => {
      const cmi = h.cmi();
      return {
        status: statusOf(h, cmi),
        suspendData: str(cmi.suspend_data),
        interactions: list(cmi.interactions),
        objectives: list(cmi.objectives),
      };
    },
    relaunch: () => cornerstone(version, h.relaunchData()),
    attach: (win) => win.addEventListener('pagehide', () => (unloading = true)),
  };
}
