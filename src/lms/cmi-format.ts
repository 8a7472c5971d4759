/**
 * CMI value formats for both SCORM versions (scorm.md §2.4–2.5). Pure functions; everything the
 * adapters send goes through here so the strict validator never sees float noise or wrong patterns.
 */
import type { Question } from '../content/course-schema.js';
import type { Response } from '../content/answers.js';
import { truncateScore } from '../content/scoring.js';

/** A decimal with at most `digits` places and no exponent or trailing zeros ("66.67", "1", "0.5"). */
export function decimal(value: number, digits = 2): string {
  const fixed = (Number.isFinite(value) ? value : 0).toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * A score with at most 2 decimals, truncated rather than rounded: 2/3 is "0.66", never "0.67",
 * so an LMS comparing it with an integer pass mark (80 → 0.8) always agrees with the course.
 */
export function score(value: number, scale = 1): string {
  return decimal(truncateScore(value * scale, 2));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 timespan HHHH:MM:SS.SS (2–4 hour digits, capped at 9999:59:59.99). */
export function timespan12(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** SCORM 2004 duration: integer hours and minutes, seconds with at most 2 decimals (PT1H5M3.25S). */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = decimal((cs % 6000) / 100);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s === '0' && (h || m) ? '' : `${s}S`}`;
}

/** SCORM 1.2 interaction time: time of day HH:MM:SS (local time, as LMSs show it). */
export function time12(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 2004 timestamp in UTC with 2 decimals; the zone may only follow a fraction. */
export function timestamp2004(at: number): string {
  return `${new Date(at).toISOString().slice(0, 22)}Z`;
}

/** Seconds from a 1.2 timespan or a 2004 duration (for the learner's earlier time); 0 when unreadable. */
export function parseSeconds(text: string): number {
  const hms = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    text,
  );
  if (!iso || text === 'P' || text.endsWith('T')) return 0;
  const [, y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = iso.map((part) => Number(part ?? 0));
  return ((y * 365 + mo * 30 + d) * 24 + h) * 3600 + mi * 60 + s;
}

/** Plain text for a 2004 description: one line, at most 250 characters, no leading "{". */
export function description(text: string, max = 250): string {
  const plain = text.replace(/\s+/g, ' ').trim().replace(/^\{/, '(');
  return plain.length <= max ? plain : `${plain.slice(0, max - 1)}…`;
}

/** The SCORM interaction type of a question. */
export function interactionType(question: Question): 'choice' | 'true-false' | 'matching' | 'sequencing' {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return 'choice';
    case 'truefalse':
      return 'true-false';
    case 'matching':
      return 'matching';
    case 'ordering':
      return 'sequencing';
  }
}

const TOKENS = 'abcdefghijklmnopqrstuvwxyz';

/** 1.2 tokens are single characters: an option, item or target id becomes its index's letter. */
function token12(ids: readonly { id: string }[], id: string): string {
  const index = ids.findIndex((entry) => entry.id === id);
  return TOKENS[index] ?? '';
}

/**
 * A response in the exact pattern format of a version: used for both the learner response and the
 * correct pattern. 1.2: `a,c`, `t`, `a.b,b.a`, `b,a,c`. 2004: `a[,]c`, `true`, `x[.]y[,]…`, `one[,]two`.
 */
export function responsePattern(version: '1.2' | '2004', question: Question, response: Response): string {
  const v12 = version === '1.2';
  const list = v12 ? ',' : '[,]';
  const pair = v12 ? '.' : '[.]';
  switch (response.type) {
    case 'single':
    case 'multiple': {
      const ids = response.type === 'single' ? [response.optionId] : response.optionIds;
      const options = 'options' in question ? question.options : [];
      return ids.map((id) => (v12 ? token12(options, id) : id)).join(list);
    }
    case 'truefalse':
      return v12 ? (response.value ? 't' : 'f') : String(response.value);
    case 'matching': {
      if (question.type !== 'matching') return '';
      return question.items
        .filter((item) => response.pairs[item.id])
        .map((item) => {
          const target = response.pairs[item.id];
          return v12
            ? `${token12(question.items, item.id)}${pair}${token12(question.targets, target)}`
            : `${item.id}${pair}${target}`;
        })
        .join(list);
    }
    case 'ordering': {
      const items = question.type === 'ordering' ? question.items : [];
      return response.order.map((id) => (v12 ? token12(items, id) : id)).join(list);
    }
  }
}
