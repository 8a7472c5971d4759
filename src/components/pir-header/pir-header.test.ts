import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirHeader } from './pir-header.js';
import './pir-header.js';

const buttons = (el: PirHeader) => [...(el.shadowRoot?.querySelectorAll('button') ?? [])];

describe('pir-header', () => {
  it('shows the title and version in a banner, with toggles that say which view is open', async () => {
    const el = await fixture<PirHeader>(
      html`<pir-header course-title="Mini course" version="1.0.0" view="glossary"></pir-header>`,
    );
    expect(el.shadowRoot?.querySelector('header')?.textContent).to.match(/Mini course\s*Version 1\.0\.0/);
    expect(buttons(el).map((b) => [b.textContent?.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Glossary', 'true'],
      ['References', 'false'],
      ['Exit', null],
    ]);
    await expect(el).to.be.accessible();
  });

  it('opens a view, closes the open one, and asks to exit', async () => {
    const el = await fixture<PirHeader>(html`<pir-header view="glossary"></pir-header>`);
    const [glossary, references, exit] = buttons(el);
    let nav = nextEvent(el, 'pir-navigate');
    references?.click();
    expect((await nav).destination).to.deep.equal({ to: 'references' });
    nav = nextEvent(el, 'pir-navigate');
    glossary?.click();
    expect((await nav).destination).to.deep.equal({ to: 'course' }, 'pressing the open view closes it');
    const action = nextEvent(el, 'pir-course-action');
    exit?.click();
    expect((await action).action).to.equal('requestExit');
    el.focusExit();
    expect(el.shadowRoot?.activeElement).to.equal(exit);
  });

  it('has no actions once the learner has left', async () => {
    const el = await fixture<PirHeader>(
      html`<pir-header course-title="Mini course" no-actions></pir-header>`,
    );
    expect(buttons(el)).to.have.length(0);
  });
});
