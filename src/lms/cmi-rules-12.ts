/** SCORM 1.2's rules (scorm.md §2.4–2.6): only the 1.2 package imports them. */
import {
  DECIMAL,
  ID,
  TIME_12,
  decimalRule,
  matches,
  maxLength,
  oneOf,
  timespanRule,
  tokenList,
  type CmiRules,
  type Rule,
} from './cmi-validator.js';

const score12 = decimalRule(0, 100, 3, 2);
const status12 = oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted');

const ELEMENTS_12: Record<string, Rule> = {
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

/** Response pattern format by interaction type; only the types this course sends are checked in depth. */
function pattern12(type: string | undefined, v: string): string | undefined {
  const ch = /^[0-9a-z]$/;
  switch (type) {
    case 'true-false':
      return /^[tf01]$/.test(v) ? undefined : 'is not a 1.2 true-false pattern (t/f)';
    case 'choice':
    case 'sequencing':
      return tokenList(type, v, ch, ',');
    case 'matching':
      return tokenList(type, v, /^[0-9a-z]\.[0-9a-z]$/, ',');
    case undefined:
      return 'is set before the interaction type';
    default:
      return undefined;
  }
}

export const RULES_12: CmiRules = { version: '1.2', elements: ELEMENTS_12, pattern: pattern12 };
