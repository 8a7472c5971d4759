import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { PirCourseActionEvent } from '../../events/pir-course-action-event.js';
import { shared } from '../../styles/shared.js';
import { t } from '../../content/strings.js';

/**
 * @summary Asks "Exit the course?" before the session ends: Save and exit, or Stay (also Escape).
 *
 * An inline panel rather than a modal, so nothing else on the page is hidden from the learner.
 * Focus goes to its heading when it opens (`focusHeading()`); the shell returns focus to Exit on Stay.
 *
 * @fires pir-course-action - `exit` to leave, `stay` to carry on ({@link PirCourseActionEvent}).
 */
@customElement('pir-exit-dialog')
export class PirExitDialog extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .confirm-exit {
        margin: 0 0 var(--pir-space-4);
        padding: var(--pir-space-3) var(--pir-space-4);
        border-left: 8px solid var(--pir-color-brand);
        background: var(--pir-color-info-tint);
      }
      h2:focus {
        outline: none;
      }
    `,
  ];

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return html`<div
      class="confirm-exit"
      role="group"
      aria-labelledby="exit-title"
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.handleStayClick()}
    >
      <h2 id="exit-title" tabindex="-1">${t('exitDialog.heading')}</h2>
      <p>${t('exitDialog.body')}</p>
      <div class="button-group">
        <button class="button" type="button" @click=${this.handleExitClick}>${t('exitDialog.exit')}</button>
        <button class="button button--secondary" type="button" @click=${this.handleStayClick}>
          ${t('exitDialog.stay')}
        </button>
      </div>
    </div>`;
  }

  private handleExitClick = (): void => {
    this.dispatchEvent(new PirCourseActionEvent('exit'));
  };

  private handleStayClick = (): void => {
    this.dispatchEvent(new PirCourseActionEvent('stay'));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-exit-dialog': PirExitDialog;
  }
}
