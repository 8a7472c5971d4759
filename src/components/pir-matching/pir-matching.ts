import { html, nothing } from 'lit';
import { LightDomElement } from '../light-dom-element.js';
import { matchingStyles } from './pir-matching.styles.js';
import { t } from '../../content/strings.js';

/** An item to match, or a target it can be matched to. */
export interface PirMatchEntry {
  id: string;
  text: string;
}

/**
 * @summary Matching: one labelled native select per item, each offering every target.
 *
 * Under a select with a choice, the whole chosen target is written out for sighted learners
 * (a closed select is cut short on a phone; a screen reader reads its value in full). Renders in
 * the light DOM, so the selects belong to the surrounding form and fieldset. The first select's
 * id is `<name>-first` (the target of an error-summary link); the others are `<name>-<item id>`.
 *
 * @fires change - The learner changed a match (native `Event`); read `value`.
 * @cssprop --pir-color-focus - The focus ring of a select.
 */
export class PirMatching extends LightDomElement {
  static override properties = {
    name: {},
    items: { attribute: false },
    targets: { attribute: false },
    value: { attribute: false },
    placeholder: {},
    disabled: { type: Boolean },
  };
  static override lightStyles = matchingStyles;

  /** The prefix of the selects' ids; unique within the tree. */
  name = '';

  /** The items to match, in the order shown. */
  items: PirMatchEntry[] = [];

  /** The targets each select offers, in the order shown. */
  targets: PirMatchEntry[] = [];

  /** The matches made so far: item id → target id (unmatched items are absent). */
  value: Record<string, string> = {};

  /** The empty first choice of every select; empty for the course's own words. */
  placeholder = '';

  /** Disables every select (a disabled fieldset around the element does the same). */
  disabled = false;

  override render() {
    const pairs = this.value;
    return html`<ul class="match-list">
      ${this.items.map((item, i) => {
        const id = i === 0 ? `${this.name}-first` : `${this.name}-${item.id}`;
        const chosen = this.targets.find((t) => t.id === pairs[item.id]);
        return html`<li class="match">
          <label for=${id}>${item.text}</label>
          <select id=${id} data-item=${item.id} ?disabled=${this.disabled} @change=${this.handleSelectChange}>
            <option value="" ?selected=${!chosen}>${this.placeholder || t('matching.placeholder')}</option>
            ${this.targets.map((t) => html`<option value=${t.id} ?selected=${chosen === t}>${t.text}</option>`)}
          </select>
          ${chosen ? html`<p class="match-choice" aria-hidden="true">${t('matching.yourMatch', { target: chosen.text })}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private handleSelectChange = (event: Event): void => {
    // The element, not one select, is the control: its own `change` replaces the select's.
    event.stopPropagation();
    const select = event.target as HTMLSelectElement;
    const pairs = { ...this.value };
    const item = select.dataset['item'] ?? '';
    if (select.value) pairs[item] = select.value;
    else delete pairs[item];
    this.value = pairs;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };
}

customElements.define('pir-matching', PirMatching);

declare global {
  interface HTMLElementTagNameMap {
    'pir-matching': PirMatching;
  }
}
