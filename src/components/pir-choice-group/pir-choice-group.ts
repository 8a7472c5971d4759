import { html, nothing } from 'lit';
import { LightDomElement } from '../light-dom-element.js';
import { choiceGroupStyles } from './pir-choice-group.styles.js';
import { t } from '../../content/strings.js';

/** One option: the value it stands for and the text the learner reads. */
export interface PirChoiceOption {
  value: string;
  label: string;
}

/**
 * @summary A group of native radios (choose one) or checkboxes (choose any), one bordered row per option.
 *
 * Used for single-choice, true/false and multiple-response questions. It knows nothing of
 * questions: only options and a value. It renders in the light DOM, so its inputs belong to the
 * surrounding form and fieldset (whose legend names the group, and which disables them), and
 * `label`/`aria-describedby` work as plain HTML. The first input's id is `<name>-first` (the
 * target of an error-summary link); the others are `<name>-<value>`.
 *
 * @fires change - The learner changed the selection (native `Event`); read `value`.
 * @cssprop --pir-color-brand - The border and bar of the chosen option.
 * @cssprop --pir-color-focus - The focus ring.
 */
export class PirChoiceGroup extends LightDomElement {
  static override properties = {
    type: {},
    name: {},
    options: { attribute: false },
    value: { attribute: false },
    disabled: { type: Boolean },
    markChosen: { type: Boolean, attribute: 'mark-chosen' },
  };
  static override lightStyles = choiceGroupStyles;

  /** `radio`: exactly one may be chosen. `checkbox`: any number. */
  type: 'radio' | 'checkbox' = 'radio';

  /** The form name of the inputs, and the prefix of their ids; unique within the tree. */
  name = '';

  /** The options, in the order shown. */
  options: PirChoiceOption[] = [];

  /** The chosen values, in the order of `options`. */
  value: string[] = [];

  /** Disables every input (a disabled fieldset around the group does the same). */
  disabled = false;

  /** Labels each chosen option "Your answer" in words (after marking, when the inputs look faint). */
  markChosen = false;

  override render() {
    return html`<div class="choices">
      ${this.options.map((o, i) => {
        const checked = this.value.includes(o.value);
        return html`<label class="choice">
          <input
            id=${i === 0 ? `${this.name}-first` : `${this.name}-${o.value}`}
            type=${this.type}
            name=${this.name}
            .value=${o.value}
            .checked=${checked}
            ?disabled=${this.disabled}
            @change=${this.handleInputChange}
          />
          <span class="choice-text"
            >${o.label}${
              checked && this.markChosen
                ? html` <span class="tag tag--blue your-answer">${t('choiceGroup.yourAnswer')}</span>`
                : nothing
            }</span
          >
        </label>`;
      })}
    </div>`;
  }

  private handleInputChange = (event: Event): void => {
    // The group, not one input, is the control: its own `change` replaces the input's.
    event.stopPropagation();
    const checked = new Set(
      [...this.querySelectorAll<HTMLInputElement>('input')].filter((i) => i.checked).map((i) => i.value),
    );
    this.value = this.options.filter((o) => checked.has(o.value)).map((o) => o.value);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };
}

customElements.define('pir-choice-group', PirChoiceGroup);

declare global {
  interface HTMLElementTagNameMap {
    'pir-choice-group': PirChoiceGroup;
  }
}
