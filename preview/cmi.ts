/**
 * CMI as the preview LMS receives it (scorm-again's JSON commit bodies) and gives it back at
 * launch: shape validation, time arithmetic, and the fields the records view shows.
 */

import {
  identify,
  kindLabel,
  normaliseResult,
  readableDuration,
  responseParts,
  responseText,
  type CourseQuestions,
} from './answers.js';

/** The two standards the preview can launch. */
export type Standard = 'scorm12' | 'scorm2004';

/** Type guard for the standard names. */
export const isStandard = (value: unknown): value is Standard => value === 'scorm12' || value === 'scorm2004';

/** A CMI tree: nested objects with string leaves (numbers and booleans tolerated). */
export type CmiValue = string | number | boolean | CmiObject;
export interface CmiObject {
  [key: string]: CmiValue;
}

/** A request body or value that is not acceptable; `status` is the HTTP status to answer with. */
export class BadRequestError extends Error {
  override name = 'BadRequestError' as const;
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 8;
const MAX_NODES = 100_000;
// Keys that reach Object.prototype when a stored tree is merged or spread; no CMI element has them.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The longest session time a commit may report: one week. Longer is not a learner's session but a
 * faulty or hostile value, and summed into total_time it would follow the learner into every later
 * launch (scorm-again hands total_time back to the content).
 */
export const MAX_SESSION_SECONDS = 7 * 24 * 3600;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks that `value` is a CMI tree (no arrays, no nulls, bounded depth and size). */
export function assertCmiTree(value: unknown, path = 'cmi'): asserts value is CmiObject {
  let nodes = 0;
  const visit = (v: unknown, at: string, depth: number): void => {
    nodes += 1;
    if (nodes > MAX_NODES) throw new BadRequestError(`${path} has too many elements`);
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
      return;
    if (!isObject(v))
      throw new BadRequestError(
        `${at} must be a string or an object, found ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`,
      );
    if (depth >= MAX_DEPTH) throw new BadRequestError(`${at} is nested too deeply`);
    for (const [key, child] of Object.entries(v)) {
      if (!/^[A-Za-z0-9_]{1,64}$/.test(key))
        throw new BadRequestError(`${at} has an invalid key ${JSON.stringify(key.slice(0, 64))}`);
      if (RESERVED_KEYS.has(key))
        throw new BadRequestError(
          `${at} has the key "${key}", which is not a CMI element and could alter every object; nothing was stored`,
        );
      visit(child, `${at}.${key}`, depth + 1);
    }
  };
  visit(value, path, 0);
  if (!isObject(value)) throw new BadRequestError(`${path} must be an object`);
}

/** A validated commit body. */
export interface CommitBody {
  cmi: CmiObject;
  sequence: number | null;
}

/**
 * Validates a scorm-again commit body (`dataCommitFormat: 'json'`): `{ cmi, adl?, commitSequence? }`,
 * with the element that proves the CMI belongs to `standard`.
 */
export function parseCommitBody(value: unknown, standard: Standard): CommitBody {
  if (!isObject(value)) throw new BadRequestError('the body must be a JSON object');
  for (const key of Object.keys(value)) {
    if (!['cmi', 'adl', 'commitSequence'].includes(key))
      throw new BadRequestError(`unexpected field "${key.slice(0, 64)}"`);
  }
  assertCmiTree(value.cmi);
  if (value.adl !== undefined) assertCmiTree(value.adl, 'adl');
  const sequence = value.commitSequence;
  if (sequence !== undefined && !(Number.isInteger(sequence) && (sequence as number) >= 0)) {
    throw new BadRequestError('commitSequence must be a non-negative integer');
  }
  const cmi = value.cmi;
  if (standard === 'scorm12') {
    if (!isObject(cmi.core) || typeof cmi.core.lesson_status !== 'string')
      throw new BadRequestError('a SCORM 1.2 commit needs cmi.core.lesson_status');
  } else if (typeof cmi.completion_status !== 'string') {
    throw new BadRequestError('a SCORM 2004 commit needs cmi.completion_status');
  }
  return { cmi, sequence: typeof sequence === 'number' ? sequence : null };
}

/** Reads a dotted path as a string ('' when absent). */
export function read(cmi: CmiObject, path: string): string {
  let node: CmiValue | undefined = cmi;
  for (const key of path.split('.')) node = isObject(node) ? node[key] : undefined;
  return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean'
    ? String(node)
    : '';
}

/** Seconds in a 1.2 timespan `HH:MM:SS(.ss)` or a 2004 duration `P…T…H…M…S`; null if unreadable. */
export function parseSeconds(value: string): number | null {
  const span = /^(\d{1,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value);
  if (span) return Number(span[1]) * 3600 + Number(span[2]) * 60 + Number(span[3]);
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    value,
  );
  if (!iso || value === 'P' || value.endsWith('T')) return null;
  const [, y, mo, d, h, m, s] = iso.map((n) => Number(n ?? 0));
  return (
    (y ?? 0) * 31_536_000 +
    (mo ?? 0) * 2_592_000 +
    (d ?? 0) * 86_400 +
    (h ?? 0) * 3600 +
    (m ?? 0) * 60 +
    (s ?? 0)
  );
}

/** Seconds as the standard's time format: 1.2 `HHHH:MM:SS.ss`, 2004 `PT#H#M#S`. */
export function formatSeconds(seconds: number, standard: Standard): string {
  const centis = Math.round(Math.max(0, seconds) * 100);
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  if (standard === 'scorm12') {
    const capped = Math.min(h, 9999);
    return `${String(capped).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
  }
  const sec = Number.isInteger(s) ? String(s) : s.toFixed(2).replace(/0$/, '');
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${sec}S` : ''}`;
}

/** Element paths that differ between the standards. */
export const ELEMENTS = {
  scorm12: {
    exit: 'core.exit',
    sessionTime: 'core.session_time',
    location: 'core.lesson_location',
    response: 'student_response',
    time: 'time',
  },
  scorm2004: {
    exit: 'exit',
    sessionTime: 'session_time',
    location: 'location',
    response: 'learner_response',
    time: 'timestamp',
  },
} as const;

/** The status, success and score of an attempt in one vocabulary for both standards. */
export interface Outcome {
  /** 1.2 lesson_status, 2004 completion_status. */
  status: string;
  /** passed | failed | unknown. */
  success: string;
  /** Score as a percentage, '' when none. */
  scorePercent: string;
  /** Each assessment attempt's outcome and score, from its objective: "1: failed 33.33%; 2: passed 100%". */
  assessmentAttempts: string;
}

/** The course's per-attempt objectives (`assessment_a<n>`, 1.2 `assessment_v<version>_a<n>`). */
function assessmentAttempts(cmi: CmiObject, standard: Standard): string {
  const list = cmi.objectives;
  if (!isObject(list)) return '';
  const attempts: Array<[number, string]> = [];
  for (const item of Object.values(list)) {
    if (!isObject(item)) continue;
    const match = /^assessment(?:_v\w+?)?_a(\d+)$/.exec(read(item, 'id'));
    if (!match) continue;
    const success = read(item, standard === 'scorm12' ? 'status' : 'success_status');
    const raw = read(item, 'score.raw');
    attempts.push([Number(match[1]), `${match[1]}: ${success}${raw === '' ? '' : ` ${raw}%`}`]);
  }
  return attempts
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join('; ');
}

/** Status, success and score from a CMI tree. */
export function outcome(cmi: CmiObject, standard: Standard): Outcome {
  if (standard === 'scorm12') {
    const status = read(cmi, 'core.lesson_status');
    const raw = read(cmi, 'core.score.raw');
    return {
      status,
      success: status === 'passed' || status === 'failed' ? status : 'unknown',
      scorePercent: raw,
      assessmentAttempts: assessmentAttempts(cmi, standard),
    };
  }
  const scaled = read(cmi, 'score.scaled');
  return {
    status: read(cmi, 'completion_status'),
    success: read(cmi, 'success_status'),
    scorePercent: scaled === '' ? '' : String(Math.round(Number(scaled) * 10000) / 100),
    assessmentAttempts: assessmentAttempts(cmi, standard),
  };
}

/** One interaction as the records show it: in words, with the raw CMI beside. */
export interface InteractionRecord {
  index: number;
  id: string;
  /** "Practice check", "Assessment, attempt 2", or '' when the course does not know the id. */
  kind: string;
  /** The assessment attempt, '' for practice checks. */
  assessmentAttempt: number | '';
  questionId: string;
  type: string;
  /** The full prompt from the course; the 2004 description (cut at 250 characters) when unknown. */
  question: string;
  /** The learner's response in the options' words ('' when it cannot be read) and as recorded. */
  response: string;
  /** The same, one part per option, pair or place (empty when it cannot be read). */
  responseParts: string[];
  responseCmi: string;
  correctResponse: string;
  correctParts: string[][];
  correctResponseCmi: string;
  /** correct | incorrect | … in one vocabulary for both standards, and as recorded. */
  result: string;
  resultCmi: string;
  time: string;
  /** "12 s" and as recorded. */
  latency: string;
  latencyCmi: string;
}

/**
 * The interactions of a CMI tree, in index order, read against the course: question text is the
 * course's full prompt in both standards (2004 descriptions are cut at 250 characters, and 1.2
 * has none), falling back to the description for ids the course does not know.
 */
export function interactions(
  cmi: CmiObject,
  standard: Standard,
  course: CourseQuestions,
): InteractionRecord[] {
  const list = cmi.interactions;
  if (!isObject(list)) return [];
  const byId = new Map(course.questions.map((q) => [q.id, q]));
  return Object.keys(list)
    .filter((k) => /^\d+$/.test(k))
    .map(Number)
    .sort((a, b) => a - b)
    .flatMap((index) => {
      const item = list[String(index)];
      if (!isObject(item)) return [];
      const i: CmiObject = item;
      const id = read(i, 'id');
      const identity = identify(id, course);
      const question = byId.get(identity.questionId);
      const patterns = isObject(i.correct_responses)
        ? Object.keys(i.correct_responses)
            .sort((a, b) => Number(a) - Number(b))
            .map((k) => read(i, `correct_responses.${k}.pattern`))
        : [];
      const response = read(i, ELEMENTS[standard].response);
      const correct = patterns.map((p) => responseParts(question, p, standard));
      const readable = correct.every((parts) => parts !== undefined);
      const result = read(i, 'result');
      const latency = read(i, 'latency');
      return [
        {
          index,
          id,
          kind: kindLabel(identity),
          assessmentAttempt: identity.kind === 'assessment' ? (identity.attempt ?? '') : '',
          questionId: identity.questionId,
          type: read(i, 'type'),
          question: question?.prompt || (standard === 'scorm2004' ? read(i, 'description') : ''),
          response: responseText(question, response, standard),
          responseParts: responseParts(question, response, standard) ?? [],
          responseCmi: response,
          correctResponse: readable ? correct.map((parts) => parts?.join('; ')).join(' | ') : '',
          correctParts: readable ? correct.map((parts) => parts ?? []) : [],
          correctResponseCmi: patterns.join(' | '),
          result: normaliseResult(result),
          resultCmi: result,
          time: read(i, ELEMENTS[standard].time),
          latency: latency === '' ? '' : readableDuration(parseSeconds(latency)),
          latencyCmi: latency,
        },
      ];
    });
}
