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

type CounterActor = ReturnType<typeof createActor<typeof counter>>;

/** Each test makes its own actor; the next host created subscribes to it. */
let nextActor: CounterActor;

class TestSelectorHost extends LitElement {
  readonly actor = nextActor;
  readonly count = new ActorSelector(this, this.actor, (s) => s.context.count);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.count.value}`;
  }
}
customElements.define('test-selector-host', TestSelectorHost);

async function mount(): Promise<TestSelectorHost> {
  nextActor = createActor(counter).start();
  return fixture<TestSelectorHost>(html`<test-selector-host></test-selector-host>`);
}

describe('ActorSelector', () => {
  it('re-renders the host only when the selected value changes', async () => {
    const el = await mount();
    const before = el.renders;
    el.actor.send({ type: 'inc' });
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.include('1');
    expect(el.renders).to.equal(before + 1);
    el.actor.send({ type: 'other' });
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
  });

  it('stops listening when the host leaves the page, and catches up when it returns', async () => {
    const el = await mount();
    const parent = el.parentElement as HTMLElement;
    el.remove();
    const before = el.renders;
    el.actor.send({ type: 'inc' });
    // Give a still-subscribed controller every chance to show itself: Lit updates even when
    // disconnected, so a request for an update would render by now.
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(el.count.value, 'no value heard while away').to.equal(0);
    expect(el.renders, 'no render while away').to.equal(before);
    parent.append(el);
    await el.updateComplete;
    expect(el.count.value).to.equal(1);
    expect(el.actor.getSnapshot().status).to.equal('active');
  });
});
