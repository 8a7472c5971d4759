import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirPagination } from './pir-pagination.js';
import './pir-pagination.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('pir-pagination', () => {
  it('names where Back and Next lead, in navigation labelled Pages', async () => {
    const el = await fixture<PirPagination>(
      html`<pir-pagination
        page-number="2"
        page-count="3"
        previous-title="Page one A"
        next-title="Page two A"
      ></pir-pagination>`,
    );
    expect(el.shadowRoot?.querySelector('nav')?.getAttribute('aria-label')).to.equal('Pages');
    expect(text(el.shadowRoot?.querySelector('.page-of'))).to.equal('Page 2 of 3 in this lesson');
    const [back, next] = [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
    expect(text(back)).to.equal('← Back: Page one A');
    expect(text(next)).to.equal('Next: Page two A →');
    await expect(el).to.be.accessible();
    let nav = nextEvent(el, 'pir-navigate');
    back?.click();
    expect((await nav).destination).to.deep.equal({ to: 'back' });
    nav = nextEvent(el, 'pir-navigate');
    next?.click();
    expect((await nav).destination).to.deep.equal({ to: 'next' });
  });

  it('has no Back on the first page, and leads to the assessment after the last', async () => {
    const el = await fixture<PirPagination>(
      html`<pir-pagination next-title="The final assessment" last></pir-pagination>`,
    );
    const found = [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
    expect(found).to.have.length(1);
    expect(text(found[0])).to.equal('Go to the assessment: The final assessment →');
  });
});
