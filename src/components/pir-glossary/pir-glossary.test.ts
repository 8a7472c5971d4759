import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirGlossary } from './pir-glossary.js';
import './pir-glossary.js';

describe('pir-glossary', () => {
  it('lists terms alphabetically with definitions, is accessible, and goes back', async () => {
    const el = await fixture<PirGlossary>(
      html`<pir-glossary
        .entries=${[
          { term: 'Serve and return', definition: 'Back-and-forth.' },
          { term: 'Attachment', definition: 'Baby to carer.' },
        ]}
      ></pir-glossary>`,
    );
    expect([...(el.shadowRoot?.querySelectorAll('dt') ?? [])].map((d) => d.textContent)).to.deep.equal([
      'Attachment',
      'Serve and return',
    ]);
    await expect(el).to.be.accessible();
    const event = nextEvent(el, 'pir-navigate');
    el.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
    expect((await event).destination).to.deep.equal({ to: 'course' });
  });
});
