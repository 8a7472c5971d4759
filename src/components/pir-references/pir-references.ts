import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Reference } from '../../content/course-schema.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import { referencesStyles } from './pir-references.styles.js';
import { t } from '../../content/strings.js';

/**
 * @summary The course's reference list. Links open in a new tab and say so.
 *
 * @fires pir-navigate - `course`: back to where the learner was ({@link PirNavigateEvent}).
 * @cssprop --pir-measure - The longest line of text.
 */
@customElement('pir-references')
export class PirReferences extends LitElement {
  static override styles = [shared, referencesStyles];

  /** The references, in the order the course lists them. */
  @property({ attribute: false }) references: Reference[] = [];

  override render() {
    return html`
      <h1 tabindex="-1">${t('references.heading')}</h1>
      <p>${t('references.intro')}</p>
      <ol>
        ${this.references.map(
          (r) =>
            html`<li>
              ${r.citation}
              ${
                r.url
                  ? html`<br /><a href=${r.url} target="_blank" rel="noopener noreferrer"
                        >${r.url}<span class="visually-hidden"> ${t('common.opensInNewTab')}</span></a
                      >`
                  : nothing
              }
            </li>`,
        )}
      </ol>
      <div class="button-group">
        <button class="button button--secondary" type="button" @click=${this.handleBackClick}>
          ${t('common.backToCourse')}
        </button>
      </div>
    `;
  }

  private handleBackClick = (): void => {
    this.dispatchEvent(new PirNavigateEvent({ to: 'course' }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-references': PirReferences;
  }
}
