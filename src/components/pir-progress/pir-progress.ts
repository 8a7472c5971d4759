import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { shared } from '../../styles/shared.js';
import { progressStyles } from './pir-progress.styles.js';
import { t, tParts } from '../../content/strings.js';

/** Tag colours, NHS.UK style: grey (not started / locked), blue (in progress), green, red. */
export type PirTone = 'grey' | 'blue' | 'green' | 'red' | 'yellow';

/**
 * @summary The progress indicator: lessons complete out of the total, as text and a bar, and where the
 * assessment stands.
 *
 * @cssprop --pir-color-success - The filled part of the bar.
 * @cssprop --pir-color-border-strong - The bar's outline.
 */
@customElement('pir-progress')
export class PirProgress extends LitElement {
  static override styles = [shared, progressStyles];

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
      <span
        >${tParts('progress.lessonsComplete', {
          fraction: html`<strong
            >${t('progress.fraction', { complete: this.complete, total: this.total })}</strong
          >`,
        })}</span
      >
      <span class="bar" aria-hidden="true"
        ><span class="fill" style="display:block;width:${percent}%"></span
      ></span>
      <span
        >${t('progress.assessment')}
        <span class="tag tag--${this.assessmentTone}">${this.assessmentLabel}</span></span
      >
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-progress': PirProgress;
  }
}
