/** The learner changed the text of a reflection. The text stays with the learner; it is never scored. */
export class PirReflectionEvent extends Event {
  static readonly eventName = 'pir-reflection';
  readonly reflectionId: string;
  readonly text: string;

  constructor(reflectionId: string, text: string) {
    // Composed: reflections sit inside a lesson page; the shell records them.
    super(PirReflectionEvent.eventName, { bubbles: true, composed: true });
    this.reflectionId = reflectionId;
    this.text = text;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pir-reflection': PirReflectionEvent;
  }
}
