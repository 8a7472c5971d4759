/**
 * The adapter used when no LMS is found: progress, reflections and time are kept in this browser's
 * localStorage (keyed by course id) so the learner can carry on here; nothing reaches an LMS, and
 * the learner is told so (`app.standalone`, status "standalone").
 */
import type { Course } from '../content/course-schema.js';
import type { Clock } from './clock.js';
import type { LaunchData, LmsAdapter, LmsStatusUpdate, ProgressReport } from './lms-adapter.js';
import { LocalStore } from './local-store.js';

export interface StandaloneRecord {
  suspendData: string;
  location: string;
  reflections: Record<string, string>;
  /** Time spent in earlier sessions on this device, in seconds. */
  seconds: number;
}

/** The localStorage key of a course's standalone record. */
export const standaloneKey = (courseId: string): string => `pir:${courseId}:standalone`;

export class StandaloneAdapter implements LmsAdapter {
  readonly standard = 'standalone';
  readonly #store: LocalStore<StandaloneRecord>;
  readonly #clock: Clock;
  #record: StandaloneRecord = { suspendData: '', location: '', reflections: {}, seconds: 0 };
  #launch: Promise<LaunchData> | undefined;
  #startedAt = 0;
  #previousSeconds = 0;
  #closed = false;
  readonly #listeners = new Set<(update: LmsStatusUpdate) => void>();

  constructor(course: Course, storage: Storage | undefined, clock: Clock) {
    this.#store = new LocalStore(standaloneKey(course.id), storage);
    this.#clock = clock;
  }

  initialise(): Promise<LaunchData> {
    this.#launch ??= Promise.resolve().then(() => {
      const saved = this.#store.read();
      if (saved && typeof saved === 'object') {
        this.#record = {
          suspendData: typeof saved.suspendData === 'string' ? saved.suspendData : '',
          location: typeof saved.location === 'string' ? saved.location : '',
          reflections:
            saved.reflections && typeof saved.reflections === 'object' ? { ...saved.reflections } : {},
          seconds: Number.isFinite(saved.seconds) ? Math.max(0, saved.seconds) : 0,
        };
      }
      this.#previousSeconds = this.#record.seconds;
      this.#startedAt = this.#clock.now();
      return {
        learner: { id: '', name: '' },
        entry: this.#record.suspendData ? 'resume' : 'ab-initio',
        suspendData: this.#record.suspendData,
        location: this.#record.location,
        reflections: { ...this.#record.reflections },
        previousSeconds: this.#previousSeconds,
        reviewOnly: false,
      } satisfies LaunchData;
    });
    return this.#launch;
  }

  #save(change: Partial<StandaloneRecord> = {}): void {
    if (this.#closed) return;
    const seconds = this.#previousSeconds + Math.max(0, this.#clock.now() - this.#startedAt) / 1000;
    this.#record = { ...this.#record, ...change, seconds: Math.round(seconds) };
    this.#store.write(this.#record);
  }

  saveProgress(report: ProgressReport): void {
    this.#save({ suspendData: report.suspendData, location: report.location });
  }

  saveReflections(reflections: Record<string, string>): void {
    this.#save({ reflections: { ...reflections } });
  }

  recordAnswer(): void {
    // Answers live in the snapshot; without an LMS there is no interaction record to keep.
  }

  reportResult(): void {
    // The result is part of the snapshot (suspend data) saved with the next progress.
  }

  commit(): Promise<boolean> {
    this.#save();
    return Promise.resolve(true);
  }

  terminate(): void {
    this.#save();
    this.#closed = true;
    this.#emit({ status: 'closed' });
  }

  subscribe(listener: (update: LmsStatusUpdate) => void): () => void {
    this.#listeners.add(listener);
    listener({ status: this.#closed ? 'closed' : 'standalone' });
    return () => this.#listeners.delete(listener);
  }

  #emit(update: LmsStatusUpdate): void {
    for (const listener of this.#listeners) listener(update);
  }
}
