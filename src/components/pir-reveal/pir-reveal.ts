import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryEntry, RevealBlock } from '../../content/course-schema.js';
import { prose } from '../../styles/prose.js';
import { shared } from '../../styles/shared.js';
import { TermDefinitions, termStyles } from '../term-definitions.js';

/**
 * A worked example the learner opens when ready ("what a parent might say — how to read it"):
 * the platform's own disclosure (`details`/`summary`), so keyboard and screen-reader behaviour
 * are native. Its open state is not saved.
 */
@customElement('pir-reveal')
export class PirReveal extends LitElement {
  static override styles = [
    shared,
    prose,
    termStyles,
    css`
      :host {
        display: block;
        margin: var(--pir-space-4) 0;
      }
      details {
        border: 1px solid var(--pir-color-border-strong);
        border-left: 6px solid var(--pir-color-brand);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
      }
      summary {
        display: flex;
        gap: var(--pir-space-2);
        align-items: baseline;
        padding: var(--pir-space-3);
        color: var(--pir-color-link);
        font-weight: 700;
        font-size: 1.1875rem;
        line-height: 1.3;
        cursor: pointer;
        list-style: none;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      /* A triangle that turns when open; drawn with borders so forced-colours mode keeps it. */
      summary::before {
        content: '';
        flex: none;
        width: 0;
        height: 0;
        border-style: solid;
        border-width: 0.4em 0 0.4em 0.6em;
        border-color: transparent transparent transparent currentColor;
        transform: translateY(-0.05em);
      }
      details[open] > summary::before {
        border-width: 0.6em 0.4em 0 0.4em;
        border-color: currentColor transparent transparent transparent;
      }
      summary:hover .title {
        text-decoration: underline;
        text-decoration-thickness: 3px;
      }
      summary:focus-visible {
        outline: 3px solid transparent;
        background: var(--pir-color-focus);
        color: var(--pir-color-focus-text);
        box-shadow: inset 0 -4px 0 var(--pir-color-focus-text);
      }
      .body {
        padding: 0 var(--pir-space-3) var(--pir-space-3) calc(var(--pir-space-3) + 1em);
      }
      .body > :last-child {
        margin-bottom: 0;
      }
    `,
  ];

  /** The reveal block from the compiled course. */
  @property({ attribute: false }) block?: RevealBlock;

  /** The glossary, for the definitions of terms linked in the body. */
  @property({ attribute: false }) glossary: readonly GlossaryEntry[] = [];

  constructor() {
    super();
    new TermDefinitions(this, () => this.glossary);
  }

  override render() {
    if (!this.block) return nothing;
    return html`<details>
      <summary><span class="title">${this.block.title}</span></summary>
      <div class="body prose">${unsafeHTML(this.block.html)}</div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-reveal': PirReveal;
  }
}
