/**
 * When the course commits and when it ends the LMS session. One place for the policy, so the
 * rules and their reasons are read together:
 * - a debounced commit (1 s) after each meaningful event, so a learner's pace gives one Commit
 *   per action rather than one per value;
 * - a keep-alive commit every 5 minutes, so LMS sessions do not time out;
 * - after 25 s without a learner action (a pause, usually reading), a commit of anything held
 *   back (knowledge-check answers wait for their lesson to keep each action light), so nothing
 *   waits long in memory; never within a learner's normal pace between actions;
 * - an immediate commit when the page is hidden (the tab may never come back);
 * - the one Terminate: from the Exit button (Commit first), or on pagehide (Terminate alone,
 *   because some LMSs reject a Commit while the page closes and Terminate commits implicitly).
 */
import { windowClock, type Clock } from './clock.js';
import type { LmsAdapter } from './lms-adapter.js';

export interface CommitPolicyOptions {
  adapter: Pick<LmsAdapter, 'commit' | 'terminate' | 'sendHeld'>;
  window: Window;
  clock?: Clock;
  /** Quiet time before a commit after an event (ms). */
  debounceMs?: number;
  /** Interval of keep-alive commits (ms). */
  keepAliveMs?: number;
  /** Quiet time after which anything held back is sent (ms). */
  quietMs?: number;
  /** Called once just before Terminate, so the last progress is queued first. */
  beforeEnd?: () => void;
}

export class CommitPolicy {
  readonly #adapter: CommitPolicyOptions['adapter'];
  readonly #win: Window;
  readonly #clock: Clock;
  readonly #debounceMs: number;
  readonly #keepAliveMs: number;
  readonly #beforeEnd: () => void;
  readonly #quietMs: number;
  #commitTimer: unknown;
  #quietTimer: unknown;
  #keepAliveTimer: unknown;
  #ended = false;

  constructor(options: CommitPolicyOptions) {
    this.#adapter = options.adapter;
    this.#win = options.window;
    this.#clock = options.clock ?? windowClock(options.window);
    this.#debounceMs = options.debounceMs ?? 1000;
    this.#keepAliveMs = options.keepAliveMs ?? 5 * 60_000;
    this.#quietMs = options.quietMs ?? 25_000;
    this.#beforeEnd = options.beforeEnd ?? (() => undefined);
    this.#win.addEventListener('pagehide', this.#onPageHide);
    this.#win.document.addEventListener('visibilitychange', this.#onVisibility);
    this.#keepAlive();
  }

  /** True once the session has been ended (or the policy detached): nothing more is sent. */
  get ended(): boolean {
    return this.#ended;
  }

  /** A meaningful event happened: commit after a quiet moment. */
  commitSoon(): void {
    if (this.#ended) return;
    this.#clock.clearTimeout(this.#commitTimer);
    this.#commitTimer = this.#clock.setTimeout(() => this.commitNow(), this.#debounceMs);
    this.#clock.clearTimeout(this.#quietTimer);
    this.#quietTimer = this.#clock.setTimeout(() => {
      if (!this.#ended && this.#adapter.sendHeld?.()) this.commitNow();
    }, this.#quietMs);
  }

  /** Commits at once; `urgent` (hidden page, keep-alive) also sends held knowledge-check answers. */
  commitNow(urgent = false): void {
    this.#clock.clearTimeout(this.#commitTimer);
    this.#commitTimer = undefined;
    if (!this.#ended) void this.#adapter.commit(urgent);
  }

  /** Ends the session once: `exit` commits first, `pagehide` terminates alone. */
  end(reason: 'exit' | 'pagehide'): void {
    if (this.#ended) return;
    this.#beforeEnd();
    this.#stop();
    this.#adapter.terminate(reason);
  }

  /** Stops timers and listeners without ending the session (tests, and a course torn down). */
  detach(): void {
    this.#stop();
  }

  #stop(): void {
    this.#ended = true;
    this.#clock.clearTimeout(this.#commitTimer);
    this.#clock.clearTimeout(this.#keepAliveTimer);
    this.#clock.clearTimeout(this.#quietTimer);
    this.#win.removeEventListener('pagehide', this.#onPageHide);
    this.#win.document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #keepAlive(): void {
    if (this.#ended) return;
    this.#keepAliveTimer = this.#clock.setTimeout(() => {
      this.commitNow(true);
      this.#keepAlive();
    }, this.#keepAliveMs);
  }

  readonly #onPageHide = (): void => this.end('pagehide');

  readonly #onVisibility = (): void => {
    if (this.#win.document.visibilityState === 'hidden') this.commitNow(true);
  };
}
