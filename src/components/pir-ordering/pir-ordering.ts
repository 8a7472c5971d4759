import { html, nothing, type PropertyValues } from 'lit';
import { LightDomElement } from '../light-dom-element.js';
import { orderingStyles } from './pir-ordering.styles.js';
import { t } from '../../content/strings.js';

/** An item to put in order. */
export interface PirOrderItem {
  id: string;
  text: string;
}

/**
 * @summary Ordering with native buttons: each item has "Move up" and "Move down", no dragging.
 *
 * Each button names its item and position for screen readers ("Move up: Feed, position 2 of
 * 3"); a move is announced in a polite live region ("Feed moved to position 1 of 3."), and focus
 * stays with the moved item: the same button, or its partner once the item reaches an end.
 * Renders in the light DOM, so the buttons sit in the surrounding form and fieldset. The first
 * item's "Move up" has the id `<name>-first`.
 *
 * @fires change - The learner moved an item (native `Event`); read `value`.
 * @cssprop --pir-color-brand - The position badges and the bar of the item just moved.
 */
export class PirOrdering extends LightDomElement {
  static override properties = {
    name: {},
    items: { attribute: false },
    value: { attribute: false },
    readonly: { type: Boolean },
    announcement: { state: true },
    movedId: { state: true },
  };
  static override lightStyles = orderingStyles;

  /** The prefix of the buttons' ids; unique within the tree. */
  name = '';

  /** The items (their text is looked up here by id). */
  items: PirOrderItem[] = [];

  /** The current order, first at the top: item ids. Empty means the order of `items`. */
  value: string[] = [];

  /** Shows the order without the move buttons or the live region (after marking). */
  readonly = false;

  private announcement = '';
  private movedId = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items') && changed.get('items') !== undefined) {
      this.announcement = '';
      this.movedId = '';
    }
  }

  private get order(): string[] {
    return this.value.length ? this.value : this.items.map((i) => i.id);
  }

  private text(id: string): string {
    return this.items.find((i) => i.id === id)?.text ?? id;
  }

  override render() {
    const order = this.order;
    const count = order.length;
    const button = (id: string, i: number, dir: -1 | 1) => {
      const label = t(dir === -1 ? 'ordering.moveUp' : 'ordering.moveDown');
      return html`<button
        class="button button--secondary button--small"
        type="button"
        id=${dir === -1 ? (i === 0 ? `${this.name}-first` : `${this.name}-${id}-up`) : `${this.name}-${id}-down`}
        data-id=${id}
        data-dir=${String(dir)}
        ?disabled=${dir === -1 ? i === 0 : i === count - 1}
        @click=${this.handleMoveClick}
      >
        ${label}<span class="visually-hidden"
          >: ${t('ordering.itemPosition', { item: this.text(id), position: i + 1, total: count })}</span
        >
      </button>`;
    };
    return html`<ol class="order-list" aria-label=${t('ordering.listLabel')}>
        ${order.map(
          (id, i) =>
            html`<li class="order-item ${this.movedId === id ? 'moved' : ''}">
              <span class="order-position" aria-hidden="true">${i + 1}</span>
              <span class="order-text">${this.text(id)}</span>
              ${
                this.readonly
                  ? nothing
                  : html`<span class="order-buttons">${button(id, i, -1)} ${button(id, i, 1)}</span>`
              }
            </li>`,
        )}
      </ol>
      ${this.readonly ? nothing : html`<p class="visually-hidden" role="status">${this.announcement}</p>`}`;
  }

  private handleMoveClick = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLButtonElement;
    const id = button.dataset['id'] ?? '';
    const dir = Number(button.dataset['dir']);
    const order = [...this.order];
    const from = order.indexOf(id);
    const to = from + dir;
    if (from < 0 || to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, id);
    this.value = order;
    this.movedId = id;
    this.announcement = t('ordering.moved', { item: this.text(id), position: to + 1, total: order.length });
    this.dispatchEvent(new Event('change', { bubbles: true }));
    await this.updateComplete;
    // Keep focus with the moved item: the same button, or its partner when it reached an end.
    const buttons = [...this.querySelectorAll<HTMLButtonElement>(`button[data-id="${id}"]`)];
    const same = buttons.find((b) => b.dataset['dir'] === String(dir) && !b.disabled);
    (same ?? buttons.find((b) => !b.disabled))?.focus();
  };
}

customElements.define('pir-ordering', PirOrdering);

declare global {
  interface HTMLElementTagNameMap {
    'pir-ordering': PirOrdering;
  }
}
