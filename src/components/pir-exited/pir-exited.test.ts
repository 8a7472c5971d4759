import '../test-strings.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { PirExited } from './pir-exited.js';
import './pir-exited.js';

const status = (el: PirExited) => el.shadowRoot?.querySelector('[role=status]')?.textContent ?? '';

describe('pir-exited', () => {
  it('says the progress is in the learning system, and is accessible', async () => {
    const el = await fixture<PirExited>(html`<pir-exited saved-to="lms"></pir-exited>`);
    expect(el.shadowRoot?.querySelector('h1')?.textContent).to.equal('You have left the course');
    expect(status(el)).to.equal('Your progress has been saved to your learning system.');
    await expect(el).to.be.accessible();
  });

  it('says progress stays on this device without an LMS, and names an LMS problem', async () => {
    const device = await fixture<PirExited>(html`<pir-exited saved-to="device"></pir-exited>`);
    expect(status(device)).to.equal('Your progress is kept in this browser.');
    const problem = await fixture<PirExited>(
      html`<pir-exited saved-to="problem" problem="Commit failed"></pir-exited>`,
    );
    expect(status(problem)).to.include('did not confirm the last save (Commit failed)');
    expect(status(problem)).to.include('will be sent the next time you open the course here');
  });
});
