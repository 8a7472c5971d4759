import { expect, fixture, html } from '@open-wc/testing';
import { deepActive, nextEvent } from '../test-helpers.js';
import type { PirErrorSummary } from './pir-error-summary.js';
import './pir-error-summary.js';

describe('pir-error-summary', () => {
  it('shows nothing without errors, then takes focus with a GOV.UK title and one link per error', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <pir-error-summary></pir-error-summary>
        <fieldset>
          <legend>Which is bonding?</legend>
          <input id="q1-first" type="radio" name="q1" aria-label="Attachment" />
        </fieldset>
        <label>Name <input id="name" /></label>
      </div>`,
    );
    const summary = page.querySelector('pir-error-summary') as PirErrorSummary;
    expect(summary.textContent?.trim()).to.equal('');
    summary.errors = [
      { text: 'Select an answer', field: 'q1-first' },
      { text: 'Enter your name', field: 'name' },
    ];
    summary.description = 'Answer every question before you continue.';
    await summary.updateComplete;
    const box = summary.querySelector('.error-summary');
    expect(box?.getAttribute('role')).to.equal('alert');
    expect(box?.querySelector('h2')?.textContent).to.equal('There is a problem');
    expect(deepActive(), 'focus on appear').to.equal(box);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Select an answer', '#q1-first'],
      ['Enter your name', '#name'],
    ]);
    expect(box?.textContent).to.include('Answer every question before you continue.');
    await expect(page).to.be.accessible();
    links[1]?.click();
    expect(deepActive()).to.equal(page.querySelector('#name'));
    links[0]?.click();
    expect(deepActive()).to.equal(page.querySelector('#q1-first'));
  });

  it('lets a listener move focus to a field in another shadow root', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <pir-error-summary heading="Check your answers"></pir-error-summary>
        <div id="host"></div>
      </div>`,
    );
    const host = page.querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h3 tabindex="-1">Babies hear before birth.</h3>';
    const summary = page.querySelector('pir-error-summary') as PirErrorSummary;
    summary.errors = [{ text: 'Answer the question', field: 'q2' }];
    await summary.updateComplete;
    expect(summary.querySelector('h2')?.textContent).to.equal('Check your answers');
    // The shell's way: it knows where the question is, and focuses its heading.
    page.addEventListener('pir-error-link', (e) => {
      e.preventDefault();
      host.shadowRoot?.querySelector('h3')?.focus();
    });
    const event = nextEvent(summary, 'pir-error-link');
    summary.querySelector('a')?.click();
    expect((await event).field).to.equal('q2');
    expect(deepActive()?.textContent).to.equal('Babies hear before birth.');
  });
});
