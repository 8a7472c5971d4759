import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirReflection } from './pir-reflection.js';
import './pir-reflection.js';

describe('pir-reflection', () => {
  it('labels the box with the prompt, says it is not marked, and is accessible', async () => {
    const el = await fixture<PirReflection>(
      html`<pir-reflection reflection-id="r1" prompt="What will you ask?" text="Earlier"></pir-reflection>`,
    );
    const box = el.shadowRoot?.querySelector('textarea');
    expect(box?.value).to.equal('Earlier');
    expect(el.shadowRoot?.querySelector('label')?.textContent).to.include('What will you ask?');
    expect(el.shadowRoot?.textContent).to.include('is not marked');
    await expect(el).to.be.accessible();
  });

  it('reports the text when the learner leaves the box', async () => {
    const el = await fixture<PirReflection>(
      html`<pir-reflection reflection-id="r1" prompt="Q"></pir-reflection>`,
    );
    const box = el.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
    box.value = 'Ask about sleep';
    box.dispatchEvent(new Event('input'));
    const event = nextEvent(el, 'pir-reflection');
    box.dispatchEvent(new Event('change'));
    const e = await event;
    expect(e.reflectionId).to.equal('r1');
    expect(e.text).to.equal('Ask about sleep');
  });

  it('reports the text after a pause in typing', async () => {
    const el = await fixture<PirReflection>(
      html`<pir-reflection reflection-id="r2" prompt="Q"></pir-reflection>`,
    );
    const box = el.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
    const event = nextEvent(el, 'pir-reflection');
    box.value = 'Typed';
    box.dispatchEvent(new Event('input'));
    expect((await event).text).to.equal('Typed');
  });
});
