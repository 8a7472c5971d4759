import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { FigureBlock, GlossaryEntry } from '../../content/course-schema.js';
import { prose } from '../../styles/prose.js';
import { shared } from '../../styles/shared.js';
import { TermDefinitions, termStyles } from '../term-definitions.js';
import { t } from '../../content/strings.js';

/**
 * A diagram: the SVG (sanitised at build time) drawn inline so it uses the course's colour
 * tokens, exposed as one image named by its alt text; the caption below it; and, for a complex
 * diagram, its long description in a disclosure.
 */
@customElement('pir-figure')
export class PirFigure extends LitElement {
  static override styles = [
    shared,
    prose,
    termStyles,
    css`
      :host {
        display: block;
        margin: var(--pir-space-4) 0;
      }
      figure {
        margin: 0;
      }
      .art {
        padding: var(--pir-space-3);
        border: 1px solid var(--pir-color-border);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
        color: var(--pir-color-text);
      }
      .art svg {
        display: block;
        width: 100%;
        height: auto;
        max-height: 70vh;
      }
      figcaption {
        margin-top: var(--pir-space-2);
        color: var(--pir-color-text-secondary);
        font-size: 1rem;
      }
      details {
        margin-top: var(--pir-space-2);
      }
      summary {
        display: inline-block;
        color: var(--pir-color-link);
        text-decoration: underline;
        text-underline-offset: 0.1em;
        cursor: pointer;
      }
      summary:hover {
        text-decoration-thickness: 3px;
      }
      summary:focus-visible {
        outline: 3px solid transparent;
        background: var(--pir-color-focus);
        color: var(--pir-color-focus-text);
        box-shadow: 0 4px 0 var(--pir-color-focus-text);
        text-decoration: none;
      }
      .description {
        margin-top: var(--pir-space-2);
        padding-left: var(--pir-space-3);
        border-left: 4px solid var(--pir-color-border-strong);
      }
      .description > :last-child {
        margin-bottom: 0;
      }
      /*
       * High contrast: the figure keeps its shapes but takes the learner's two colours. Tints and
       * surfaces become the background, every other course colour the foreground, so a filled
       * shape with currentColor text stays readable. Keep in step with tokens.ts (a test checks).
       */
      @media (forced-colors: active) {
        .art {
          forced-color-adjust: none;
          background: Canvas;
          color: CanvasText;
          border-color: CanvasText;
          --pir-color-page: Canvas;
          --pir-color-surface: Canvas;
          --pir-color-success-tint: Canvas;
          --pir-color-error-tint: Canvas;
          --pir-color-warning-tint: Canvas;
          --pir-color-warning-border: CanvasText;
          --pir-color-info-tint: Canvas;
          --pir-color-tip-tint: Canvas;
          --pir-color-neutral-tint: Canvas;
          --pir-color-focus: Canvas;
          --pir-color-text-inverse: Canvas;
          --pir-color-text: CanvasText;
          --pir-color-text-secondary: CanvasText;
          --pir-color-link: CanvasText;
          --pir-color-link-visited: CanvasText;
          --pir-color-brand: CanvasText;
          --pir-color-brand-dark: CanvasText;
          --pir-color-border: CanvasText;
          --pir-color-border-strong: CanvasText;
          --pir-color-focus-text: CanvasText;
          --pir-color-success: CanvasText;
          --pir-color-success-dark: CanvasText;
          --pir-color-success-hover: CanvasText;
          --pir-color-error: CanvasText;
          --pir-color-error-dark: CanvasText;
          --pir-color-error-hover: CanvasText;
        }
      }
    `,
  ];

  /** The figure block from the compiled course. */
  @property({ attribute: false }) block?: FigureBlock;

  /** The glossary, for terms linked in the long description. */
  @property({ attribute: false }) glossary: readonly GlossaryEntry[] = [];

  constructor() {
    super();
    new TermDefinitions(this, () => this.glossary);
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    // The wrapper is the image: its children (the SVG's shapes and text) are presentational.
    return html`<figure>
      <div class="art" role="img" aria-label=${block.alt}>${unsafeHTML(block.svg)}</div>
      ${block.caption ? html`<figcaption>${block.caption}</figcaption>` : nothing}
      ${
        block.longDescHtml
          ? html`<details>
              <summary>${t('figure.description')}</summary>
              <div class="description prose">${unsafeHTML(block.longDescHtml)}</div>
            </details>`
          : nothing
      }
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-figure': PirFigure;
  }
}
