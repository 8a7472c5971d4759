/**
 * The learner's progress as a compact, versioned string for SCORM `suspend_data`.
 *
 * Compact JSON with one-letter keys and dot-joined ids (ids never contain dots): plain ASCII,
 * readable by an auditor, and far below SCORM 1.2's 4,096 characters. It stores ids rather than
 * positions, so saved progress taken on an older content version restores whatever still exists and
 * drops the rest, instead of mis-mapping answers onto changed questions.
 *
 * Format 1:
 *   f  format version (1)           v  content version it was taken on
 *   p  position: a page id, "@a" (assessment) or "@s" (summary)
 *   s  pages seen                   k  checks answered right    x  checks answered wrong
 *   a  current or last attempt: { n: number, q: drawn ids, r: "1"/"0" per answer so far }
 *   h  finished attempts: "correct/total" + "p" (passed) or "f" (failed), oldest first
 *   c  completion time (ms since epoch)
 *
 * Added in 2.0.0, all optional, so 1.0.0's strings read as before and a 1.0.0 reader (which ignores
 * keys it does not know) still reads these:
 *   a.e  the attempt's responses, one per answer, dot-joined (see response-codec.ts)
 *   g    case paths, dot-joined: case id, then ":" (or "!" once the case has been finished at least
 *        once), then one base-36 character per decision: the index of the choice within its node.
 *        Indices rather than choice ids keep the longest paths short; a path that no longer fits the
 *        case (a choice removed) is cut where it stops fitting.
 *   u    assessment questions seen in earlier attempts, as a bit set over the bank: one hex digit
 *        per four bank places (bit j of digit i is place 4i + j). Places rather than ids keep it
 *        short (the real bank of 41 costs 11 characters); a bank changed since only shifts which
 *        questions a resit prefers, never a record.
 */
import type { Course } from '../content/course-schema.js';
import { courseCases, type AttemptResult, type Position, type Progress } from './progress.js';
import { decodeCasePaths, encodeCasePaths } from './case-path-codec.js';
import { decodeResponses, encodeResponses } from './response-codec.js';

export const PROGRESS_FORMAT = 1;

interface EncodedV1 {
  f: 1;
  v: string;
  p: string;
  s: string;
  k: string;
  x: string;
  a?: { n: number; q: string; r: string; e?: string };
  h?: string;
  c?: number;
  g?: string;
  u?: string;
}

/** Why saved progress could not be used; the learner starts afresh with a notice. */
export class SavedProgressError extends Error {
  override name = 'SavedProgressError';
  constructor(
    readonly reason: 'corrupted' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

const join = (ids: readonly string[]) => ids.join('.');
const split = (value: string) => (value ? value.split('.') : []);

function encodePosition(course: Course, position: Position): string {
  if (position.screen === 'assessment') return '@a';
  if (position.screen === 'summary') return '@s';
  return course.lessons[position.lesson]?.pages[position.page]?.id ?? '';
}

function encodeResult(r: AttemptResult): string {
  return `${r.correct}/${r.total}${r.passed ? 'p' : 'f'}`;
}

/** Encodes progress as the suspend_data string. */
export function encodeProgress(course: Course, progress: Progress): string {
  const entries = Object.entries(progress.checks);
  const encoded: EncodedV1 = {
    f: PROGRESS_FORMAT,
    v: course.version,
    p: encodePosition(course, progress.position),
    s: join(progress.visited),
    k: join(entries.filter(([, c]) => c.correct).map(([id]) => id)),
    x: join(entries.filter(([, c]) => !c.correct).map(([id]) => id)),
  };
  const a = progress.attempt;
  if (a) {
    encoded.a = { n: a.number, q: join(a.questionIds), r: a.answers.map((ok) => (ok ? '1' : '0')).join('') };
    if (a.responses) encoded.a.e = encodeResponses(course, a.questionIds, a.responses);
  }
  if (progress.results.length) encoded.h = progress.results.map(encodeResult).join('.');
  if (progress.completedAt) encoded.c = progress.completedAt;
  const g = encodeCasePaths(courseCases(course), progress);
  if (g) encoded.g = g;
  if (progress.seen?.length) encoded.u = encodeSeen(course.assessment.bank, progress.seen);
  return JSON.stringify(encoded);
}

function encodeSeen(bank: readonly string[], seen: readonly string[]): string {
  const digits: number[] = [];
  bank.forEach((id, place) => {
    if (seen.includes(id)) digits[place >> 2] = (digits[place >> 2] ?? 0) | (1 << (place & 3));
  });
  return Array.from(digits, (d) => (d ?? 0).toString(16)).join('');
}

function decodeSeen(bank: readonly string[], hex: string): string[] {
  return bank.filter((_, place) => (parseInt(hex[place >> 2] ?? '0', 16) >> (place & 3)) & 1);
}

const bitCount = (n: number): number => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);

export interface DecodedProgress {
  progress: Progress;
  /** The content version the progress was saved on. */
  version: string;
  /** True when something saved no longer exists in this content version and was dropped. */
  dropped: boolean;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const SAFE = /^[A-Za-z0-9_.@]*$/;

function readV1(raw: Record<string, unknown>): EncodedV1 {
  const { v, p, s, k, x, a, h, c, g, u } = raw;
  const fields = [v, p, s, k, x];
  if (!fields.every(isString) || !fields.every((f) => f === v || SAFE.test(f))) {
    throw new SavedProgressError('corrupted', 'saved progress has missing or malformed fields');
  }
  const out: EncodedV1 = {
    f: 1,
    v: v as string,
    p: p as string,
    s: s as string,
    k: k as string,
    x: x as string,
  };
  if (a !== undefined) {
    const attempt = a as Record<string, unknown>;
    if (
      typeof attempt !== 'object' ||
      attempt === null ||
      typeof attempt.n !== 'number' ||
      !Number.isInteger(attempt.n) ||
      attempt.n < 1 ||
      !isString(attempt.q) ||
      !isString(attempt.r) ||
      !/^[01]*$/.test(attempt.r) ||
      !SAFE.test(attempt.q)
    ) {
      throw new SavedProgressError('corrupted', 'saved assessment attempt is malformed');
    }
    out.a = { n: attempt.n, q: attempt.q, r: attempt.r };
    if (attempt.e !== undefined) {
      if (!isString(attempt.e) || !/^[0-9a-z.-]*$/.test(attempt.e))
        throw new SavedProgressError('corrupted', 'saved assessment responses are malformed');
      out.a.e = attempt.e;
    }
  }
  if (h !== undefined) {
    if (!isString(h) || !/^(\d+\/\d+[pf])(\.\d+\/\d+[pf])*$/.test(h))
      throw new SavedProgressError('corrupted', 'saved results are malformed');
    out.h = h;
  }
  if (c !== undefined) {
    if (typeof c !== 'number' || !Number.isFinite(c) || c <= 0)
      throw new SavedProgressError('corrupted', 'saved completion time is malformed');
    out.c = c;
  }
  if (g !== undefined) {
    if (!isString(g) || !/^\w+[:!][0-9a-z]*(\.\w+[:!][0-9a-z]*)*$/.test(g))
      throw new SavedProgressError('corrupted', 'saved case paths are malformed');
    out.g = g;
  }
  if (u !== undefined) {
    if (!isString(u) || !/^[0-9a-f]+$/.test(u))
      throw new SavedProgressError('corrupted', 'saved questions seen are malformed');
    out.u = u;
  }
  return out;
}

/**
 * Decodes suspend_data against the current content. Throws SavedProgressError when the text is not a
 * saved progress this player can read (corrupted, truncated or from an unknown format).
 */
export function decodeProgress(course: Course, text: string): DecodedProgress {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SavedProgressError('corrupted', 'saved progress is not readable (it may have been cut short)');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SavedProgressError('corrupted', 'saved progress is not a progress record');
  }
  const record = raw as Record<string, unknown>;
  if (record.f !== PROGRESS_FORMAT) {
    throw new SavedProgressError(
      'unsupported',
      `saved progress uses format ${String(record.f)}, which this version cannot read`,
    );
  }
  const e = readV1(record);

  let dropped = false;
  const pages = new Map<string, { lesson: number; page: number }>();
  course.lessons.forEach((l, li) => l.pages.forEach((p, pi) => pages.set(p.id, { lesson: li, page: pi })));
  const questions = new Set(course.questions.map((q) => q.id));
  const keep = (ids: string[], known: { has(id: string): boolean }) => {
    const kept = ids.filter((id) => known.has(id));
    if (kept.length !== ids.length) dropped = true;
    return kept;
  };

  const visited = keep(split(e.s), pages);
  const checks: Progress['checks'] = {};
  for (const id of keep(split(e.k), questions)) checks[id] = { correct: true };
  for (const id of keep(split(e.x), questions)) checks[id] = { correct: false };

  let position: Position = { screen: 'page', lesson: 0, page: 0 };
  if (e.p === '@a') position = { screen: 'assessment' };
  else if (e.p === '@s') position = { screen: 'summary' };
  else if (pages.has(e.p)) position = { screen: 'page', ...pages.get(e.p)! };
  else if (e.p) dropped = true;

  let attempt: Progress['attempt'];
  if (e.a) {
    const drawn = split(e.a.q);
    const answers = [...e.a.r].map((ch) => ch === '1');
    const pairs = drawn.map((id, i) => ({ id, answer: answers[i] })).filter((pair) => questions.has(pair.id));
    if (pairs.length !== drawn.length) dropped = true;
    const wasInProgress = answers.length < drawn.length;
    const answeredPairs = pairs.filter((pair) => pair.answer !== undefined).length;
    // An attempt whose unanswered questions were all removed would look finished but was never
    // scored: it is set aside rather than shown as a result.
    if (pairs.length && !(wasInProgress && answeredPairs === pairs.length)) {
      const answered = pairs.filter((pair) => pair.answer !== undefined);
      attempt = {
        number: e.a.n,
        questionIds: pairs.map((pair) => pair.id),
        answers: answered.map((pair) => pair.answer),
      };
      // Responses line up with the drawn questions; kept only while every drawn question remains.
      if (e.a.e !== undefined && pairs.length === drawn.length)
        attempt.responses = decodeResponses(course, drawn, e.a.e, answers.length);
    }
  }
  const results: AttemptResult[] = (e.h ? e.h.split('.') : []).map((entry, i) => {
    const [correct = 0, total = 1] = entry.slice(0, -1).split('/').map(Number);
    return {
      number: i + 1,
      correct,
      total,
      scaled: total ? correct / total : 0,
      passed: entry.endsWith('p'),
    };
  });

  const cases = e.g === undefined ? undefined : decodeCasePaths(courseCases(course), e.g);
  if (cases?.dropped) dropped = true;
  const seen = e.u === undefined ? [] : decodeSeen(course.assessment.bank, e.u);
  if (seen.length !== [...(e.u ?? '')].reduce((n, d) => n + bitCount(parseInt(d, 16)), 0)) dropped = true;

  return {
    version: e.v,
    dropped,
    progress: {
      position,
      visited,
      checks,
      attempt,
      results,
      ...(e.c ? { completedAt: e.c } : {}),
      ...(cases ? { cases: cases.paths } : {}),
      ...(cases?.finished.length ? { finishedCases: cases.finished } : {}),
      ...(seen.length ? { seen } : {}),
    },
  };
}
