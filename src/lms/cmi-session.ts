/**
 * The call discipline for one LMS conversation, written once for both versions: Initialize and
 * Terminate exactly once, GetLastError after every call, values validated before they are sent,
 * and writes kept in order in memory until the LMS accepts them (retried with backoff).
 */
import type { LmsProblem, LmsStatus, LmsStatusUpdate } from './lms-adapter.js';
import type { Clock } from './clock.js';
import { CmiValidator } from './cmi-validator.js';
import type { CmiDriver } from './scorm-api.js';

/** Codes meaning "this value will never be accepted": drop it rather than block the queue. */
const PERMANENT: Record<'1.2' | '2004', string[]> = {
  '1.2': ['201', '401', '402', '403', '404', '405'],
  '2004': ['201', '401', '402', '404', '405', '406', '407', '408'],
};

const RETRY_MS = [2000, 5000, 10000, 30000, 60000];

/** An API return as a string: LMSs return strings, some numbers, a few null. */
const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';

/** Outcome of one API call: whether it worked, and the LMS's error when it did not. */
interface CallResult {
  ok: boolean;
  value: string;
  code: string;
  problem?: LmsProblem;
}

export class CmiSession {
  readonly version: '1.2' | '2004';
  /** Values the LMS holds (read at launch or accepted since), to skip writes that change nothing. */
  readonly known = new Map<string, string>();
  readonly #driver: CmiDriver;
  readonly #clock: Clock;
  readonly #validator: CmiValidator;
  readonly #pending = new Map<string, string>();
  readonly #listeners = new Set<(update: LmsStatusUpdate) => void>();
  #state: 'new' | 'open' | 'closed' = 'new';
  #update: LmsStatusUpdate = { status: 'connecting' };
  #retryHandle: unknown;
  #failures = 0;
  #closing = false;

  constructor(driver: CmiDriver, clock: Clock) {
    this.version = driver.version;
    this.#driver = driver;
    this.#clock = clock;
    this.#validator = new CmiValidator(driver.rules);
  }

  get isOpen(): boolean {
    return this.#state === 'open';
  }

  get isClosed(): boolean {
    return this.#state === 'closed';
  }

  /** Writes not yet accepted by the LMS, in sending order. */
  get pending(): ReadonlyMap<string, string> {
    return this.#pending;
  }

  get update(): LmsStatusUpdate {
    return this.#update;
  }

  /** Listens to status changes; the listener hears the current status at once. */
  subscribe(listener: (update: LmsStatusUpdate) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#update);
    return () => this.#listeners.delete(listener);
  }

  emit(status: LmsStatus, problem?: LmsProblem): void {
    const same = this.#update.status === status && this.#update.problem?.code === problem?.code;
    this.#update = problem ? { status, problem } : { status };
    if (!same) for (const listener of this.#listeners) listener(this.#update);
  }

  #call(run: () => unknown, okValue?: string): CallResult {
    let value = '';
    let thrown: unknown;
    try {
      value = text(run());
    } catch (error) {
      thrown = error;
    }
    let code: string;
    try {
      code = text(this.#driver.lastError()) || '0';
    } catch {
      code = '101';
    }
    const ok = !thrown && code === '0' && (okValue === undefined || value === okValue);
    if (ok) return { ok, value, code };
    if (code === '0') code = thrown ? 'exception' : '101';
    let message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : '';
    if (!message && /^\d+$/.test(code)) {
      try {
        message = text(this.#driver.errorString(code));
      } catch {
        message = '';
      }
    }
    return { ok, value, code, problem: { code, message: message || 'The LMS did not accept the call.' } };
  }

  /** Initialize(""), once. */
  initialise(): LmsProblem | undefined {
    if (this.#state !== 'new') return undefined;
    const result = this.#call(() => this.#driver.initialise(), 'true');
    if (!result.ok) return result.problem;
    this.#state = 'open';
    return undefined;
  }

  /** GetValue; '' when unset (2004 403) or unreadable. Reads also teach the validator. */
  get(element: string): string {
    return this.read(element) ?? '';
  }

  /**
   * GetValue that tells "unset" ('') from "the LMS failed" (undefined), trying `attempts` times:
   * a failed read of saved state must not pass for an empty one, or a fresh start would
   * overwrite the learner's record.
   */
  read(element: string, attempts = 1): string | undefined {
    if (!this.isOpen) return undefined;
    let result = this.#call(() => this.#driver.get(element));
    for (let i = 1; i < attempts && !result.ok && !result.value && result.code !== '403'; i++) {
      result = this.#call(() => this.#driver.get(element));
    }
    // GetValue returns "" on error, so a value is real even beside a stale code (scorm-again
    // leaves the previous code in place for some reads).
    if (!result.ok && !result.value) {
      if (this.version === '2004' && result.code === '403') return '';
      this.emit(this.#update.status, result.problem);
      return undefined;
    }
    this.#validator.observeGet(element, result.value);
    this.known.set(element, result.value);
    return result.value;
  }

  /**
   * Queues a value. Invalid values are never sent (a strict LMS would refuse them and block the
   * queue); the problem is reported instead. Unchanged values are skipped.
   */
  set(element: string, value: string): void {
    if (this.isClosed) return;
    if (this.known.get(element) === value && !this.#pending.has(element)) return;
    const invalid = this.#validator.check(element, value);
    if (invalid) {
      this.emit(this.#update.status, { code: 'invalid', message: invalid });
      return;
    }
    this.#pending.delete(element);
    this.#pending.set(element, value);
    if (this.#update.status === 'saved') this.emit('saving');
  }

  /** Sends queued values in order; stops at the first one the LMS may accept later. */
  flush(): boolean {
    if (!this.isOpen) return this.#pending.size === 0;
    for (const [element, value] of [...this.#pending]) {
      const result = this.#call(() => this.#driver.set(element, value), 'true');
      if (result.ok) {
        this.known.set(element, value);
        this.#pending.delete(element);
        continue;
      }
      if (PERMANENT[this.version].includes(result.code)) {
        // It will never be accepted; keeping it would block everything behind it.
        this.#pending.delete(element);
        this.emit(this.#update.status, {
          ...result.problem!,
          message: `${element}: ${result.problem!.message}`,
        });
        continue;
      }
      this.#failed(result.problem!);
      return false;
    }
    return true;
  }

  /** Flushes and commits. On failure the data stays queued and a retry is scheduled. */
  commit(): boolean {
    if (!this.isOpen) return false;
    if (!this.flush()) return false;
    const result = this.#call(() => this.#driver.commit(), 'true');
    if (!result.ok) {
      this.#failed(result.problem!);
      return false;
    }
    this.#failures = 0;
    this.#clock.clearTimeout(this.#retryHandle);
    this.#retryHandle = undefined;
    this.emit('saved');
    return true;
  }

  #failed(problem: LmsProblem): void {
    this.emit('retrying', problem);
    if (this.#retryHandle !== undefined || this.#closing) return;
    const delay = RETRY_MS[Math.min(this.#failures++, RETRY_MS.length - 1)];
    this.#retryHandle = this.#clock.setTimeout(() => {
      this.#retryHandle = undefined;
      this.commit();
    }, delay);
  }

  /**
   * Terminate(""), once. On the Exit-button path the data is committed first; on pagehide the
   * implicit commit of Terminate is relied on (some LMSs refuse a Commit while the page closes).
   */
  terminate(commitFirst: boolean): boolean {
    if (this.#state !== 'open') {
      this.#state = 'closed';
      this.emit('closed');
      return false;
    }
    this.#closing = true;
    this.#clock.clearTimeout(this.#retryHandle);
    this.#retryHandle = undefined;
    const flushed = this.flush();
    if (commitFirst && flushed) {
      const result = this.#call(() => this.#driver.commit(), 'true');
      if (!result.ok) this.emit(this.#update.status, result.problem);
    }
    const result = this.#call(() => this.#driver.terminate(), 'true');
    this.#state = 'closed';
    this.emit('closed', result.ok ? (flushed ? undefined : this.#update.problem) : result.problem);
    return result.ok && flushed;
  }
}
