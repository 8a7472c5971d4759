import { expect, fixture, html } from '@open-wc/testing';
import { miniCourse } from '../../machine/fixtures/mini-course.js';
import { deepActive, settle, nextEvent } from '../test-helpers.js';
import type { PirWelcome } from './pir-welcome.js';
import './pir-welcome.js';

const buttons = (el: PirWelcome) => [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
const button = (el: PirWelcome, text: string) => {
  const b = buttons(el).find((x) => x.textContent?.includes(text));
  if (!b) throw new Error(`no button ${text}`);
  return b;
};

describe('pir-welcome', () => {
  it('shows outcomes, time and assessment, and starts the course', async () => {
    const el = await fixture<PirWelcome>(html`<pir-welcome .course=${miniCourse}></pir-welcome>`);
    const text = el.shadowRoot?.textContent ?? '';
    expect(text).to.include('Describe bonding.');
    expect(text).to.include('About 5 minutes');
    expect(text).to.include('3 question assessment');
    expect(text).to.include('2 attempts');
    expect(buttons(el).map((b) => b.textContent?.trim())).to.deep.equal(['Start the course']);
    await expect(el).to.be.accessible();
    const event = nextEvent(el, 'pir-course-action');
    button(el, 'Start the course').click();
    expect((await event).action).to.equal('start');
  });

  it('puts the primary action before the welcome text and the outcomes', async () => {
    const fresh = await fixture<PirWelcome>(html`<pir-welcome .course=${miniCourse}></pir-welcome>`);
    const follows = (a: Node, b: Node) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const start = button(fresh, 'Start the course');
    expect(follows(start, fresh.shadowRoot!.querySelector('.lede')!)).to.be.true;
    expect(follows(start, fresh.shadowRoot!.querySelector('.outcomes')!)).to.be.true;

    const back = await fixture<PirWelcome>(
      html`<pir-welcome .course=${miniCourse} can-resume></pir-welcome>`,
    );
    const panel = back.shadowRoot!.querySelector('[aria-labelledby="welcome-back"]')!;
    expect(panel.contains(button(back, 'Continue where you left off'))).to.be.true;
    expect(panel.contains(button(back, 'Start again'))).to.be.true;
    expect(follows(panel, back.shadowRoot!.querySelector('.lede')!)).to.be.true;
    expect(back.shadowRoot?.textContent).to.include('About 5 minutes');
  });

  it('offers to continue, and asks before starting again', async () => {
    const el = await fixture<PirWelcome>(
      html`<pir-welcome .course=${miniCourse} can-resume completed></pir-welcome>`,
    );
    expect(el.shadowRoot?.textContent).to.include('Welcome back');
    const resume = nextEvent(el, 'pir-course-action');
    button(el, 'Continue where you left off').click();
    expect((await resume).action).to.equal('resume');

    let restarted = false;
    el.addEventListener('pir-course-action', (e) => (restarted ||= e.action === 'restart'));
    button(el, 'Start again').click();
    await settle();
    expect(restarted, 'no restart before confirming').to.be.false;
    expect(deepActive()?.id).to.equal('confirm-title');
    expect(el.shadowRoot?.textContent?.replace(/\s+/g, ' ')).to.include(
      'your record of completion and your reflections are kept',
    );
    await expect(el).to.be.accessible();
    button(el, 'No, go back').click();
    await settle();
    expect(el.shadowRoot?.querySelector('#confirm-title')).to.equal(null);
    button(el, 'Start again').click();
    await settle();
    button(el, 'Yes, start again').click();
    expect(restarted).to.be.true;
  });

  it('says plainly that the learning system started a new attempt, and offers the earlier record', async () => {
    const record = {
      version: '1.0.0',
      learnerName: 'Doe, Jane',
      completedAt: Date.UTC(2026, 2, 12, 10),
      score: 90,
      completionReference: 'PIR-1234-ABCD',
    };
    const el = await fixture<PirWelcome>(
      html`<pir-welcome .course=${miniCourse} .earlierRecord=${record}></pir-welcome>`,
    );
    const text = () => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text()).to.include('Your learning system has started a new attempt');
    expect(text()).to.include('You completed this course on 12 March 2026');
    const view = button(el, 'View your record of completion');
    expect(view.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot?.querySelector<HTMLElement>('#earlier-record')?.hidden).to.be.true;
    await expect(el).to.be.accessible();
    view.click();
    await settle();
    expect(view.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot?.querySelector<HTMLElement>('#earlier-record')?.hidden).to.be.false;
    for (const fact of ['Doe, Jane', 'version 1.0.0', 'Passed with 90%', 'PIR-1234-ABCD'])
      expect(text()).to.include(fact);
    // The new attempt still starts as usual.
    expect(buttons(el).map((b) => b.textContent?.trim())).to.include('Start the course');
    await expect(el).to.be.accessible();
  });
});
