import '../test-strings.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { PirProgress } from './pir-progress.js';
import './pir-progress.js';

describe('pir-progress', () => {
  it('says how many lessons are complete and where the assessment stands', async () => {
    const el = await fixture<PirProgress>(
      html`<pir-progress complete="2" total="6" assessment-label="Cannot start yet"></pir-progress>`,
    );
    expect(el.shadowRoot?.textContent?.replace(/\s+/g, ' ')).to.include('2 of 6 lessons complete');
    expect(el.shadowRoot?.querySelector('.tag')?.textContent).to.equal('Cannot start yet');
    expect(el.shadowRoot?.querySelector<HTMLElement>('.fill')?.style.width).to.equal('33%');
    await expect(el).to.be.accessible();
  });
});
