import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirResults } from './pir-results.js';
import './pir-results.js';

const revisit = [
  { text: 'Plan a response.', lessons: [{ lesson: 1, page: 0, title: 'Lesson two', available: true }] },
];

describe('pir-results', () => {
  it('shows a fail with the score, outcomes to revisit and a retry', async () => {
    const el = await fixture<PirResults>(
      html`<pir-results
        .result=${{ number: 1, correct: 1, total: 3, passed: false }}
        pass-mark="60"
        attempts-remaining="1"
        .revisit=${revisit}
      ></pir-results>`,
    );
    const text = el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(el.shadowRoot?.querySelector('h1')?.textContent).to.equal('Assessment not passed');
    expect(text).to.include('33%');
    expect(text).to.include('1 of 3 correct');
    expect(text).to.include('You have 1 attempt left');
    expect(text).to.include('Plan a response.');
    await expect(el).to.be.accessible();
    const nav = nextEvent(el, 'pir-navigate');
    el.shadowRoot?.querySelector<HTMLButtonElement>('.outcomes button')?.click();
    expect((await nav).destination).to.deep.equal({ to: 'page', lesson: 1, page: 0 });
    const retry = nextEvent(el, 'pir-course-action');
    [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.button') ?? [])].at(-1)?.click();
    expect((await retry).action).to.equal('startAssessment');
  });

  it('shows a pass, and no retry', async () => {
    const el = await fixture<PirResults>(
      html`<pir-results
        .result=${{ number: 2, correct: 3, total: 3, passed: true }}
        pass-mark="60"
        attempts-remaining="0"
      ></pir-results>`,
    );
    expect(el.shadowRoot?.querySelector('h1')?.textContent).to.equal('Assessment passed');
    expect(el.shadowRoot?.textContent).to.include('100%');
    expect(el.shadowRoot?.textContent).not.to.include('Try the assessment again');
    await expect(el).to.be.accessible();
    const nav = nextEvent(el, 'pir-navigate');
    el.shadowRoot?.querySelector<HTMLButtonElement>('.button')?.click();
    expect((await nav).destination).to.deep.equal({ to: 'summary' });
  });

  it('says so when a failed learner has no attempts left', async () => {
    const el = await fixture<PirResults>(
      html`<pir-results
        .result=${{ number: 3, correct: 0, total: 3, passed: false }}
        pass-mark="60"
        attempts-remaining="0"
      ></pir-results>`,
    );
    expect(el.shadowRoot?.textContent).to.include('used all your attempts');
    expect(el.shadowRoot?.querySelector('.button')).to.equal(null);
  });

  it('calls a pass "completed" only when the lessons are complete too, and says where the result went', async () => {
    const message = async (attrs: { completed: boolean; savedTo: string }) => {
      const el = await fixture<PirResults>(
        html`<pir-results
          .result=${{ number: 1, correct: 3, total: 3, passed: true }}
          pass-mark="60"
          ?completed=${attrs.completed}
          saved-to=${attrs.savedTo}
        ></pir-results>`,
      );
      return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    };
    const notComplete = await message({ completed: false, savedTo: 'lms' });
    expect(notComplete).not.to.include('You have completed the course');
    expect(notComplete).to.include('finish the lessons you have not completed yet');
    expect(await message({ completed: true, savedTo: 'lms' })).to.include(
      'You have completed the course and your learning system has recorded your result.',
    );
    expect(await message({ completed: true, savedTo: 'sending' })).to.include(
      'Your result is being sent to your learning system.',
    );
    const standalone = await message({ completed: true, savedTo: 'device' });
    expect(standalone).to.include('kept on this device only');
    expect(standalone).not.to.include('recorded');
  });

  it('shows a question-by-question review when it is given one, and none otherwise', async () => {
    const review = [
      {
        questionId: 'q1',
        prompt: 'Which cue?',
        yours: 'Yawning',
        correct: 'Arching',
        isCorrect: false,
        rationaleHtml: '<p>Because arching is potent.</p>',
      },
      {
        questionId: 'q2',
        prompt: 'Who first?',
        yours: 'The baby',
        correct: 'The baby',
        isCorrect: true,
        rationaleHtml: '<p>Serve first.</p>',
      },
    ];
    const el = await fixture<PirResults>(
      html`<pir-results
        .result=${{ number: 3, correct: 1, total: 2, passed: false }}
        pass-mark="80"
        attempts-remaining="0"
        .review=${review}
      ></pir-results>`,
    );
    const items = [...(el.shadowRoot?.querySelectorAll('.review > li') ?? [])].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.have.length(2);
    expect(items[0]).to.include('Question 1: incorrect').and.include('Which cue?');
    expect(items[0]).to.include('Your answer Yawning').and.include('Correct answer Arching');
    expect(items[0]).to.include('Because arching is potent.');
    expect(items[1]).to.include('Question 2: correct');
    await expect(el).to.be.accessible();

    const without = await fixture<PirResults>(
      html`<pir-results
        .result=${{ number: 1, correct: 1, total: 2, passed: false }}
        attempts-remaining="2"
      ></pir-results>`,
    );
    expect(without.shadowRoot?.querySelector('#review-title')).to.equal(null);
  });
});
