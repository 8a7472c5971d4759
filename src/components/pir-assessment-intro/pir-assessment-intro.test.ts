import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirAssessmentIntro } from './pir-assessment-intro.js';
import './pir-assessment-intro.js';

const mount = (lessons: PirAssessmentIntro['lessonsToComplete'] = [], remaining = 2, passed = false) =>
  fixture<PirAssessmentIntro>(
    html`<pir-assessment-intro
      question-count="10"
      pass-mark="80"
      max-attempts="3"
      attempts-remaining=${remaining}
      ?passed=${passed}
      .lessonsToComplete=${lessons}
    ></pir-assessment-intro>`,
  );

describe('pir-assessment-intro', () => {
  it('states the number of questions, pass mark and attempts left, and starts', async () => {
    const el = await mount();
    const text = el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.include('10, one per page');
    expect(text).to.include('80%');
    expect(text).to.include('2 of 3');
    // Open book: the lessons stay open during an attempt, and the learner is told so.
    expect(text).to.include('You may look back at the lessons');
    await expect(el).to.be.accessible();
    const event = nextEvent(el, 'pir-course-action');
    el.shadowRoot?.querySelector<HTMLButtonElement>('.button')?.click();
    expect((await event).action).to.equal('startAssessment');
  });

  it('while locked, lists the lessons left with links to those the learner may open', async () => {
    const el = await mount([
      { lesson: 1, page: 0, title: 'Lesson two', available: true },
      { lesson: 2, page: 0, title: 'Lesson three', available: false },
    ]);
    expect(el.shadowRoot?.textContent).to.include('opens when you have completed every lesson');
    expect(el.shadowRoot?.querySelector('.button')).to.equal(null);
    const links = [...(el.shadowRoot?.querySelectorAll('li button') ?? [])];
    expect(links.map((b) => b.textContent?.trim())).to.deep.equal(['Lesson two']);
    await expect(el).to.be.accessible();
    const event = nextEvent(el, 'pir-navigate');
    (links[0] as HTMLButtonElement).click();
    expect((await event).destination).to.deep.equal({ to: 'page', lesson: 1, page: 0 });
  });

  it('says when no attempts remain, and points a passed learner to the record', async () => {
    const none = await mount([], 0);
    expect(none.shadowRoot?.textContent).to.include('used all your attempts');
    expect(none.shadowRoot?.querySelector('.button')).to.equal(null);
    const passed = await mount([], 1, true);
    const event = nextEvent(passed, 'pir-navigate');
    passed.shadowRoot?.querySelector<HTMLButtonElement>('.button')?.click();
    expect((await event).destination).to.deep.equal({ to: 'summary' });
  });
});
