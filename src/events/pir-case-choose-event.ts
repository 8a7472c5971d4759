/**
 * The learner confirmed a choice at a branching case's current node. The case is practice: the
 * shell adds the choice to the case's path in the learner's progress and passes the new path back
 * down; nothing is scored or sent as an answer.
 */
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

declare global {
  interface HTMLElementEventMap {
    'pir-case-choose': PirCaseChooseEvent;
  }
}
