import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nextEvent } from '../test-helpers.js';
import type { PirExitDialog } from './pir-exit-dialog.js';
import './pir-exit-dialog.js';

describe('pir-exit-dialog', () => {
  it('asks before leaving, takes focus on its heading, and says what happens to progress', async () => {
    const el = await fixture<PirExitDialog>(html`<pir-exit-dialog></pir-exit-dialog>`);
    el.focusHeading();
    expect(el.shadowRoot?.activeElement?.textContent).to.equal('Exit the course?');
    expect(el.shadowRoot?.textContent).to.include('Your progress will be saved');
    await expect(el).to.be.accessible();
  });

  it('fires exit on "Save and exit", and stay on "Stay in the course" or Escape', async () => {
    const el = await fixture<PirExitDialog>(html`<pir-exit-dialog></pir-exit-dialog>`);
    const [save, stay] = [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
    let action = nextEvent(el, 'pir-course-action');
    save?.click();
    expect((await action).action).to.equal('exit');
    action = nextEvent(el, 'pir-course-action');
    stay?.click();
    expect((await action).action).to.equal('stay');
    action = nextEvent(el, 'pir-course-action');
    el.focusHeading();
    await sendKeys({ press: 'Escape' });
    expect((await action).action).to.equal('stay');
  });
});
