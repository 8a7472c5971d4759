import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import { t } from '../../content/strings.js';

/**
 * @summary Back and Next for a lesson page, each naming where it leads (hidden text for screen readers).
 *
 * It does not decide whether the learner may go on: the shell asks the course machine.
 *
 * @fires pir-navigate - `{ to: 'back' }` or `{ to: 'next' }` ({@link PirNavigateEvent}).
 * @csspart back - The Back button.
 * @csspart next - The Next (or "Go to the assessment") button.
 */
@customElement('pir-pagination')
export class PirPagination extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--pir-space-3);
        margin-top: var(--pir-space-5);
        padding-top: var(--pir-space-4);
        border-top: 1px solid var(--pir-color-border);
      }
      .next {
        margin-left: auto;
      }
      .page-of {
        flex: 1 1 100%;
        margin: 0;
        color: var(--pir-color-text-secondary);
        font-size: 1rem;
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  /** 1-based page number within the lesson, and the lesson's page count. */
  @property({ type: Number, attribute: 'page-number' }) pageNumber = 1;
  @property({ type: Number, attribute: 'page-count' }) pageCount = 1;

  /** The previous page's title; without one there is no Back. */
  @property({ attribute: 'previous-title' }) previousTitle = '';

  /** Where Next leads. */
  @property({ attribute: 'next-title' }) nextTitle = '';

  /** Next leads to the assessment. */
  @property({ type: Boolean }) last = false;

  override render() {
    return html`<nav aria-label=${t('pagination.label')}>
      <p class="page-of">${t('pagination.pageOf', { number: this.pageNumber, count: this.pageCount })}</p>
      ${
        this.previousTitle
          ? html`<button
              class="button button--secondary"
              part="back"
              type="button"
              @click=${this.handleBackClick}
            >
              <span aria-hidden="true">←</span> ${t('pagination.back')}<span class="visually-hidden"
                >: ${this.previousTitle}</span
              >
            </button>`
          : nothing
      }
      <button class="button next" part="next" type="button" @click=${this.handleNextClick}>
        ${t(this.last ? 'pagination.toAssessment' : 'pagination.next')}<span class="visually-hidden"
          >: ${this.nextTitle}</span
        >
        <span aria-hidden="true">→</span>
      </button>
    </nav>`;
  }

  private handleBackClick = (): void => {
    this.dispatchEvent(new PirNavigateEvent({ to: 'back' }));
  };

  private handleNextClick = (): void => {
    this.dispatchEvent(new PirNavigateEvent({ to: 'next' }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-pagination': PirPagination;
  }
}
