import '../test-strings.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { PirReferences } from './pir-references.js';
import './pir-references.js';

describe('pir-references', () => {
  it('lists references with links that say they open a new tab, and is accessible', async () => {
    const el = await fixture<PirReferences>(
      html`<pir-references
        .references=${[
          { id: 'a', citation: 'Author A (2020). Title.', url: 'https://example.org/a' },
          { id: 'b', citation: 'Author B (2019). Book.' },
        ]}
      ></pir-references>`,
    );
    const items = [...(el.shadowRoot?.querySelectorAll('li') ?? [])];
    expect(items).to.have.length(2);
    const link = items[0]?.querySelector('a');
    expect(link?.getAttribute('target')).to.equal('_blank');
    expect(link?.textContent).to.include('(opens in a new tab)');
    expect(items[1]?.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
