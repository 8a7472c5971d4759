/** SCORM 2004 4th Edition's rules (scorm.md §2.4–2.6): only the 2004 package imports them. */
import {
  DECIMAL,
  ID,
  NAV_2004,
  TIMESTAMP_2004,
  TOKEN_2004,
  decimalRule,
  durationRule,
  matches,
  maxLength,
  oneOf,
  tokenList,
  type CmiRules,
  type Rule,
} from './cmi-validator.js';

const scaled = decimalRule(-1, 1);
const raw2004 = decimalRule(-99999, 99999);
const unit = decimalRule(0, 1);

const ELEMENTS_2004: Record<string, Rule> = {
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
function pattern2004(type: string | undefined, v: string): string | undefined {
  switch (type) {
    case 'true-false':
      return /^(true|false)$/.test(v) ? undefined : 'is not a 2004 true-false pattern';
    case 'choice':
    case 'sequencing':
      return tokenList(type, v, TOKEN_2004, '[,]');
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

export const RULES_2004: CmiRules = { version: '2004', elements: ELEMENTS_2004, pattern: pattern2004 };
