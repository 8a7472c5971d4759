/**
 * Item-writing checks: cues that let a test-wise learner answer without knowing the subject.
 * They run in `npm run check:content` and the build, so an educator who edits a question is told
 * at once. Errors are cues that give the answer away outright; warnings need an educator's eye
 * (an absolute word can be true, a long key can be the only accurate wording).
 * The rules and why each is an error or a warning are in module/README.md.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { Course, Question } from '../../src/content/course-schema.js';
import type { ContentProblem } from './content-error.js';

export type Severity = 'error' | 'warning';
export interface ItemFinding extends ContentProblem {
  severity: Severity;
  /** Which rule fired, for tests and for the storyboard's summary. */
  rule: ItemRule;
}
export type ItemRule =
  'longest-key-rate' | 'longest-key-spread' | 'all-none-above' | 'absolute-word' | 'order-label';

/** The key may be the strictly longest option in at most this share of single-choice items. */
export const MAX_LONGEST_KEY_RATE = 1 / 3;
/** A key this many times longer (in characters) than the distractors' mean stands out. */
export const MAX_KEY_LENGTH_RATIO = 1.5;
export const ABSOLUTE_WORDS = [
  'always',
  'never',
  'only',
  'every',
  'all',
  'none',
  'perfectly',
  'completely',
  'must',
] as const;

const ALL_NONE_ABOVE =
  /\b(?:all|none|both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|below|these|those|options|answers)\b/i;
const ABSOLUTE = new RegExp(`\\b(?:${ABSOLUTE_WORDS.join('|')})\\b`, 'gi');
/**
 * Labels that number an ordering item: "1.", "(2)", "b)", "ii.", "Step 3", "Stage one", "Phase II",
 * and ordinal words ("first", "second", "finally", "last", "3rd").
 */
const ORDER_LABELS = [
  /^\s*\(?(?:\d+|[a-h]|[ivx]+)[.):]\s/i,
  /\b(?:step|stage|phase|part|level)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)\b/i,
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|penultimate|finally|lastly|last|\d+(?:st|nd|rd|th))\b(?![-‑])/i,
];

/** Where each question, and each of its options or items, starts in module/questions/. */
export interface QuestionLocator {
  (id: string, path?: Array<string | number>): { file: string; line?: number } | undefined;
}

/**
 * Reads module/questions/*.yaml again, with a LineCounter, so each finding can name the line of
 * the question (or of the option at fault). The compiled course keeps no source positions.
 */
export function locateQuestions(moduleDir = 'module'): QuestionLocator {
  const dir = join(moduleDir, 'questions');
  const found = new Map<string, { file: string; node: Node; lines: LineCounter }>();
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      const path = join(dir, name);
      const lines = new LineCounter();
      const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
      if (!isSeq(doc.contents)) continue;
      for (const item of doc.contents.items as Node[]) {
        const id: unknown = isMap(item) ? item.get('id') : undefined;
        if (typeof id === 'string') found.set(id, { file: relative(process.cwd(), path), node: item, lines });
      }
    }
  }
  return (id, path = []) => {
    const entry = found.get(id);
    if (!entry) return undefined;
    let node: unknown = entry.node;
    for (const key of path) {
      const child: unknown = isMap(node) || isSeq(node) ? node.get(key, true) : undefined;
      if (!child) break;
      node = child;
    }
    const start = (node as Node).range?.[0];
    return { file: entry.file, ...(start === undefined ? {} : { line: entry.lines.linePos(start).line }) };
  };
}

/** Rate of single-choice items whose key is strictly the longest option. */
export interface LongestKeyRate {
  count: number;
  total: number;
  /** The ids of the items where it is. */
  ids: string[];
}

export interface ItemWritingReport {
  findings: ItemFinding[];
  /** Across the assessment bank (the rule's error applies here). */
  bank: LongestKeyRate;
  /** Across the knowledge checks (reported; a warning above the limit). */
  checks: LongestKeyRate;
}

const len = (s: string) => s.trim().length;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function keyIsStrictlyLongest(q: Extract<Question, { type: 'single' }>): boolean {
  const key = q.options.find((o) => o.id === q.correct);
  if (!key) return false;
  return q.options.every((o) => o === key || len(o.text) < len(key.text));
}

function rate(questions: Question[]): LongestKeyRate {
  const singles = questions.filter((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
  const ids = singles.filter(keyIsStrictlyLongest).map((q) => q.id);
  return { count: ids.length, total: singles.length, ids };
}

const percent = (r: LongestKeyRate) => (r.total ? Math.round((r.count / r.total) * 100) : 0);
export const describeRate = (r: LongestKeyRate) =>
  `${r.count} of ${r.total} single-choice items (${percent(r)}%)`;

/** Runs every item-writing rule on every question; `locate` turns ids into file:line. */
export function checkItemWriting(
  course: Pick<Course, 'questions' | 'assessment'>,
  locate: QuestionLocator = () => undefined,
): ItemWritingReport {
  const findings: ItemFinding[] = [];
  const add = (
    q: Question,
    rule: ItemRule,
    severity: Severity,
    reason: string,
    path: Array<string | number> = [],
    field?: string,
  ) => {
    const where = locate(q.id, path) ?? locate(q.id) ?? { file: 'module/questions' };
    findings.push({
      ...where,
      item: `question ${q.id}`,
      ...(field ? { field } : {}),
      reason,
      severity,
      rule,
    });
  };

  for (const q of course.questions) {
    if (q.type === 'single' || q.type === 'multiple') {
      q.options.forEach((o, i) => {
        const match = ALL_NONE_ABOVE.exec(o.text);
        if (match)
          add(
            q,
            'all-none-above',
            'error',
            `"${match[0]}" is a cue, not an answer: a learner who spots two right options needs no knowledge; write a real option`,
            ['options', i],
            `options[${i}].text`,
          );
      });
      const keys = new Set(q.type === 'single' ? [q.correct] : q.correct);
      const keyLengths = q.options.filter((o) => keys.has(o.id)).map((o) => len(o.text));
      const distractorLengths = q.options.filter((o) => !keys.has(o.id)).map((o) => len(o.text));
      if (keyLengths.length && distractorLengths.length) {
        const ratio = mean(keyLengths) / mean(distractorLengths);
        if (ratio > MAX_KEY_LENGTH_RATIO) {
          const what = q.type === 'single' ? 'the key is' : 'the correct options are on average';
          add(
            q,
            'longest-key-spread',
            'warning',
            `${what} ${ratio.toFixed(1)}× as long as the distractors (${Math.round(mean(keyLengths))} against ${Math.round(mean(distractorLengths))} characters on average; keep it within ${MAX_KEY_LENGTH_RATIO}×): make the options comparable in length and detail`,
            ['options'],
            'options',
          );
        }
      }
    }
    if (q.type === 'truefalse') {
      const words = [...new Set([...q.prompt.matchAll(ABSOLUTE)].map((m) => m[0].toLowerCase()))];
      if (words.length)
        add(
          q,
          'absolute-word',
          'warning',
          `the statement uses ${words.map((w) => `"${w}"`).join(', ')}; absolute words signal "false" to a test-wise learner, so qualify the claim or test it another way`,
          ['prompt'],
          'prompt',
        );
    }
    if (q.type === 'ordering') {
      q.items.forEach((item, i) => {
        const label = ORDER_LABELS.map((re) => re.exec(item.text)).find((m) => m);
        if (label)
          add(
            q,
            'order-label',
            'error',
            `"${item.text}" carries the label "${label[0].trim()}", which gives its place away; describe the step without numbering or ordinal words`,
            ['items', i],
            `items[${i}].text`,
          );
      });
    }
  }

  const byId = new Map(course.questions.map((q) => [q.id, q]));
  const inBank = new Set(course.assessment.bank);
  const bank = rate(course.assessment.bank.map((id) => byId.get(id)).filter((q) => q !== undefined));
  const checks = rate(course.questions.filter((q) => !inBank.has(q.id)));
  const limit = `no more than one in three (${Math.floor(bank.total * MAX_LONGEST_KEY_RATE)} of ${bank.total})`;
  if (bank.count > bank.total * MAX_LONGEST_KEY_RATE) {
    findings.push({
      file: 'module/course.yaml',
      field: 'assessment.bank',
      reason: `the key is strictly the longest option in ${describeRate(bank)}: ${bank.ids.join(', ')}; a learner who picks the longest option passes without knowing the subject; allow ${limit}`,
      severity: 'error',
      rule: 'longest-key-rate',
    });
  }
  if (checks.count > checks.total * MAX_LONGEST_KEY_RATE) {
    findings.push({
      file: 'module/questions',
      item: 'knowledge checks',
      reason: `the key is strictly the longest option in ${describeRate(checks)}: ${checks.ids.join(', ')}; learners learn to pick the longest option; aim for no more than one in three`,
      severity: 'warning',
      rule: 'longest-key-rate',
    });
  }
  return { findings, bank, checks };
}
