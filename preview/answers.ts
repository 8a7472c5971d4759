/**
 * What an interaction means, read against the course it came from (build/course.json): which
 * question, whether it was a practice check or an assessment question (and which attempt), and
 * the learner's and the correct response in the options' own words. The raw CMI stays beside
 * these in the records; this only adds the reading an auditor would otherwise do by hand.
 */
import type { Standard } from './cmi.js';

/** A labelled option, item or target of a question. */
export interface Labelled {
  id: string;
  text: string;
}

/** The parts of a compiled question the records need. */
export interface QuestionInfo {
  id: string;
  prompt: string;
  /** single | multiple | truefalse | matching | ordering */
  type: string;
  options?: Labelled[];
  items?: Labelled[];
  targets?: Labelled[];
}

/** The course's questions and where they are used. */
export interface CourseQuestions {
  questions: readonly QuestionInfo[];
  /** Question ids of the assessment bank. */
  bank: readonly string[];
  /** Question ids placed as knowledge checks (or scenario questions) in the lessons. */
  checks: readonly string[];
  /** The assessment's attempt limit, to read attempt numbers out of ids (see identify()). */
  maxAttempts?: number;
}

export type InteractionKind = 'practice check' | 'assessment' | '';

/** Who an interaction id belongs to. */
export interface Identity {
  /** '' when no question of the course matches. */
  questionId: string;
  kind: InteractionKind;
  /** The assessment attempt (assessment only). */
  attempt?: number;
}

const isLabelled = (value: unknown): value is Labelled =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Labelled).id === 'string' &&
  typeof (value as Labelled).text === 'string';

/** Reads what the records need from a parsed build/course.json, ignoring anything unexpected. */
export function courseQuestions(raw: Record<string, unknown>): CourseQuestions {
  const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
  const labelled = (value: unknown) => {
    const found = list(value).filter(isLabelled);
    return found.length ? { list: found.map(({ id, text }) => ({ id, text })) } : undefined;
  };
  const questions = list(raw.questions).flatMap((q): QuestionInfo[] => {
    if (typeof q !== 'object' || q === null) return [];
    const r = q as Record<string, unknown>;
    if (typeof r.id !== 'string') return [];
    const options = labelled(r.options);
    const items = labelled(r.items);
    const targets = labelled(r.targets);
    return [
      {
        id: r.id,
        prompt: typeof r.prompt === 'string' ? r.prompt : '',
        type: typeof r.type === 'string' ? r.type : '',
        ...(options ? { options: options.list } : {}),
        ...(items ? { items: items.list } : {}),
        ...(targets ? { targets: targets.list } : {}),
      },
    ];
  });
  const assessment = (typeof raw.assessment === 'object' && raw.assessment) || {};
  const { bank, maxAttempts } = assessment as Record<string, unknown>;
  // Knowledge checks are `check` blocks anywhere in the lessons' pages.
  const checks: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const r = node as Record<string, unknown>;
      if (r.type === 'check' && typeof r.questionId === 'string') checks.push(r.questionId);
      // A scenario's questions are practice too.
      if (r.type === 'scenario' && Array.isArray(r.questionIds))
        checks.push(...r.questionIds.filter((id): id is string => typeof id === 'string'));
      Object.values(r).forEach(visit);
    }
  };
  visit(raw.lessons);
  return {
    questions,
    bank: list(bank).filter((id): id is string => typeof id === 'string'),
    checks,
    ...(typeof maxAttempts === 'number' ? { maxAttempts } : {}),
  };
}

/**
 * Reads an interaction id as the course writes it (src/lms): `<questionId>_k` for a knowledge
 * check and `<questionId>_a<attempt>` for an assessment answer, either followed by the slot
 * number when the id was already taken (`_k7`, `_a112`). Question ids may hold underscores and
 * digits, so the longest known question id wins. The attempt is the longest leading part of the
 * digits that does not exceed the course's attempt limit (`_a112` with 3 attempts: attempt 1,
 * slot 12); without a limit, all the digits.
 */
export function identify(interactionId: string, course: CourseQuestions): Identity {
  const known = new Set(course.questions.map((q) => q.id));
  for (let end = interactionId.lastIndexOf('_'); end > 0; end = interactionId.lastIndexOf('_', end - 1)) {
    const questionId = interactionId.slice(0, end);
    const suffix = /^_(k|a)(\d*)$/.exec(interactionId.slice(end));
    if (!suffix || !known.has(questionId)) continue;
    const digits = suffix[2] ?? '';
    if (suffix[1] === 'k') return { questionId, kind: 'practice check' };
    if (!digits) continue;
    const limit = course.maxAttempts;
    let attempt = Number(digits);
    if (limit !== undefined) {
      for (let length = digits.length; length > 0; length -= 1) {
        attempt = Number(digits.slice(0, length));
        if (attempt <= limit) break;
      }
    }
    return { questionId, kind: 'assessment', attempt };
  }
  // An id that is just a question id (no suffix): its kind is where the course uses the question.
  if (known.has(interactionId)) {
    if (course.checks.includes(interactionId)) return { questionId: interactionId, kind: 'practice check' };
    if (course.bank.includes(interactionId)) return { questionId: interactionId, kind: 'assessment' };
    return { questionId: interactionId, kind: '' };
  }
  return { questionId: '', kind: '' };
}

/** "Practice check", "Assessment, attempt 2", or '' for an id the course does not explain. */
export function kindLabel(identity: Identity): string {
  if (identity.kind === 'practice check') return 'Practice check';
  if (identity.kind === 'assessment') return `Assessment, attempt ${identity.attempt ?? '?'}`;
  return '';
}

// 1.2 tokens are single letters standing for the option's (item's, target's) position.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function labelOf(
  list: readonly Labelled[] | undefined,
  token: string,
  standard: Standard,
): string | undefined {
  if (!list) return undefined;
  const found =
    standard === 'scorm12' && /^[a-z0-9]$/.test(token)
      ? list[/^\d$/.test(token) ? Number(token) : LETTERS.indexOf(token)]
      : list.find((entry) => entry.id === token);
  return found?.text;
}

/**
 * A response or correct-response pattern in words, one part per option chosen ("NG194 Postnatal
 * care"), "True"/"False", one per pair ("He smiles → Return the serve") or one per place in an
 * order ("1. …"). Undefined when the question or any token is unknown, so nothing is ever
 * half-translated.
 */
export function responseParts(
  question: QuestionInfo | undefined,
  raw: string,
  standard: Standard,
): string[] | undefined {
  if (!question || raw === '') return undefined;
  // 2004 patterns may open with delimiters such as {order_matters=true}.
  const value = raw.replace(/^(\{[a-z_]+=[^}]*\})+/, '');
  const list = standard === 'scorm12' ? value.split(',') : value.split('[,]');
  const all = (parts: Array<string | undefined>) =>
    parts.every((p): p is string => p !== undefined) ? parts : undefined;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return all(list.map((t) => labelOf(question.options, t, standard)));
    case 'truefalse': {
      const v = value.toLowerCase();
      if (['t', 'true', '1'].includes(v)) return ['True'];
      if (['f', 'false', '0'].includes(v)) return ['False'];
      return undefined;
    }
    case 'matching':
      return all(
        list.map((pair) => {
          const [item = '', target = ''] = standard === 'scorm12' ? pair.split('.') : pair.split('[.]');
          const from = labelOf(question.items, item, standard);
          const to = labelOf(question.targets, target, standard);
          return from === undefined || to === undefined ? undefined : `${from} → ${to}`;
        }),
      );
    case 'ordering':
      return all(list.map((t) => labelOf(question.items, t, standard)))?.map(
        (text, i) => `${i + 1}. ${text}`,
      );
    default:
      return undefined;
  }
}

/** responseParts() on one line, parts separated by "; " ('' when it cannot be read). */
export function responseText(question: QuestionInfo | undefined, raw: string, standard: Standard): string {
  return responseParts(question, raw, standard)?.join('; ') ?? '';
}

/** Results in one vocabulary: 1.2's "wrong" is 2004's "incorrect"; a number is a score. */
export function normaliseResult(raw: string): string {
  if (raw === 'wrong') return 'incorrect';
  if (/^-?\d+(\.\d+)?$/.test(raw)) return `score ${raw}`;
  return raw;
}

/** A duration as people read it: "5 min 58 s", "1 h 2 min", "0 s". */
export function readableDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '';
  const total = Math.round(Math.max(0, seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', s || (!h && !m) ? `${s} s` : ''];
  return parts.filter(Boolean).join(' ');
}
