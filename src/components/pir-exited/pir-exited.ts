import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { shared } from '../../styles/shared.js';
import { t } from '../../content/strings.js';

/** Where the learner's progress ended up when they left. */
export type PirSavedTo = 'device' | 'lms' | 'problem';

/**
 * @summary The goodbye screen after the learner has left: where their progress is, and what to do next.
 *
 * @cssprop --pir-measure - Maximum line length.
 */
@customElement('pir-exited')
export class PirExited extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
        max-width: var(--pir-measure);
      }
    `,
  ];

  /** `device`: no LMS (kept in this browser); `lms`: saved; `problem`: the LMS did not confirm. */
  @property({ attribute: 'saved-to' }) savedTo: PirSavedTo = 'lms';

  /** The LMS's words for the problem, when `saved-to` is `problem`. */
  @property() problem = '';

  override render() {
    const saved =
      this.savedTo === 'device'
        ? t('exited.savedToDevice')
        : this.savedTo === 'problem'
          ? t('exited.notConfirmed', { problem: this.problem })
          : t('exited.savedToLms');
    return html`<h1 tabindex="-1">${t('exited.heading')}</h1>
      <p role="status">${saved}</p>
      <p>${t('exited.closeWindow')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-exited': PirExited;
  }
}
