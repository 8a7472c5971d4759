import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirReflectionEvent } from '../../events/pir-reflection-event.js';
import { shared } from '../../styles/shared.js';

/**
 * A reflection prompt with a free-text box. The text stays with the learner: it is kept in their
 * progress and offered in the printable summary, and it is never scored.
 *
 * @fires pir-reflection - The learner paused typing or left the box ({@link PirReflectionEvent}).
 */
@customElement('pir-reflection')
export class PirReflection extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .reflection {
        margin: var(--pir-space-4) 0;
        padding: var(--pir-space-3) var(--pir-space-4) var(--pir-space-4);
        border: 1px solid var(--pir-color-border);
        border-top: 4px solid var(--pir-color-brand);
        background: var(--pir-color-surface);
      }
      label {
        display: block;
        font-size: 1.1875rem;
        font-weight: 700;
        margin-bottom: var(--pir-space-2);
      }
      .hint {
        color: var(--pir-color-text-secondary);
        margin-bottom: var(--pir-space-2);
      }
      textarea {
        display: block;
        width: 100%;
        min-height: 8rem;
        padding: var(--pir-space-2);
        border: 2px solid var(--pir-color-text);
        border-radius: 0;
        font: inherit;
        color: var(--pir-color-text);
        resize: vertical;
      }
      textarea:focus-visible {
        outline: 3px solid var(--pir-color-focus);
        outline-offset: 0;
        box-shadow: inset 0 0 0 2px var(--pir-color-text);
      }
      .saved {
        margin: var(--pir-space-2) 0 0;
        font-size: 1rem;
        color: var(--pir-color-text-secondary);
      }
    `,
  ];

  /** Identifies the reflection in the learner's progress. */
  @property({ attribute: 'reflection-id' }) reflectionId = '';

  /** The question the learner reflects on. */
  @property() prompt = '';

  /** What the learner wrote earlier. */
  @property() text = '';

  #timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The page may close mid-sentence: keep what was typed before it goes.
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
    this.flush();
  }

  override render() {
    const id = `reflection-${this.reflectionId}`;
    return html`<div class="reflection">
      <label for=${id}><span class="label-caps">Reflect</span>${this.prompt}</label>
      <p class="hint" id="${id}-hint">
        This is for you and is not marked. It is saved in this browser only (not sent to your learning
        system); print your reflections for your revalidation portfolio at the end of the course.
      </p>
      <textarea
        id=${id}
        aria-describedby="${id}-hint"
        .value=${this.text}
        @input=${this.handleInput}
        @change=${this.flush}
      ></textarea>
    </div>`;
  }

  private handleInput = (event: Event): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), 1000);
  };

  private flush = (): void => {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.dispatchEvent(new PirReflectionEvent(this.reflectionId, this.text));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-reflection': PirReflection;
  }
}
