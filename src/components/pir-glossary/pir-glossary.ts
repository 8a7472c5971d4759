import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GlossaryEntry } from '../../content/course-schema.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';

/**
 * The course glossary: terms in alphabetical order with their definitions.
 *
 * @fires pir-navigate - `course`: back to where the learner was ({@link PirNavigateEvent}).
 */
@customElement('pir-glossary')
export class PirGlossary extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
        max-width: var(--pir-measure);
      }
      dl {
        margin: 0 0 var(--pir-space-4);
        border-top: 1px solid var(--pir-color-border);
      }
      dt {
        padding-top: var(--pir-space-3);
        font-weight: 700;
        font-size: 1.1875rem;
      }
      dd {
        margin: 0;
        padding: var(--pir-space-1) 0 var(--pir-space-3);
        border-bottom: 1px solid var(--pir-color-border);
      }
    `,
  ];

  /** The glossary entries, in any order. */
  @property({ attribute: false }) entries: GlossaryEntry[] = [];

  override render() {
    const sorted = [...this.entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
    return html`
      <h1 tabindex="-1">Glossary</h1>
      <dl>
        ${sorted.map(
          (e) =>
            html`<dt>${e.term}</dt>
              <dd>${e.definition}</dd>`,
        )}
      </dl>
      <div class="button-group">
        <button class="button button--secondary" type="button" @click=${this.handleBackClick}>
          Back to the course
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
