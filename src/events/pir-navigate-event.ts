/** Where the learner asked to go. */
export type PirDestination =
  | { to: 'next' }
  | { to: 'back' }
  | { to: 'page'; lesson: number; page: number }
  | { to: 'assessment' }
  | { to: 'summary' }
  | { to: 'glossary' }
  | { to: 'references' }
  | { to: 'course' };

/** The learner asked to move somewhere in the course (a menu link, a "revisit" link, Back/Next). */
export class PirNavigateEvent extends Event {
  static readonly eventName = 'pir-navigate';
  readonly destination: PirDestination;

  constructor(destination: PirDestination) {
    // Bubbles and is composed: links deep inside screens (results, menu) reach the shell.
    super(PirNavigateEvent.eventName, { bubbles: true, composed: true });
    this.destination = destination;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pir-navigate': PirNavigateEvent;
  }
}
