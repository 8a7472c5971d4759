import { html, nothing, type PropertyValues } from 'lit';
import { LightDomElement } from '../light-dom-element.js';
import { PirErrorLinkEvent } from './pir-error-link-event.js';
import { errorSummaryStyles } from './pir-error-summary.styles.js';
import { t } from '../../content/strings.js';

/** One problem in the summary: what is wrong, and the id of the field that fixes it. */
export interface PirErrorSummaryItem {
  text: string;
  /** The id of the field (no `#`), in the same tree as the summary. */
  field: string;
}

let count = 0;

/**
 * @summary A GOV.UK-style error summary: "There is a problem", then one link per problem.
 *
 * It takes focus when problems appear (and whenever `focus()` is called, for example after a
 * second failed submit), and is announced as an alert. Each link moves focus to its field and
 * brings it into view. It renders in the light DOM, so the links reach fields by id in the same
 * tree, as plain HTML would; for a field in another shadow root (the shell's summary names
 * questions inside a lesson page), handle the cancelable `pir-error-link` event.
 *
 * @fires pir-error-link - A link was followed ({@link PirErrorLinkEvent}); `preventDefault()` to move focus yourself.
 * @cssprop --pir-color-error - The border and link colour.
 * @cssprop --pir-color-focus - The outline when the summary has focus.
 */
export class PirErrorSummary extends LightDomElement {
  static override properties = {
    heading: {},
    errors: { attribute: false },
    description: {},
  };
  static override lightStyles = errorSummaryStyles;

  /** The title; empty for the course's own words (GOV.UK's "There is a problem" in English). */
  heading = '';

  /** The problems, in the order of the fields on the screen. Nothing is shown when empty. */
  errors: PirErrorSummaryItem[] = [];

  /** An optional sentence under the links (what to do before going on). */
  description = '';

  readonly #titleId = `pir-error-summary-${++count}`;

  /** Moves focus to the summary itself (GOV.UK: so it is read first). */
  override focus(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('.error-summary')?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = changed.get('errors');
    if (changed.has('errors') && this.errors.length && !before?.length) this.focus();
  }

  override render() {
    if (!this.errors.length) return nothing;
    return html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby=${this.#titleId}>
      <h2 id=${this.#titleId}>${this.heading || t('errorSummary.heading')}</h2>
      <ul>
        ${this.errors.map(
          (e) =>
            html`<li>
              <a href="#${e.field}" @click=${(event: Event) => this.handleLinkClick(event, e.field)}
                >${e.text}</a
              >
            </li>`,
        )}
      </ul>
      ${this.description ? html`<p class="description">${this.description}</p>` : nothing}
    </div>`;
  }

  private handleLinkClick(event: Event, field: string): void {
    event.preventDefault();
    if (!this.dispatchEvent(new PirErrorLinkEvent(field))) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(field);
    if (!target) return;
    // GOV.UK scrolls the field's legend or label into view too, so the question is seen with it.
    (target.closest('fieldset')?.querySelector('legend') ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}

customElements.define('pir-error-summary', PirErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'pir-error-summary': PirErrorSummary;
  }
}
