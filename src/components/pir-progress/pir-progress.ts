import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { shared } from '../../styles/shared.js';

/** Tag colours, NHS.UK style: grey (not started / locked), blue (in progress), green, red. */
export type PirTone = 'grey' | 'blue' | 'green' | 'red' | 'yellow';

/**
 * The progress indicator: lessons complete out of the total, as text and a bar, and where the
 * assessment stands.
 */
@customElement('pir-progress')
export class PirProgress extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--pir-space-1) var(--pir-space-3);
        margin: 0;
        font-size: 1rem;
      }
      .bar {
        flex: 1 1 8rem;
        max-width: 14rem;
        height: 0.625rem;
        border: 1px solid var(--pir-color-border-strong);
        border-radius: 999px;
        background: var(--pir-color-surface);
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--pir-color-success);
        transition: width 0.3s ease;
      }
    `,
  ];

  /** Lessons completed. */
  @property({ type: Number }) complete = 0;

  /** Lessons in the course. */
  @property({ type: Number }) total = 0;

  /** How the assessment stands, e.g. "Not started", "Passed". */
  @property({ attribute: 'assessment-label' }) assessmentLabel = '';

  /** Colour of the assessment tag. */
  @property({ attribute: 'assessment-tone' }) assessmentTone: PirTone = 'grey';

  override render() {
    const percent = this.total ? Math.round((this.complete / this.total) * 100) : 0;
    return html`<p class="row">
      <span><strong>${this.complete} of ${this.total}</strong> lessons complete</span>
      <span class="bar" aria-hidden="true"
        ><span class="fill" style="display:block;width:${percent}%"></span
      ></span>
      <span>Assessment: <span class="tag tag--${this.assessmentTone}">${this.assessmentLabel}</span></span>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-progress': PirProgress;
  }
}
