import { expect, fixture, html } from '@open-wc/testing';
import { settle } from '../test-helpers.js';
import type { PirNotices } from './pir-notices.js';
import './pir-notices.js';

describe('pir-notices', () => {
  it('shows the saved status quietly, and is accessible', async () => {
    const el = await fixture<PirNotices>(html`<pir-notices status="saved"></pir-notices>`);
    expect(el.shadowRoot?.querySelector('.status')?.textContent).to.include('Your progress is saved.');
    expect(el.shadowRoot?.querySelector('[role=status]')?.textContent).to.equal('');
    expect(el.hasAttribute('has-banner')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('warns and announces while saving is retried, and announces recovery', async () => {
    const el = await fixture<PirNotices>(html`<pir-notices status="saved"></pir-notices>`);
    el.status = 'retrying';
    el.problem = 'Commit failed (391)';
    await settle();
    expect(el.shadowRoot?.textContent).to.include('Not saved yet');
    expect(el.shadowRoot?.textContent).to.include('Commit failed (391)');
    expect(el.shadowRoot?.querySelector('[role=status]')?.textContent).to.include('not been saved yet');
    expect(el.hasAttribute('has-banner')).to.be.true;
    await expect(el).to.be.accessible();
    el.status = 'saved';
    await settle();
    expect(el.shadowRoot?.querySelector('[role=status]')?.textContent).to.equal(
      'Your progress is saved again.',
    );
  });

  it('never shows unreadable saved progress as saved: kept on this device only, and why', async () => {
    const el = await fixture<PirNotices>(html`<pir-notices status="connecting"></pir-notices>`);
    el.status = 'deviceOnly';
    el.problem = 'General exception';
    await settle();
    const text = el.shadowRoot?.textContent ?? '';
    expect(text).not.to.include('Your progress is saved');
    expect(el.shadowRoot?.querySelector('.status')?.textContent).to.include(
      'Your progress is kept on this device only.',
    );
    expect(text).to.include('Progress kept on this device only');
    expect(text).to.include('could not give back the progress it saved for you');
    expect(text).to.include('General exception');
    expect(el.shadowRoot?.querySelector('[role=status]')?.textContent).to.include('this device only');
    expect(el.hasAttribute('has-banner')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('explains standalone mode', async () => {
    const el = await fixture<PirNotices>(html`<pir-notices status="standalone"></pir-notices>`);
    expect(el.shadowRoot?.textContent).to.include('your completion will not be recorded');
    await expect(el).to.be.accessible();
  });

  it('shows a one-off notice until dismissed', async () => {
    const el = await fixture<PirNotices>(
      html`<pir-notices status="saved" notice="Progress could not be read."></pir-notices>`,
    );
    expect(el.shadowRoot?.textContent).to.include('Progress could not be read.');
    await expect(el).to.be.accessible();
    el.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
    await settle();
    expect(el.shadowRoot?.textContent).not.to.include('Progress could not be read.');
    expect(el.shadowRoot?.activeElement).to.equal(el.shadowRoot?.querySelector('.status'));
  });
});
