import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirReflectionEvent } from '../../events/pir-reflection-event.js';
import { shared } from '../../styles/shared.js';
import { reflectionStyles } from './pir-reflection.styles.js';
import { t } from '../../content/strings.js';

/**
 * @summary A reflection prompt with a free-text box. The text stays with the learner: it is kept in their
 * progress and offered in the printable summary, and it is never scored.
 *
 * @fires pir-reflection - The learner paused typing or left the box ({@link PirReflectionEvent}).
 * @cssprop --pir-color-brand - The rule above the prompt.
 * @cssprop --pir-color-focus - The focus ring of the text box.
 */
@customElement('pir-reflection')
export class PirReflection extends LitElement {
  static override styles = [shared, reflectionStyles];

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
      <label for=${id}><span class="label-caps">${t('reflection.label')}</span>${this.prompt}</label>
      <p class="hint" id="${id}-hint">${t('reflection.hint')}</p>
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
