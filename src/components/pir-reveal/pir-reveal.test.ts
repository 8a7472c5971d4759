import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RevealBlock } from '../../content/course-schema.js';
import { deepActive, settle, tabTo } from '../test-helpers.js';
import type { PirReveal } from './pir-reveal.js';
import './pir-reveal.js';

const block: RevealBlock = {
  type: 'reveal',
  title: '“He’s fine” — how to read it',
  html: '<p>A parent may mean <em>I am worried</em>.</p>',
};

describe('pir-reveal', () => {
  it('is a closed native disclosure titled by the worked example', async () => {
    const el = await fixture<PirReveal>(html`<pir-reveal .block=${block}></pir-reveal>`);
    const details = el.shadowRoot?.querySelector('details');
    expect(details?.open).to.be.false;
    expect(details?.querySelector('summary')?.textContent?.trim()).to.equal(block.title);
    await expect(el).to.be.accessible();
  });

  it('opens and closes with Enter and Space, keeping focus on its title', async () => {
    const el = await fixture<PirReveal>(html`<pir-reveal .block=${block}></pir-reveal>`);
    const details = el.shadowRoot?.querySelector('details');
    await tabTo((e) => e.tagName === 'SUMMARY', 'the reveal');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(details?.open).to.be.true;
    expect(details?.querySelector('.body')?.textContent).to.equal('A parent may mean I am worried.');
    expect(deepActive()?.tagName).to.equal('SUMMARY');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await settle();
    expect(details?.open).to.be.false;
  });
});
