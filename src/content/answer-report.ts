/**
 * One submitted answer, resolved: the course machine emits it and the LMS layer records it as an
 * interaction. Defined here, below both, so neither depends on the other.
 */
import type { Response } from './answers.js';
import type { Question } from './course-schema.js';

export interface AnswerReport {
  question: Question;
  phase: 'check' | 'assessment';
  /** Assessment attempt number (interaction ids are unique per attempt); absent for checks. */
  attempt?: number;
  response: Response;
  correct: boolean;
  latencyMs: number;
  /** When the answer was submitted (ms since epoch). */
  at: number;
}
