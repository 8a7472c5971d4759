import type { Response } from '../content/answers.js';

/** The learner submitted a complete answer to a question. */
export class PirAnswerEvent extends Event {
  static readonly eventName = 'pir-answer';
  readonly questionId: string;
  readonly response: Response;

  constructor(questionId: string, response: Response) {
    // Bubbles and crosses shadow roots: a check sits inside a lesson page, and only the shell
    // (which owns the course machine) acts on it.
    super(PirAnswerEvent.eventName, { bubbles: true, composed: true });
    this.questionId = questionId;
    this.response = response;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pir-answer': PirAnswerEvent;
  }
}
