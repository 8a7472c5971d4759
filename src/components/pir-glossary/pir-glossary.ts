import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GlossaryEntry } from '../../content/course-schema.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import { glossaryStyles } from './pir-glossary.styles.js';
import { t } from '../../content/strings.js';

/**
 * @summary The course glossary: terms in alphabetical order with their definitions.
 *
 * @fires pir-navigate - `course`: back to where the learner was ({@link PirNavigateEvent}).
 * @cssprop --pir-color-border - The rule between terms.
 * @cssprop --pir-measure - The longest line of text.
 */
@customElement('pir-glossary')
export class PirGlossary extends LitElement {
  static override styles = [shared, glossaryStyles];

  /** The glossary entries, in any order. */
  @property({ attribute: false }) entries: GlossaryEntry[] = [];

  override render() {
    const sorted = [...this.entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
    return html`
      <h1 tabindex="-1">${t('glossary.heading')}</h1>
      <dl>
        ${sorted.map(
          (e) =>
            html`<dt>${e.term}</dt>
              <dd>${e.definition}</dd>`,
        )}
      </dl>
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
    'pir-glossary': PirGlossary;
  }
}
