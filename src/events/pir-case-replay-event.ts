/** The learner asked to play a branching case again from the start: the shell clears its path. */
export class PirCaseReplayEvent extends Event {
  static readonly eventName = 'pir-case-replay';
  readonly caseId: string;

  constructor(caseId: string) {
    // Composed: the case sits inside a lesson page; the shell keeps its path.
    super(PirCaseReplayEvent.eventName, { bubbles: true, composed: true });
    this.caseId = caseId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pir-case-replay': PirCaseReplayEvent;
  }
}
