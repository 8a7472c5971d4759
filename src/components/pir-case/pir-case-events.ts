/**
 * Events of a branching case. The case is practice: the shell adds the choice to the case's
 * path (or clears it) in the learner's progress, and passes the new path back down.
 */

/** The learner confirmed a choice at the case's current node and moved on. */
export class PirCaseChooseEvent extends Event {
  static readonly eventName = 'pir-case-choose';
  readonly caseId: string;
  readonly choiceId: string;

  constructor(caseId: string, choiceId: string) {
    // Composed: the case sits inside a lesson page; the shell keeps its path.
    super(PirCaseChooseEvent.eventName, { bubbles: true, composed: true });
    this.caseId = caseId;
    this.choiceId = choiceId;
  }
}

/** The learner asked to play the case again from the start (the path is cleared). */
export class PirCaseReplayEvent extends Event {
  static readonly eventName = 'pir-case-replay';
  readonly caseId: string;

  constructor(caseId: string) {
    super(PirCaseReplayEvent.eventName, { bubbles: true, composed: true });
    this.caseId = caseId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pir-case-choose': PirCaseChooseEvent;
    'pir-case-replay': PirCaseReplayEvent;
  }
}
