import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { assign, createActor, setup } from 'xstate';
import { ActorSelector } from './actor-selector.js';

const counter = setup({
  types: {
    context: {} as { count: number; other: number },
    events: {} as { type: 'inc' } | { type: 'other' },
  },
}).createMachine({
  context: { count: 0, other: 0 },
  on: {
    inc: { actions: assign({ count: ({ context }) => context.count + 1 }) },
    other: { actions: assign({ other: ({ context }) => context.other + 1 }) },
  },
});

const actor = createActor(counter).start();
let renders = 0;

class TestSelectorHost extends LitElement {
  readonly count = new ActorSelector(this, actor, (s) => s.context.count);
  override render() {
    renders++;
    return html`${this.count.value}`;
  }
}
customElements.define('test-selector-host', TestSelectorHost);

describe('ActorSelector', () => {
  it('re-renders the host only when the selected value changes', async () => {
    const el = await fixture<TestSelectorHost>(html`<test-selector-host></test-selector-host>`);
    const before = renders;
    actor.send({ type: 'inc' });
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.include('1');
    expect(renders).to.equal(before + 1);
    actor.send({ type: 'other' });
    await el.updateComplete;
    expect(renders).to.equal(before + 1);
  });

  it('stops listening when the host leaves the page, and catches up when it returns', async () => {
    const el = await fixture<TestSelectorHost>(html`<test-selector-host></test-selector-host>`);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    const before = renders;
    actor.send({ type: 'inc' });
    expect(renders).to.equal(before);
    parent.append(el);
    await el.updateComplete;
    expect(el.count.value).to.equal(actor.getSnapshot().context.count);
    expect(actor.getSnapshot().status).to.equal('active');
  });
});
