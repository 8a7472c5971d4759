/**
 * Our own strict check of every value the course sends, because scorm-again (the test LMS) lets
 * some invalid values through and strict LMSs (Moodle, Cornerstone) reject them. The rules are
 * written from scorm.md §2.4–2.6 (Moodle's documented limits), not copied from Moodle's code.
 *
 * Stateful: it remembers interaction and objective ids, interaction types and whether a score was
 * set, so it can check order rules (id first, type before patterns, next free index, score before
 * status) as well as formats. Feed it the reads too (`observeGet`), so resumed counts are known.
 */

export type CmiVersion = '1.2' | '2004';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const ID = /^[A-Za-z0-9_]{1,250}$/;
const TOKEN_2004 = /^[\w.]{1,250}$/;
const TIMESPAN_12 = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
const TIME_12 = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
const DURATION_2004 = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
const TIMESTAMP_2004 =
  /^(19[7-9]\d|20[0-3]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;
const NAV_2004 =
  /^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=[A-Za-z0-9_.]+\}(choice|jump))$/;

const oneOf =
  (...values: string[]) =>
  (v: string) =>
    values.includes(v) ? undefined : `must be one of ${values.map((x) => `"${x}"`).join(', ')}`;
const maxLength = (max: number) => (v: string) =>
  v.length <= max ? undefined : `is ${v.length} characters; the limit is ${max}`;
const matches = (re: RegExp, what: string) => (v: string) => (re.test(v) ? undefined : `is not ${what}`);

/** Decimal without exponent; `intDigits`/`fracDigits` limit the digits (Moodle); optional range. */
function decimalRule(min: number, max: number, intDigits = 5, fracDigits = 18) {
  return (v: string) => {
    const m = DECIMAL.exec(v);
    if (!m) return 'is not a plain decimal';
    const [int = ''] = v.replace('-', '').split('.');
    if (int.length > intDigits || (m[1] && m[1].length - 1 > fracDigits)) return 'has too many digits';
    const n = Number(v);
    return n < min || n > max ? `is outside ${min}..${max}` : undefined;
  };
}

function durationRule(v: string): string | undefined {
  return DURATION_2004.test(v) && v !== 'P' && !v.endsWith('T')
    ? undefined
    : 'is not an ISO 8601 duration (integer H/M, ≤2 decimal seconds)';
}

function timespanRule(v: string): string | undefined {
  return TIMESPAN_12.test(v) ? undefined : 'is not HH:MM:SS.SS with 2–4 hour digits';
}

type Rule = (value: string) => string | undefined;

const score12 = decimalRule(0, 100, 3, 2);
const status12 = oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted');

const RULES_12: Record<string, Rule> = {
  'cmi.core.lesson_location': maxLength(255),
  'cmi.core.lesson_status': oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed'),
  'cmi.core.score.raw': score12,
  'cmi.core.score.min': score12,
  'cmi.core.score.max': score12,
  'cmi.core.exit': oneOf('time-out', 'suspend', 'logout', ''),
  'cmi.core.session_time': timespanRule,
  'cmi.suspend_data': maxLength(4096),
  'cmi.comments': maxLength(4096),
  'cmi.objectives.n.id': matches(ID, 'an identifier (letters, digits, underscore)'),
  'cmi.objectives.n.score.raw': score12,
  'cmi.objectives.n.score.min': score12,
  'cmi.objectives.n.score.max': score12,
  'cmi.objectives.n.status': status12,
  'cmi.interactions.n.id': matches(ID, 'an identifier (letters, digits, underscore)'),
  'cmi.interactions.n.objectives.n.id': matches(ID, 'an identifier (letters, digits, underscore)'),
  'cmi.interactions.n.time': matches(TIME_12, 'a time of day HH:MM:SS'),
  'cmi.interactions.n.type': oneOf(
    'true-false',
    'choice',
    'fill-in',
    'matching',
    'performance',
    'sequencing',
    'likert',
    'numeric',
  ),
  'cmi.interactions.n.weighting': decimalRule(-100, 100, 3),
  'cmi.interactions.n.result': (v) =>
    ['correct', 'wrong', 'unanticipated', 'neutral'].includes(v) || DECIMAL.test(v)
      ? undefined
      : 'is not a 1.2 result',
  'cmi.interactions.n.latency': timespanRule,
  'cmi.interactions.n.student_response': maxLength(255),
  'cmi.interactions.n.correct_responses.n.pattern': maxLength(255),
};

const scaled = decimalRule(-1, 1);
const raw2004 = decimalRule(-99999, 99999);
const unit = decimalRule(0, 1);

const RULES_2004: Record<string, Rule> = {
  'cmi.location': maxLength(1000),
  'cmi.completion_status': oneOf('completed', 'incomplete', 'not attempted', 'unknown'),
  'cmi.success_status': oneOf('passed', 'failed', 'unknown'),
  'cmi.score.scaled': scaled,
  'cmi.score.raw': raw2004,
  'cmi.score.min': raw2004,
  'cmi.score.max': raw2004,
  'cmi.progress_measure': unit,
  'cmi.exit': oneOf('time-out', 'suspend', 'logout', 'normal', ''),
  'cmi.session_time': durationRule,
  'cmi.suspend_data': maxLength(64000),
  'adl.nav.request': matches(NAV_2004, 'a navigation request'),
  'cmi.objectives.n.id': matches(ID, 'an identifier (letters, digits, underscore)'),
  'cmi.objectives.n.score.scaled': scaled,
  'cmi.objectives.n.score.raw': raw2004,
  'cmi.objectives.n.score.min': raw2004,
  'cmi.objectives.n.score.max': raw2004,
  'cmi.objectives.n.success_status': oneOf('passed', 'failed', 'unknown'),
  'cmi.objectives.n.completion_status': oneOf('completed', 'incomplete', 'not attempted', 'unknown'),
  'cmi.objectives.n.progress_measure': unit,
  'cmi.objectives.n.description': maxLength(250),
  'cmi.interactions.n.id': matches(ID, 'an identifier (letters, digits, underscore)'),
  'cmi.interactions.n.type': oneOf(
    'true-false',
    'choice',
    'fill-in',
    'long-fill-in',
    'likert',
    'matching',
    'performance',
    'sequencing',
    'numeric',
    'other',
  ),
  'cmi.interactions.n.objectives.n.id': matches(ID, 'an identifier (letters, digits, underscore)'),
  'cmi.interactions.n.timestamp': matches(
    TIMESTAMP_2004,
    'a timestamp with ≤2 decimals (zone only after a fraction)',
  ),
  'cmi.interactions.n.weighting': decimalRule(-99999, 99999),
  'cmi.interactions.n.result': (v) =>
    ['correct', 'incorrect', 'unanticipated', 'neutral'].includes(v) || DECIMAL.test(v)
      ? undefined
      : 'is not a 2004 result',
  'cmi.interactions.n.latency': durationRule,
  'cmi.interactions.n.description': maxLength(250),
  'cmi.interactions.n.learner_response': maxLength(4000),
  'cmi.interactions.n.correct_responses.n.pattern': maxLength(4000),
};

/** Response pattern format by interaction type; only the types this course sends are checked in depth. */
function patternProblem(version: CmiVersion, type: string | undefined, v: string): string | undefined {
  const list = (re: RegExp, sep: string) => {
    const parts = v.split(sep);
    if (!parts.every((p) => re.test(p))) return `is not a ${type} pattern`;
    return new Set(parts).size === parts.length ? undefined : `repeats a token in a ${type} pattern`;
  };
  if (version === '1.2') {
    const ch = /^[0-9a-z]$/;
    switch (type) {
      case 'true-false':
        return /^[tf01]$/.test(v) ? undefined : 'is not a 1.2 true-false pattern (t/f)';
      case 'choice':
      case 'sequencing':
        return list(ch, ',');
      case 'matching':
        return list(/^[0-9a-z]\.[0-9a-z]$/, ',');
      case undefined:
        return 'is set before the interaction type';
      default:
        return undefined;
    }
  }
  switch (type) {
    case 'true-false':
      return /^(true|false)$/.test(v) ? undefined : 'is not a 2004 true-false pattern';
    case 'choice':
    case 'sequencing':
      return list(TOKEN_2004, '[,]');
    case 'matching':
      return v.split('[,]').every((p) => {
        const [a = '', b = '', ...rest] = p.split('[.]');
        return TOKEN_2004.test(a) && TOKEN_2004.test(b) && rest.length === 0;
      })
        ? undefined
        : 'is not a 2004 matching pattern';
    case undefined:
      return 'is set before the interaction type (error 408)';
    default:
      return undefined;
  }
}

interface Collection {
  ids: Map<number, string>;
  types: Map<number, string>;
  count: number;
}

/** Checks one SCORM conversation; create one per launch. */
export class CmiValidator {
  readonly #version: CmiVersion;
  readonly #rules: Record<string, Rule>;
  readonly #collections = new Map<string, Collection>();
  #scoreSet = false;

  constructor(version: CmiVersion) {
    this.#version = version;
    this.#rules = version === '1.2' ? RULES_12 : RULES_2004;
  }

  #collection(name: string): Collection {
    let c = this.#collections.get(name);
    if (!c) this.#collections.set(name, (c = { ids: new Map(), types: new Map(), count: 0 }));
    return c;
  }

  /** Learns from what the LMS returned (collection counts and ids on a resume). */
  observeGet(element: string, value: string): void {
    const count = /^cmi\.(interactions|objectives)\._count$/.exec(element);
    if (count) {
      const c = this.#collection(count[1]);
      c.count = Math.max(c.count, Number(value) || 0);
      return;
    }
    const id = /^cmi\.(interactions|objectives)\.(\d+)\.id$/.exec(element);
    if (id && value) this.#collection(id[1]).ids.set(Number(id[2]), value);
  }

  /** The reason `value` may not be set on `element`, or undefined when it is valid. */
  check(element: string, value: string): string | undefined {
    const generic = element.replace(/\.\d+(?=\.|$)/g, '.n');
    const rule = this.#rules[generic];
    if (!rule) return `${element} is not an element this course may set in SCORM ${this.#version}`;
    if (typeof value !== 'string') return `${element} must be a string`;
    const problem = rule(value) ?? this.#orderProblem(element, value);
    return problem ? `${element} = "${value.slice(0, 60)}" ${problem}` : undefined;
  }

  #orderProblem(element: string, value: string): string | undefined {
    const m = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/.exec(element);
    if (!m) {
      if (/^cmi\.(core\.)?score\.(raw|scaled)$/.test(element)) this.#scoreSet = true;
      const status = element === 'cmi.core.lesson_status' || element === 'cmi.success_status';
      if (status && (value === 'passed' || value === 'failed') && !this.#scoreSet)
        return 'is set before the score (Cornerstone needs the score first)';
      return undefined;
    }
    const [, name = '', indexText = '', field = ''] = m;
    const c = this.#collection(name);
    const index = Number(indexText);
    if (index > c.count) return `skips index ${c.count} (the next free slot)`;
    if (field === 'id') {
      const existing = c.ids.get(index);
      if (existing !== undefined && existing !== value) return `changes the id "${existing}" already set`;
      for (const [i, id] of c.ids) if (id === value && i !== index) return `repeats the id of ${name} ${i}`;
      c.ids.set(index, value);
      c.count = Math.max(c.count, index + 1);
      return undefined;
    }
    if (!c.ids.has(index)) return 'is set before the id (id must come first)';
    if (name === 'interactions') {
      if (field === 'type') c.types.set(index, value);
      else if (
        field === 'student_response' ||
        field === 'learner_response' ||
        /^correct_responses\.\d+\.pattern$/.test(field)
      ) {
        return patternProblem(this.#version, c.types.get(index), value);
      }
    }
    return undefined;
  }
}
