/**
 * The preview LMS's records, in SQLite (better-sqlite3: embedded, synchronous, no server).
 * Every commit is kept verbatim for audit; the attempt row holds the latest CMI. Total time is
 * summed here from each session's own session_time, as an LMS does, so a late beacon from an
 * earlier page cannot make time disappear.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  BadRequestError,
  ELEMENTS,
  formatSeconds,
  isObject,
  MAX_SESSION_SECONDS,
  parseSeconds,
  read,
  type CmiObject,
  type Standard,
} from './cmi.js';

/** A learner the preview can simulate. */
export interface Learner {
  id: string;
  /** "Last, First", as SCORM expects. */
  name: string;
}

/** The learners offered when none are configured. */
export const DEFAULT_LEARNERS: readonly Learner[] = [
  { id: 'hv_asha', name: 'Patel, Asha' },
  { id: 'hv_sam', name: 'Jones, Sam' },
  { id: 'hv_chidi', name: "O'Connor, Chidi" },
];

/** Raised for a learner, attempt or session that does not exist (HTTP 404). */
export class NotFoundError extends Error {
  override name = 'NotFoundError' as const;
}

/** Raised when a commit targets an attempt that was reset or has ended (HTTP 409). */
export class ConflictError extends Error {
  override name = 'ConflictError' as const;
}

export type AttemptState = 'open' | 'ended' | 'reset';

/** An attempt with what the records view needs. */
export interface AttemptRecord {
  id: number;
  learnerId: string;
  learnerName: string;
  standard: Standard;
  number: number;
  state: AttemptState;
  firstAccess: string;
  lastAccess: string;
  contentVersions: string;
  totalSeconds: number;
  lastSessionSeconds: number;
  sessions: number;
  commits: number;
  /** When the LMS first received a completed (1.2: completed, passed or failed) status; '' if never. */
  completedAt: string;
  /** When the LMS first received a passed status; '' if never. */
  passedAt: string;
  cmi: CmiObject;
}

/** What the launch frame needs to start the runtime. */
export interface LaunchRecord {
  attemptId: number;
  attemptNumber: number;
  sessionId: number;
  /** ab-initio on an attempt's first launch, resume after a suspend, '' when continuing otherwise. */
  entry: 'ab-initio' | 'resume' | '';
  /** For scorm-again's loadFromJSON, before Initialize. */
  cmi: CmiObject;
}

/** Settings the LMS gives every launch. */
export interface LaunchSettings {
  /** The package's pass mark, as a percentage (from the manifest / course). */
  passMark?: number;
  contentVersion: string;
}

interface AttemptRow {
  id: number;
  learner_id: string;
  learner_name: string;
  standard: Standard;
  number: number;
  state: AttemptState;
  created_at: string;
  last_access: string;
  content_versions: string;
  cmi: string;
  total_seconds: number;
  last_session_seconds: number;
  sessions: number;
  commits: number;
  completed_at: string | null;
  passed_at: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS learners (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
  id INTEGER PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES learners(id),
  standard TEXT NOT NULL CHECK (standard IN ('scorm12', 'scorm2004')),
  number INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'ended', 'reset')),
  created_at TEXT NOT NULL,
  last_access TEXT NOT NULL,
  content_versions TEXT NOT NULL,
  cmi TEXT NOT NULL DEFAULT '{}',
  UNIQUE (learner_id, standard, number)
);
CREATE TABLE IF NOT EXISTS sessions (
  id INTEGER PRIMARY KEY,
  attempt_id INTEGER NOT NULL REFERENCES attempts(id),
  started_at TEXT NOT NULL,
  content_version TEXT NOT NULL,
  session_seconds REAL NOT NULL DEFAULT 0,
  exit TEXT NOT NULL DEFAULT '',
  terminated INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS commits (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id),
  received_at TEXT NOT NULL,
  sequence INTEGER,
  terminate INTEGER NOT NULL,
  applied INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_attempt ON sessions (attempt_id);
CREATE INDEX IF NOT EXISTS commits_session ON commits (session_id);
`;

/**
 * When the attempt first reached a status: the receipt time of the earliest applied commit whose
 * body holds it (1.2 lesson_status; 2004 completion_status, or `element2004`). Read from the
 * commits kept verbatim, so it holds for records made before these columns existed.
 */
const milestone = (test12: string, test2004: string, element2004 = 'completion_status') => `
  SELECT MIN(c.received_at) FROM commits c JOIN sessions s ON s.id = c.session_id
  WHERE s.attempt_id = a.id AND c.applied = 1 AND CASE a.standard
    WHEN 'scorm12' THEN json_extract(c.body, '$.cmi.core.lesson_status') ${test12}
    ELSE json_extract(c.body, '$.cmi.${element2004}') ${test2004} END`;

const ATTEMPT_SELECT = `
SELECT a.*, l.name AS learner_name,
  COALESCE((SELECT SUM(session_seconds) FROM sessions s WHERE s.attempt_id = a.id), 0) AS total_seconds,
  COALESCE((SELECT session_seconds FROM sessions s WHERE s.attempt_id = a.id AND session_seconds > 0 ORDER BY s.id DESC LIMIT 1), 0) AS last_session_seconds,
  (SELECT COUNT(*) FROM sessions s WHERE s.attempt_id = a.id) AS sessions,
  (SELECT COUNT(*) FROM commits c JOIN sessions s ON s.id = c.session_id WHERE s.attempt_id = a.id) AS commits,
  (${milestone("IN ('completed', 'passed', 'failed')", "= 'completed'")}) AS completed_at,
  (${milestone("= 'passed'", "= 'passed'", 'success_status')}) AS passed_at
FROM attempts a JOIN learners l ON l.id = a.learner_id`;

/** "about 1,000,000 hours" for an error message. */
const describeHours = (seconds: number) =>
  `about ${Math.round(seconds / 3600).toLocaleString('en-GB', { maximumFractionDigits: 0 })} hours`;

// Exit values after which the next launch resumes the same attempt (2004 logout is deprecated but resumable).
const RESUMABLE_EXITS = new Set(['suspend', 'logout']);

function toRecord(row: AttemptRow): AttemptRecord {
  return {
    id: row.id,
    learnerId: row.learner_id,
    learnerName: row.learner_name,
    standard: row.standard,
    number: row.number,
    state: row.state,
    firstAccess: row.created_at,
    lastAccess: row.last_access,
    contentVersions: row.content_versions,
    totalSeconds: row.total_seconds,
    lastSessionSeconds: row.last_session_seconds,
    sessions: row.sessions,
    commits: row.commits,
    completedAt: row.completed_at ?? '',
    passedAt: row.passed_at ?? '',
    cmi: JSON.parse(row.cmi) as CmiObject,
  };
}

/** Removes the elements a new session must not inherit, and those the LMS sets itself. */
function carriedOver(cmi: CmiObject, standard: Standard): CmiObject {
  const copy = structuredClone(cmi);
  const drop = (path: string) => {
    const keys = path.split('.');
    let node: unknown = copy;
    for (const key of keys.slice(0, -1)) node = isObject(node) ? node[key] : undefined;
    if (isObject(node)) delete node[keys.at(-1) ?? ''];
  };
  const lmsOwned =
    standard === 'scorm12'
      ? [
          'core.exit',
          'core.session_time',
          'core.total_time',
          'core.entry',
          'core.student_id',
          'core.student_name',
          'core.credit',
          'core.lesson_mode',
          'student_data.mastery_score',
        ]
      : [
          'exit',
          'session_time',
          'total_time',
          'entry',
          'learner_id',
          'learner_name',
          'credit',
          'mode',
          'scaled_passing_score',
          'completion_threshold',
        ];
  lmsOwned.forEach(drop);
  return copy;
}

/** The SQLite-backed record store. */
export class RecordStore {
  readonly #db: Database.Database;
  readonly #now: () => Date;

  /** Opens (creating if needed) the database at `file` (':memory:' for a throwaway one). */
  constructor(
    file: string,
    learners: readonly Learner[] = DEFAULT_LEARNERS,
    now: () => Date = () => new Date(),
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.exec(SCHEMA);
    const upsert = this.#db.prepare(
      'INSERT INTO learners (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
    );
    this.#db.transaction(() => learners.forEach((l) => upsert.run(l.id, l.name)))();
    this.#now = now;
  }

  close(): void {
    this.#db.close();
  }

  learners(): Learner[] {
    return this.#db.prepare('SELECT id, name FROM learners ORDER BY name').all() as Learner[];
  }

  #learner(id: string): Learner {
    const learner = this.#db.prepare('SELECT id, name FROM learners WHERE id = ?').get(id) as
      Learner | undefined;
    if (!learner) throw new NotFoundError(`unknown learner "${id.slice(0, 64)}"`);
    return learner;
  }

  #attemptRow(id: number): AttemptRow | undefined {
    return this.#db.prepare(`${ATTEMPT_SELECT} WHERE a.id = ?`).get(id) as AttemptRow | undefined;
  }

  /** One attempt, or NotFoundError. */
  attempt(id: number): AttemptRecord {
    const row = this.#attemptRow(id);
    if (!row) throw new NotFoundError(`unknown attempt ${id}`);
    return toRecord(row);
  }

  /** Every attempt, by learner name, standard and attempt number. */
  attempts(): AttemptRecord[] {
    return (
      this.#db
        .prepare(`${ATTEMPT_SELECT} ORDER BY l.name, a.learner_id, a.standard, a.number`)
        .all() as AttemptRow[]
    ).map(toRecord);
  }

  /**
   * Starts a session: resumes the learner's open attempt for this standard (entry=resume when its
   * last saved exit was suspend), or opens a new attempt (ab-initio).
   */
  launch(learnerId: string, standard: Standard, settings: LaunchSettings): LaunchRecord {
    return this.#db.transaction((): LaunchRecord => {
      const learner = this.#learner(learnerId);
      const now = this.#now().toISOString();
      let row = this.#db
        .prepare(
          `${ATTEMPT_SELECT} WHERE a.learner_id = ? AND a.standard = ? AND a.state = 'open' ORDER BY a.number DESC LIMIT 1`,
        )
        .get(learnerId, standard) as AttemptRow | undefined;
      if (row) {
        const versions = row.content_versions.split(' → ');
        const contentVersions =
          versions.at(-1) === settings.contentVersion
            ? row.content_versions
            : `${row.content_versions} → ${settings.contentVersion}`;
        this.#db
          .prepare('UPDATE attempts SET last_access = ?, content_versions = ? WHERE id = ?')
          .run(now, contentVersions, row.id);
      } else {
        const { next } = this.#db
          .prepare(
            'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM attempts WHERE learner_id = ? AND standard = ?',
          )
          .get(learnerId, standard) as { next: number };
        const { lastInsertRowid } = this.#db
          .prepare(
            "INSERT INTO attempts (learner_id, standard, number, state, created_at, last_access, content_versions) VALUES (?, ?, ?, 'open', ?, ?, ?)",
          )
          .run(learnerId, standard, next, now, now, settings.contentVersion);
        row = this.#attemptRow(Number(lastInsertRowid));
      }
      if (!row) throw new NotFoundError('attempt vanished');
      const record = toRecord(row);
      const { lastInsertRowid: sessionId } = this.#db
        .prepare('INSERT INTO sessions (attempt_id, started_at, content_version) VALUES (?, ?, ?)')
        .run(record.id, now, settings.contentVersion);
      // A continuing attempt keeps its data (interactions, objectives, status) whatever the exit was;
      // only a suspend makes it a resume (SCORM's "" entry otherwise).
      const fresh = record.sessions === 0 || Object.keys(record.cmi).length === 0;
      const entry = fresh
        ? 'ab-initio'
        : RESUMABLE_EXITS.has(read(record.cmi, ELEMENTS[standard].exit))
          ? 'resume'
          : '';
      const total = formatSeconds(record.totalSeconds, standard);
      const cmi = fresh ? {} : carriedOver(record.cmi, standard);
      if (standard === 'scorm12') {
        const core = isObject(cmi.core) ? cmi.core : {};
        cmi.core = {
          ...core,
          student_id: learner.id,
          student_name: learner.name,
          credit: 'credit',
          lesson_mode: 'normal',
          entry,
          total_time: total,
        };
        if (settings.passMark !== undefined)
          cmi.student_data = {
            ...(isObject(cmi.student_data) ? cmi.student_data : {}),
            mastery_score: String(settings.passMark),
          };
      } else {
        Object.assign(cmi, {
          learner_id: learner.id,
          learner_name: learner.name,
          credit: 'credit',
          mode: 'normal',
          entry,
          total_time: total,
        });
        // The manifest's primary objective has satisfiedByMeasure, so the LMS passes the threshold on.
        if (settings.passMark !== undefined) cmi.scaled_passing_score = String(settings.passMark / 100);
      }
      return { attemptId: record.id, attemptNumber: record.number, sessionId: Number(sessionId), entry, cmi };
    })();
  }

  /**
   * Stores a commit. Every commit is kept; it updates the attempt only when it comes from the
   * attempt's latest session (a late beacon from a reloaded page still counts its session time).
   */
  commit(
    sessionId: number,
    cmi: CmiObject,
    options: { terminate: boolean; sequence: number | null; body: string },
  ): { applied: boolean } {
    return this.#db.transaction(() => {
      const session = this.#db
        .prepare(
          'SELECT s.id, s.attempt_id, s.terminated, a.standard, a.state FROM sessions s JOIN attempts a ON a.id = s.attempt_id WHERE s.id = ?',
        )
        .get(sessionId) as
        | { id: number; attempt_id: number; terminated: number; standard: Standard; state: AttemptState }
        | undefined;
      if (!session) throw new NotFoundError(`unknown session ${sessionId}`);
      // A reset (or ended) attempt takes no more work; only the final beacon of a session that was
      // still running is kept, for its time, without touching the attempt's data.
      const closing = session.state !== 'open' && options.terminate && !session.terminated;
      if (session.state !== 'open' && !closing)
        throw new ConflictError(
          `attempt ${session.attempt_id} is ${session.state === 'reset' ? 'reset' : 'over'}; launch again to start a new one`,
        );
      const now = this.#now().toISOString();
      const { latest } = this.#db
        .prepare('SELECT MAX(id) AS latest FROM sessions WHERE attempt_id = ?')
        .get(session.attempt_id) as { latest: number };
      const applied = latest === session.id && !closing;
      const elements = ELEMENTS[session.standard];
      const seconds = parseSeconds(read(cmi, elements.sessionTime));
      const exit = read(cmi, elements.exit);
      if (seconds === null && read(cmi, elements.sessionTime) !== '')
        throw new BadRequestError(
          `unreadable session time "${read(cmi, elements.sessionTime).slice(0, 32)}"`,
        );
      if (seconds !== null && seconds > MAX_SESSION_SECONDS)
        throw new BadRequestError(
          `session time "${read(cmi, elements.sessionTime).slice(0, 32)}" is ${describeHours(seconds)}; a session is at most ${MAX_SESSION_SECONDS / 3600} hours (a longer one would inflate the learner's total_time at every later launch); nothing was stored`,
        );
      this.#db
        .prepare(
          'UPDATE sessions SET session_seconds = CASE WHEN ? IS NULL THEN session_seconds ELSE ? END, exit = ?, terminated = terminated OR ? WHERE id = ?',
        )
        .run(seconds, seconds, exit, options.terminate ? 1 : 0, session.id);
      this.#db
        .prepare(
          'INSERT INTO commits (session_id, received_at, sequence, terminate, applied, body) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(session.id, now, options.sequence, options.terminate ? 1 : 0, applied ? 1 : 0, options.body);
      if (applied) {
        // An attempt ends when the content terminates without suspending (2004 normal / 1.2 "").
        const ended = options.terminate && !RESUMABLE_EXITS.has(exit);
        this.#db
          .prepare('UPDATE attempts SET cmi = ?, last_access = ?, state = ? WHERE id = ?')
          .run(JSON.stringify(cmi), now, ended ? 'ended' : 'open', session.attempt_id);
      }
      return { applied };
    })();
  }

  /** Resets an attempt: its records stay (marked reset) and the next launch starts a new attempt. */
  reset(attemptId: number): AttemptRecord {
    const { changes } = this.#db.prepare("UPDATE attempts SET state = 'reset' WHERE id = ?").run(attemptId);
    if (changes === 0) throw new NotFoundError(`unknown attempt ${attemptId}`);
    return this.attempt(attemptId);
  }

  /** The standard a session runs, or NotFoundError. */
  sessionStandard(sessionId: number): Standard {
    const row = this.#db
      .prepare('SELECT a.standard FROM sessions s JOIN attempts a ON a.id = s.attempt_id WHERE s.id = ?')
      .get(sessionId) as { standard: Standard } | undefined;
    if (!row) throw new NotFoundError(`unknown session ${sessionId}`);
    return row.standard;
  }

  /** Number of stored commits (all attempts), for tests and the status line. */
  commitCount(): number {
    return (this.#db.prepare('SELECT COUNT(*) AS n FROM commits').get() as { n: number }).n;
  }
}
