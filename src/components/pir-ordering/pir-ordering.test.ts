import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive } from '../test-helpers.js';
import type { PirOrdering } from './pir-ordering.js';
import './pir-ordering.js';

const items = [
  { id: 'a', text: 'Notice' },
  { id: 'b', text: 'Name' },
  { id: 'c', text: 'Wonder' },
];

const texts = (el: PirOrdering) => [...el.querySelectorAll('.order-text')].map((e) => e.textContent);

describe('pir-ordering', () => {
  it('names each button’s item and position, and is accessible', async () => {
    const el = await fixture<PirOrdering>(html`<pir-ordering name="o" .items=${items}></pir-ordering>`);
    const labels = [...el.querySelectorAll('button')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels[0]).to.equal('Move up: Notice, position 1 of 3');
    expect(labels[5]).to.equal('Move down: Wonder, position 3 of 3');
    expect(el.querySelector<HTMLButtonElement>('#o-first')?.disabled, 'top item cannot go up').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('moves an item down with Enter, announces it, fires change and keeps focus with the item', async () => {
    const el = await fixture<PirOrdering>(html`<pir-ordering name="o" .items=${items}></pir-ordering>`);
    const changes: string[][] = [];
    el.addEventListener('change', () => changes.push([...el.value]));
    el.querySelector<HTMLButtonElement>('button[data-id=b][data-dir="1"]')?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Notice', 'Wonder', 'Name']);
    expect(changes).to.deep.equal([['a', 'c', 'b']]);
    expect(el.querySelector('[role=status]')?.textContent).to.equal('Name moved to position 3 of 3.');
    // At the bottom, "Move down" is disabled: focus goes to the same item's "Move up".
    const focused = deepActive() as HTMLElement;
    expect([focused.dataset['id'], focused.dataset['dir']]).to.deep.equal(['b', '-1']);
  });

  it('when read-only shows the order without buttons or a live region', async () => {
    const el = await fixture<PirOrdering>(
      html`<pir-ordering name="o" .items=${items} .value=${['c', 'a', 'b']} readonly></pir-ordering>`,
    );
    expect(texts(el)).to.deep.equal(['Wonder', 'Notice', 'Name']);
    expect(el.querySelectorAll('button')).to.have.length(0);
    expect(el.querySelector('[role=status]')).to.equal(null);
  });
});
