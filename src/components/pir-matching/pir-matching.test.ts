import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirMatching } from './pir-matching.js';
import './pir-matching.js';

const items = [
  { id: 'cue', text: 'Baby turns away' },
  { id: 'smile', text: 'Baby smiles at you' },
];
const targets = [
  { id: 'dis', text: 'A disengagement cue: a pause is needed' },
  { id: 'eng', text: 'An engagement cue: an invitation to play' },
];

describe('pir-matching', () => {
  it('labels one native select per item and is accessible', async () => {
    const el = await fixture<PirMatching>(
      html`<pir-matching name="m" .items=${items} .targets=${targets}></pir-matching>`,
    );
    const selects = [...el.querySelectorAll('select')];
    expect(selects.map((s) => s.labels[0]?.textContent)).to.deep.equal(items.map((i) => i.text));
    expect(selects.map((s) => s.id)).to.deep.equal(['m-first', 'm-smile']);
    expect([...(selects[0]?.options ?? [])].map((o) => o.text)).to.deep.equal([
      'Choose a match',
      ...targets.map((t) => t.text),
    ]);
    await expect(el).to.be.accessible();
  });

  it('fires change with the pairs, writes the whole match out, and forgets an unmatched item', async () => {
    const el = await fixture<PirMatching>(
      html`<pir-matching name="m" .items=${items} .targets=${targets}></pir-matching>`,
    );
    const select = el.querySelector<HTMLSelectElement>('select[data-item=smile]');
    if (!select) throw new Error('no select');
    select.value = 'eng';
    let event = nextEvent(el, 'change');
    select.dispatchEvent(new Event('change'));
    await event;
    expect(el.value).to.deep.equal({ smile: 'eng' });
    await el.updateComplete;
    const echo = el.querySelector('.match-choice');
    expect(echo?.textContent?.trim()).to.equal(`Your match: ${targets[1]?.text}`);
    expect(echo?.getAttribute('aria-hidden')).to.equal('true');
    select.value = '';
    event = nextEvent(el, 'change');
    select.dispatchEvent(new Event('change'));
    await event;
    expect(el.value).to.deep.equal({});
  });
});
