import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Moves focus to the new screen's heading whenever the learner arrives somewhere new (the key
 * changes), never on the first render: the learner's browser decides where a fresh page starts.
 */
export class ScreenFocus implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #key: () => string;
  #last = '';

  constructor(host: ReactiveElement, key: () => string) {
    this.#host = host;
    this.#key = key;
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.#key();
    if (key === this.#last) return;
    const first = this.#last === '';
    this.#last = key;
    if (!first) void this.focusScreen();
  }

  /** Focuses the `[data-screen]` element's own focus rule, or its h1. */
  async focusScreen(): Promise<void> {
    const screen = this.#host.renderRoot.querySelector<
      HTMLElement & { focusHeading?: () => void; updateComplete?: Promise<unknown> }
    >('[data-screen]');
    if (!screen) return;
    await screen.updateComplete;
    if (screen.focusHeading) screen.focusHeading();
    else (screen.shadowRoot ?? screen).querySelector<HTMLElement>('h1')?.focus();
    if (typeof window.scrollTo === 'function') window.scrollTo({ top: 0 });
  }
}
