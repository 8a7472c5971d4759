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

/** One version's rules: cmi-rules-12.ts and cmi-rules-2004.ts, each imported only by its own package. */
export interface CmiRules {
  version: CmiVersion;
  /** The rule for each element this course may set, with `.n` for every index. */
  elements: Record<string, Rule>;
  /** The problem with a response pattern of an interaction `type` (undefined before a type is set). */
  pattern: (type: string | undefined, value: string) => string | undefined;
}

export const DECIMAL = /^-?\d+(\.\d+)?$/;
export const ID = /^[A-Za-z0-9_]{1,250}$/;
export const TOKEN_2004 = /^[\w.]{1,250}$/;
export const TIMESPAN_12 = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
export const TIME_12 = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
export const DURATION_2004 = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
export const TIMESTAMP_2004 =
  /^(19[7-9]\d|20[0-3]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;
export const NAV_2004 =
  /^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=[A-Za-z0-9_.]+\}(choice|jump))$/;

export const oneOf =
  (...values: string[]) =>
  (v: string) =>
    values.includes(v) ? undefined : `must be one of ${values.map((x) => `"${x}"`).join(', ')}`;
export const maxLength = (max: number) => (v: string) =>
  v.length <= max ? undefined : `is ${v.length} characters; the limit is ${max}`;
export const matches = (re: RegExp, what: string) => (v: string) =>
  re.test(v) ? undefined : `is not ${what}`;

/** A list of tokens in a response pattern, each matching `re`, none repeated. */
export function tokenList(type: string, v: string, re: RegExp, sep: string): string | undefined {
  const parts = v.split(sep);
  if (!parts.every((p) => re.test(p))) return `is not a ${type} pattern`;
  return new Set(parts).size === parts.length ? undefined : `repeats a token in a ${type} pattern`;
}

/** Decimal without exponent; `intDigits`/`fracDigits` limit the digits (Moodle); optional range. */
export function decimalRule(min: number, max: number, intDigits = 5, fracDigits = 18) {
  return (v: string) => {
    const m = DECIMAL.exec(v);
    if (!m) return 'is not a plain decimal';
    const [int = ''] = v.replace('-', '').split('.');
    if (int.length > intDigits || (m[1] && m[1].length - 1 > fracDigits)) return 'has too many digits';
    const n = Number(v);
    return n < min || n > max ? `is outside ${min}..${max}` : undefined;
  };
}

export function durationRule(v: string): string | undefined {
  return DURATION_2004.test(v) && v !== 'P' && !v.endsWith('T')
    ? undefined
    : 'is not an ISO 8601 duration (integer H/M, ≤2 decimal seconds)';
}

export function timespanRule(v: string): string | undefined {
  return TIMESPAN_12.test(v) ? undefined : 'is not HH:MM:SS.SS with 2–4 hour digits';
}

export type Rule = (value: string) => string | undefined;

interface Collection {
  ids: Map<number, string>;
  types: Map<number, string>;
  count: number;
}

/** Checks one SCORM conversation; create one per launch. */
export class CmiValidator {
  readonly #version: CmiVersion;
  readonly #rules: Record<string, Rule>;
  readonly #pattern: CmiRules['pattern'];
  readonly #collections = new Map<string, Collection>();
  #scoreSet = false;

  constructor(rules: CmiRules) {
    this.#version = rules.version;
    this.#rules = rules.elements;
    this.#pattern = rules.pattern;
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
        return this.#pattern(c.types.get(index), value);
      }
    }
    return undefined;
  }
}
