/**
 * The learner followed a link in an error summary. Cancelable: by default the summary moves
 * focus to the field named by `field`; a listener that knows better (the shell, focusing a
 * question's heading inside a lesson page) calls `preventDefault()` and moves focus itself.
 */
export class PirErrorLinkEvent extends Event {
  static readonly eventName = 'pir-error-link';
  readonly field: string;

  constructor(field: string) {
    // Not composed: the summary renders in the light DOM of whoever placed it, and that is who listens.
    super(PirErrorLinkEvent.eventName, { bubbles: true, cancelable: true });
    this.field = field;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pir-error-link': PirErrorLinkEvent;
  }
}
