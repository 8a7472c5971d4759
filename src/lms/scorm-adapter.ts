/**
 * What both SCORM adapters share: the launch sequence, the local backup, interaction and objective
 * bookkeeping, and the once-only terminate. The version-specific CMI lives in the subclasses.
 */
import { isFirstPartOnly } from '../content/course-parts.js';
import type { Course } from '../content/course-schema.js';
import type { Clock } from './clock.js';
import { parseSeconds } from './cmi-format.js';
import type { CmiSession } from './cmi-session.js';
import type {
  AnswerRecord,
  LaunchData,
  LmsAdapter,
  LmsProblem,
  LmsStatusUpdate,
  ProgressReport,
  ResultReport,
} from './lms-adapter.js';
import { LocalStore } from './local-store.js';

/** The device copy of what the LMS should hold, kept until the LMS accepts it. */
export interface LocalBackup {
  suspendData: string;
  location: string;
  reflections: Record<string, string>;
  /** True while the LMS has not yet accepted `suspendData`. */
  unsaved: boolean;
  /** The LMS's suspend_data when this backup was written: only replay if the LMS has not moved on. */
  base: string;
  /** Answers and results the LMS has not yet accepted, replayed with the hand-over. */
  answers?: StoredAnswer[];
  results?: ResultReport[];
  /** An earlier attempt's saved progress, kept after the LMS started a fresh attempt. */
  earlier?: string;
  /** Written by 1.0.0 (one result only); read so its unsent result is not lost. */
  result?: ResultReport | undefined;
}

/** An answer as the device keeps it: the question by id, the rest as reported. */
export type StoredAnswer = Omit<AnswerRecord, 'question'> & { questionId: string };

const storedAnswer = ({ question, ...rest }: AnswerRecord): StoredAnswer => ({
  ...rest,
  questionId: question.id,
});

/** Element names that differ only by spelling between the versions. */
export interface LaunchElements {
  learnerId: string;
  learnerName: string;
  entry: string;
  location: string;
  suspendData: string;
  mode: string;
  totalTime: string;
}

export interface ScormAdapterOptions {
  clock: Clock;
  storage: Storage | undefined;
}

export abstract class ScormAdapter implements LmsAdapter {
  abstract readonly standard: 'scorm12' | 'scorm2004';
  protected readonly session: CmiSession;
  protected readonly course: Course;
  protected readonly clock: Clock;
  readonly #storage: Storage | undefined;
  #backup: LocalStore<LocalBackup> | undefined;
  /** Unsent answers found at launch before the later part (their questions' keys and texts) arrived. */
  #deferred: LocalBackup | undefined;
  #backupValue: LocalBackup = { suspendData: '', location: '', reflections: {}, unsaved: false, base: '' };
  #launch: Promise<LaunchData> | undefined;
  #startedAt = 0;
  #terminated = false;
  #interactionCount = 0;
  /** Whether the LMS's interaction ids are all known (2004 reads them; 1.2 cannot). */
  #idsKnown = true;
  readonly #interactionIds = new Set<string>();
  readonly #objectives = new Map<string, number>();
  /** Objective ids the LMS held at launch. */
  readonly #objectivesAtLaunch = new Set<string>();
  #objectiveCount = 0;
  /** Set when the LMS's saved state could not be read: it is then never overwritten. */
  #protect = false;
  /** Why the saved state could not be read, for the learner's notice. */
  #readProblem: LmsProblem | undefined;
  /** Each lesson objective's completion as last written, so it is sent only when it changes. */
  readonly #lessonWritten = new Map<string, boolean>();
  /**
   * Knowledge-check answers not yet written: practice, so they travel together when a lesson is
   * completed, with the assessment, or when the page is hidden or closed (see README), instead
   * of adding an interaction's SetValue calls to every check the learner answers.
   */
  #heldChecks: AnswerRecord[] = [];

  constructor(session: CmiSession, course: Course, options: ScormAdapterOptions) {
    this.session = session;
    this.course = course;
    this.clock = options.clock;
    this.#storage = options.storage;
    session.subscribe((update) => {
      const waiting =
        this.#backupValue.unsaved ||
        !!this.#backupValue.answers?.length ||
        !!this.#backupValue.results?.length;
      if (update.status === 'saved' && waiting) {
        this.#writeBackup({
          unsaved: false,
          base: this.#backupValue.suspendData,
          // Held check answers have not reached the LMS yet: they stay on the device.
          answers: this.#heldChecks.map(storedAnswer),
          results: [],
          result: undefined,
        });
      }
    });
  }

  protected abstract readonly elements: LaunchElements;
  /** First-launch status and anything else to set right after Initialize. */
  protected abstract afterLaunch(entry: string): void;
  protected abstract writeProgress(report: ProgressReport): void;
  protected abstract writeLessonObjective(index: number, lesson: ProgressReport['lessons'][number]): void;
  protected abstract writeAnswer(index: number, id: string, answer: AnswerRecord): void;
  protected abstract writeResult(result: ResultReport): void;
  protected abstract writeExit(sessionMs: number): void;
  /** 2004 can read interaction ids back; 1.2 interactions are write-only. */
  protected abstract readInteractionIds(count: number): string[] | undefined;

  subscribe(listener: (update: LmsStatusUpdate) => void): () => void {
    return this.session.subscribe((update) => listener(this.#present(update)));
  }

  /**
   * What the learner is told. While the LMS's saved progress could not be read, the course never
   * writes suspend_data, so "saved" would be untrue: progress is on this device only, and the read
   * failure says why (issue 15 §1).
   */
  #present(update: LmsStatusUpdate): LmsStatusUpdate {
    if (!this.#protect || (update.status !== 'saved' && update.status !== 'saving')) return update;
    const problem = this.#readProblem ?? update.problem;
    return problem ? { status: 'deviceOnly', problem } : { status: 'deviceOnly' };
  }

  initialise(): Promise<LaunchData> {
    this.#launch ??= Promise.resolve().then(() => this.#initialise());
    return this.#launch;
  }

  #initialise(): LaunchData {
    this.#startedAt = this.clock.now();
    const problem = this.#terminated ? undefined : this.session.initialise();
    if (!this.session.isOpen) return this.#offline(problem);
    const e = this.elements;
    const learner = { id: this.session.get(e.learnerId), name: this.session.get(e.learnerName) };
    this.#backup = new LocalStore(`pir:${this.course.id}:${this.standard}:${learner.id}`, this.#storage);
    const entry = this.session.get(e.entry);
    const savedData = this.session.read(e.suspendData, 3);
    const savedLocation = this.session.read(e.location, 3);
    let suspendData = savedData ?? '';
    let location = savedLocation ?? '';
    const mode = this.session.get(e.mode);
    const previousSeconds = parseSeconds(this.session.get(e.totalTime));
    const count = Number(this.session.get('cmi.interactions._count')) || 0;
    this.#interactionCount = count;
    const ids = this.readInteractionIds(count);
    this.#idsKnown = !!ids || count === 0;
    for (const id of ids ?? []) this.#interactionIds.add(id);
    this.#objectiveCount = Number(this.session.get('cmi.objectives._count')) || 0;
    for (let n = 0; n < this.#objectiveCount; n++) {
      const id = this.session.get(`cmi.objectives.${n}.id`);
      this.#objectives.set(id, n);
      this.#objectivesAtLaunch.add(id);
    }

    const backup = this.#backup.read();
    if (backup) this.#backupValue = { ...this.#backupValue, ...backup };
    // The page closed while the LMS refused writes: the device copy is newer, and the LMS has not
    // moved on since (same base), so it is handed over and sent again.
    const unreadable = savedData === undefined || savedLocation === undefined;
    const waiting = backup?.unsaved || !!backup?.answers?.length || !!backup?.results?.length;
    const handOver = !!backup?.suspendData && !!waiting && backup.base === suspendData && !unreadable;
    if (handOver) {
      suspendData = backup.suspendData;
      location = backup.location;
      this.session.set(e.suspendData, suspendData);
      this.session.set(e.location, location);
    } else if (unreadable) {
      // The LMS could not say what it holds: resume from this device's copy if there is one, but
      // never overwrite the LMS's record this session (it may be newer, from another device).
      this.#protect = true;
      suspendData = backup?.suspendData ?? '';
      location = backup?.location ?? '';
    }
    // The LMS started afresh (nothing saved, not a resume) while this device holds an earlier
    // attempt: kept, so the learner can still see their record of completion (issue 15 §5).
    const fresh = !unreadable && !handOver && savedData === '' && entry !== 'resume';
    const earlier = fresh ? backup?.suspendData || backup?.earlier : undefined;
    this.#writeBackup({
      suspendData,
      location,
      base: this.session.known.get(e.suspendData) ?? '',
      ...(earlier ? { earlier } : {}),
    });
    const readProblem = unreadable ? this.session.update.problem : undefined;
    this.#readProblem = readProblem;
    this.afterLaunch(entry);
    if (handOver) this.#replay(backup);
    this.session.commit();
    // Keep the read failure visible to the learner after the launch commit.
    if (readProblem) this.session.emit(this.session.update.status, readProblem);
    return {
      learner,
      entry: entry === 'resume' || suspendData ? 'resume' : 'ab-initio',
      suspendData,
      location,
      reflections: { ...this.#backupValue.reflections },
      previousSeconds,
      reviewOnly: mode === 'review',
      ...(earlier ? { earlierAttempt: earlier } : {}),
    };
  }

  /** No LMS session (Initialize refused, or the page left first): keep what this device holds. */
  #offline(problem: LmsProblem | undefined): LaunchData {
    this.#backup = new LocalStore(`pir:${this.course.id}:${this.standard}:`, this.#storage);
    const backup = this.#backup.read();
    if (backup) this.#backupValue = { ...this.#backupValue, ...backup };
    this.session.emit(this.#terminated ? 'closed' : 'standalone', problem);
    return {
      learner: { id: '', name: '' },
      entry: this.#backupValue.suspendData ? 'resume' : 'ab-initio',
      suspendData: this.#backupValue.suspendData,
      location: this.#backupValue.location,
      reflections: { ...this.#backupValue.reflections },
      previousSeconds: 0,
      reviewOnly: false,
    };
  }

  /** The whole course has arrived: sends what waited for it at launch. True when anything was queued. */
  contentLoaded(): boolean {
    const deferred = this.#deferred;
    if (!deferred || isFirstPartOnly(this.course)) return false;
    this.#deferred = undefined;
    this.#replay(deferred);
    return true;
  }

  /** Sends again what the LMS never accepted before the page closed: answers, then results. */
  #replay(backup: LocalBackup): void {
    if (isFirstPartOnly(this.course)) {
      this.#deferred = backup;
      return;
    }
    // Only the replayed entries leave the device copy here: they are recorded (and copied) again
    // below, and anything answered since launch keeps its own copy.
    const replayed = new Set(backup.answers ?? []);
    this.#writeBackup({
      answers: (this.#backupValue.answers ?? []).filter((a) => !replayed.has(a)),
      results: [],
      result: undefined,
    });
    for (const { questionId, ...answer } of backup.answers ?? []) {
      const question = this.course.questions.find((q) => q.id === questionId);
      if (question) this.recordAnswer({ ...answer, question });
    }
    // Overdue: replayed check answers are sent now, not held back like new ones.
    this.#releaseChecks();
    for (const result of backup.results ?? (backup.result ? [backup.result] : [])) this.reportResult(result);
  }

  #writeBackup(change: Partial<LocalBackup>): void {
    this.#backupValue = { ...this.#backupValue, ...change };
    this.#backup?.write(this.#backupValue);
  }

  /**
   * Whether an assessment attempt's own objective may be written. Not when the LMS's saved state
   * could not be read (attempts are then numbered afresh) and it already holds that id: it records
   * an earlier attempt, which must not be overwritten.
   */
  protected mayRecordAttempt(id: string): boolean {
    return !(this.#protect && this.#objectivesAtLaunch.has(id));
  }

  /** The index of an objective, setting its id first when it is new (id must come first). */
  protected objective(id: string): number {
    let index = this.#objectives.get(id);
    if (index === undefined) {
      index = this.#objectiveCount++;
      this.#objectives.set(id, index);
      this.session.set(`cmi.objectives.${index}.id`, id);
    }
    return index;
  }

  saveProgress(report: ProgressReport): void {
    if (this.#terminated) return;
    if (!this.#protect) {
      this.session.set(this.elements.location, report.location);
      this.session.set(this.elements.suspendData, report.suspendData);
    }
    const unsaved = this.session.pending.has(this.elements.suspendData);
    this.#writeBackup({
      suspendData: report.suspendData,
      location: report.location,
      unsaved: unsaved || this.#backupValue.unsaved,
    });
    // Lesson objectives carry completion only, and only when it changes (issue 15 §3–4).
    let lessonCompleted = false;
    for (const lesson of report.lessons) {
      if (this.#lessonWritten.get(lesson.id) === lesson.completed) continue;
      lessonCompleted ||= lesson.completed && this.#lessonWritten.has(lesson.id);
      this.#lessonWritten.set(lesson.id, lesson.completed);
      this.writeLessonObjective(this.objective(`lesson_${lesson.id}`), lesson);
    }
    if (lessonCompleted) this.#releaseChecks();
    this.writeProgress(report);
  }

  saveReflections(reflections: Record<string, string>): void {
    // Reflections stay on this device: they are personal notes, not audit data (see README).
    this.#writeBackup({ reflections: { ...reflections } });
  }

  recordAnswer(answer: AnswerRecord): void {
    if (this.#terminated) return;
    const q = answer.question.id;
    if (answer.phase === 'check') {
      // Only a check's first answer is recorded: retries are practice (issue 15 §4).
      const first = `${q}_k`;
      if (this.#interactionIds.has(first) || this.#heldChecks.some((a) => a.question.id === q)) return;
      this.#heldChecks.push(answer);
      this.#writeBackup({
        unsaved: true,
        answers: [...(this.#backupValue.answers ?? []), storedAnswer(answer)],
      });
      return;
    }
    this.#releaseChecks();
    this.#writeAnswerNow(answer);
    // Kept on the device until a commit succeeds, so a page closed mid-failure loses no answer.
    this.#writeBackup({
      unsaved: true,
      answers: [...(this.#backupValue.answers ?? []), storedAnswer(answer)],
    });
  }

  #writeAnswerNow(answer: AnswerRecord): void {
    const index = this.#interactionCount++;
    const q = answer.question.id;
    let id = answer.phase === 'assessment' ? `${q}_a${answer.attempt ?? 1}` : `${q}_k`;
    // Ids the LMS may already hold (unknown in 1.2, or reused) get their slot number.
    if (this.#interactionIds.has(id) || (answer.phase === 'check' && !this.#idsKnown)) id = `${id}${index}`;
    this.#interactionIds.add(id);
    this.#interactionIds.add(`${q}_${answer.phase === 'check' ? 'k' : `a${answer.attempt ?? 1}`}`);
    this.writeAnswer(index, id, answer);
  }

  /** Writes the held check answers (their device copy stays until the LMS accepts a commit). */
  #releaseChecks(): void {
    const held = this.#heldChecks;
    this.#heldChecks = [];
    for (const answer of held) this.#writeAnswerNow(answer);
  }

  reportResult(result: ResultReport): void {
    if (this.#terminated) return;
    this.#releaseChecks();
    this.writeResult(result);
    this.#writeBackup({ unsaved: true, results: [...(this.#backupValue.results ?? []), result] });
  }

  sendHeld(): boolean {
    if (this.#terminated || !this.#heldChecks.length) return false;
    this.#releaseChecks();
    return true;
  }

  commit(urgent = false): Promise<boolean> {
    if (urgent && !this.#terminated) this.#releaseChecks();
    return Promise.resolve(!this.#terminated && this.session.commit());
  }

  terminate(reason: 'exit' | 'pagehide'): void {
    if (this.#terminated) return;
    this.#terminated = true;
    if (!this.session.isOpen) {
      this.session.terminate(false);
      return;
    }
    this.#releaseChecks();
    this.writeExit(this.clock.now() - this.#startedAt);
    this.session.terminate(reason === 'exit');
  }
}
