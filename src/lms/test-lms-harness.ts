/**
 * Test-only: real scorm-again LMS instances (mastery_override off, autocommit off, commits captured
 * through an injected httpService), wrapped so every call the course makes is recorded, checked by
 * our strict validator, and can be made to fail on demand. Also a fake clock.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Clock } from './clock.js';
import { CmiValidator } from './cmi-validator.js';
import { CMI_RULES } from './cmi-rules.js';

export type Version = '1.2' | '2004';

export interface Call {
  method: string;
  args: string[];
  result: string;
  /** GetLastError right after the call, as the wrapper reports it. */
  error: string;
}

/** A failure to inject: the call returns `result` (default "false") and GetLastError gives `code`. */
export interface Fault {
  code: string;
  result?: string;
  throws?: boolean;
}

type Method = 'init' | 'finish' | 'get' | 'set' | 'commit';

const NAMES: Record<Version, Record<Method | 'lastError' | 'errorString' | 'diagnostic', string>> = {
  '1.2': {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
};

type AnyApi = Record<string, (...args: string[]) => string>;

export class LmsHarness {
  readonly version: Version;
  readonly lms: Scorm12API | Scorm2004API;
  /** The object the course finds (install as `API` / `API_1484_11`). */
  readonly api: AnyApi;
  readonly calls: Call[] = [];
  readonly commits: Array<{ body: unknown; final: boolean }> = [];
  /** Validator problems for values the course sent. Must stay empty. */
  readonly invalid: string[] = [];
  /** Errors the real LMS raised on a call the course made (code ≠ 0, except 2004 403 reads). */
  readonly lmsErrors: string[] = [];
  faults: Partial<Record<Method, (args: string[]) => Fault | undefined>> = {};
  /** What the captured commit endpoint answers (e.g. a 391 from the LMS server). */
  httpAnswer: { result: string; errorCode: number } = { result: 'true', errorCode: 0 };
  readonly #validator: CmiValidator;
  #forced: string | undefined;

  constructor(
    version: Version,
    preload: Record<string, unknown> = {},
    overrides: Record<string, unknown> = {},
  ) {
    this.version = version;
    this.#validator = new CmiValidator(CMI_RULES[version]);
    const settings = {
      logLevel: 5,
      mastery_override: false,
      autocommit: false,
      lmsCommitUrl: 'harness://commit',
      dataCommitFormat: 'json',
      httpService: {
        processHttpRequest: (_url: string, body: unknown, immediate: boolean) => {
          this.commits.push({ body: structuredClone(body), final: immediate });
          return { ...this.httpAnswer };
        },
        updateSettings() {},
      },
      ...overrides,
    };
    this.lms = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
    const defaults =
      version === '1.2'
        ? { core: { student_id: 'L1', student_name: 'Doe, Jane', credit: 'credit', lesson_mode: 'normal' } }
        : { learner_id: 'L1', learner_name: 'Doe, Jane', credit: 'credit', mode: 'normal' };
    this.lms.loadFromJSON(mergeDeep(defaults, preload));
    const real = this.lms as unknown as AnyApi;
    const n = NAMES[version];
    const wrap =
      (method: Method) =>
      (...args: string[]): string => {
        const fault = this.faults[method]?.(args);
        if (fault) {
          this.#forced = fault.code;
          this.calls.push({ method: n[method], args, result: fault.result ?? 'false', error: fault.code });
          if (fault.throws) throw new Error(`injected ${n[method]} failure`);
          return fault.result ?? 'false';
        }
        this.#forced = undefined;
        if (method === 'set') {
          const problem = this.#validator.check(args[0], args[1]);
          if (problem) this.invalid.push(problem);
        }
        const result = real[n[method]](...args);
        const error = String(real[n.lastError]());
        if (method === 'get' && error === '0') this.#validator.observeGet(args[0], result);
        if (error !== '0' && !(method === 'get' && error === '403'))
          this.lmsErrors.push(`${n[method]}(${args.join(', ')}) → ${error}`);
        this.calls.push({ method: n[method], args, result, error });
        return result;
      };
    this.api = {
      [n.init]: wrap('init'),
      [n.finish]: wrap('finish'),
      [n.get]: wrap('get'),
      [n.set]: wrap('set'),
      [n.commit]: wrap('commit'),
      [n.lastError]: () => this.#forced ?? String(real[n.lastError]()),
      [n.errorString]: (code: string) =>
        this.#forced ? `Injected error ${code}` : real[n.errorString](code),
      [n.diagnostic]: (code: string) => real[n.diagnostic](code),
    };
  }

  count(method: Method): number {
    return this.calls.filter((c) => c.method === NAMES[this.version][method]).length;
  }

  /** Every SetValue the course made, in order. */
  setValues(): Call[] {
    return this.calls.filter((c) => c.method === NAMES[this.version].set);
  }

  /** The LMS's whole record (write-only fields included), as an auditor would export it. */
  cmi(): Record<string, unknown> {
    return (this.lms.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi;
  }

  /** The flattened record, e.g. `{ 'cmi.core.lesson_status': 'passed', … }`. */
  flat(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      } else
        out[path] =
          typeof value === 'string'
            ? value
            : value === undefined || value === null
              ? ''
              : JSON.stringify(value);
    };
    walk({ cmi: this.cmi() }, '');
    return out;
  }

  /** The interactions as the LMS stores them. */
  interactions(): Array<Record<string, unknown>> {
    const list = (this.cmi().interactions ?? {}) as Record<string, Record<string, unknown>>;
    return Object.keys(list)
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => list[k]);
  }

  objectives(): Array<Record<string, unknown>> {
    const list = (this.cmi().objectives ?? {}) as Record<string, Record<string, unknown>>;
    return Object.keys(list)
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => list[k]);
  }

  /**
   * What the LMS would load on the next launch (scorm.md §6.8): the saved record without exit and
   * session_time, with `entry` = resume after a suspend.
   */
  relaunchData(): Record<string, unknown> {
    const cmi = structuredClone(this.cmi());
    // total_time appears in the terminate commit only.
    const final = [...this.commits].reverse().find((c) => c.final)?.body as
      { cmi?: Record<string, Record<string, unknown>> } | undefined;
    if (this.version === '1.2') {
      const core = cmi.core as Record<string, unknown>;
      if (final?.cmi?.core?.total_time) core.total_time = final.cmi.core.total_time;
      core.entry = core.exit === 'suspend' ? 'resume' : '';
      delete core.exit;
      delete core.session_time;
    } else {
      if (final?.cmi?.total_time) cmi.total_time = final.cmi.total_time;
      cmi.entry = cmi.exit === 'suspend' ? 'resume' : 'ab-initio';
      delete cmi.exit;
      delete cmi.session_time;
    }
    return cmi;
  }
}

function mergeDeep(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      v && typeof v === 'object' && prev && typeof prev === 'object'
        ? mergeDeep(prev as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** A clock whose time moves only when the test says so. */
export class FakeClock implements Clock {
  #now = 1_700_000_000_000;
  #next = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#next++;
    this.#timers.set(id, { at: this.#now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves time on, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.#now = Math.max(this.#now, due[1].at);
      due[1].callback();
    }
    this.#now = end;
  }
}

/** An in-memory Storage, one per test, so tests never share the browser's localStorage. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
}

/** A window stand-in: events, a document with a visibility state, and whatever props are given. */
export function fakeWindow(
  props: Record<string, unknown> = {},
): Window & { document: Document & { visibilityState: string } } {
  const win = new EventTarget() as unknown as Record<string, unknown>;
  const doc = new EventTarget() as unknown as Record<string, unknown>;
  doc.visibilityState = 'visible';
  Object.assign(win, { document: doc, ...props });
  return win as unknown as Window & { document: Document & { visibilityState: string } };
}

/** Makes the stand-in's page hidden and tells listeners, as a tab switch would. */
export function hidePage(win: Window & { document: { visibilityState: string } }): void {
  win.document.visibilityState = 'hidden';
  win.document.dispatchEvent(new Event('visibilitychange'));
}
