import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Question } from '../../content/course-schema.js';
import { miniCourse } from '../../machine/fixtures/mini-course.js';
import { answerWithMouse, deepActive, describeActive, settle, nextEvent } from '../test-helpers.js';
import type { PirQuestion } from './pir-question.js';
import './pir-question.js';
// Their elements come in course-later.js in the package (src/app/later-screens.ts).
import '../pir-matching/pir-matching.js';
import '../pir-ordering/pir-ordering.js';

const byType = (type: Question['type']): Question => {
  const q = miniCourse.questions.find((x) => x.type === type);
  if (!q) throw new Error(type);
  return q;
};

const mount = (q: Question, mode: 'check' | 'assessment' = 'check') =>
  fixture<PirQuestion>(
    html`<pir-question
      .question=${q}
      .references=${miniCourse.references}
      mode=${mode}
      .level=${2}
    ></pir-question>`,
  );

const shadow = (el: PirQuestion) => el.shadowRoot as ShadowRoot;

describe('pir-question', () => {
  for (const type of ['single', 'multiple', 'truefalse', 'matching', 'ordering'] as const) {
    describe(type, () => {
      it('uses native controls in a fieldset whose legend is the question, and is accessible', async () => {
        const q = byType(type);
        const el = await mount(q);
        expect(shadow(el).querySelector('fieldset legend')?.textContent).to.include(q.prompt);
        const control = {
          single: 'input[type=radio]',
          truefalse: 'input[type=radio]',
          multiple: 'input[type=checkbox]',
          matching: 'select',
          ordering: 'button[data-dir]',
        }[type];
        expect(shadow(el).querySelectorAll(control).length).to.be.greaterThan(1);
        await expect(el).to.be.accessible();
      });

      it('reports a right answer and says why, with the reference', async () => {
        const q = byType(type);
        const el = await mount(q);
        const event = nextEvent(el, 'pir-answer');
        await answerWithMouse(el, q, true);
        const answer = await event;
        expect(answer.questionId).to.equal(q.id);
        expect(answer.response.type).to.equal(type);
        const feedback = shadow(el).querySelector('[part=feedback]');
        expect(feedback?.classList.contains('feedback--correct')).to.be.true;
        expect(feedback?.textContent).to.include(q.feedback.correct);
        expect(feedback?.textContent).to.include(`Why ${q.id} is so.`);
        expect(feedback?.textContent).to.include('Author A (2020)');
        expect(shadow(el).querySelector('[role=status]')?.textContent).to.include('Correct.');
        await expect(el).to.be.accessible();
      });

      it('says what the correct answer was after a wrong one', async () => {
        const q = byType(type);
        const el = await mount(q);
        await answerWithMouse(el, q, false);
        const feedback = shadow(el).querySelector('[part=feedback]');
        expect(feedback?.classList.contains('feedback--correct')).to.be.false;
        expect(feedback?.textContent).to.match(/The correct (answer is|answers are|matches are|order is)/);
        expect(shadow(el).querySelector('[role=status]')?.textContent).to.include('Incorrect.');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('shows a GOV.UK error summary, focused, when nothing is chosen', async () => {
    const el = await mount(byType('single'));
    let fired = false;
    el.addEventListener('pir-answer', () => (fired = true));
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    const summary = shadow(el).querySelector('.error-summary');
    expect(summary?.textContent).to.include('There is a problem');
    expect(summary?.textContent).to.include('Select an answer');
    expect(deepActive()).to.equal(summary);
    expect(shadow(el).querySelector('fieldset')?.getAttribute('aria-describedby')).to.equal('k_single-error');
    expect(fired).to.be.false;
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLAnchorElement>('.error-summary a')?.click();
    await settle();
    expect(deepActive()).to.equal(shadow(el).querySelector('#k_single-first'));
  });

  it('asks for every match before a matching answer is accepted', async () => {
    const q = byType('matching');
    const el = await mount(q);
    const select = shadow(el).querySelector<HTMLSelectElement>('select');
    if (!select) throw new Error('no select');
    select.value = 'dis';
    select.dispatchEvent(new Event('change'));
    await settle();
    // A closed select is cut short on a phone: the whole chosen match is written out under it,
    // for sighted learners only (a screen reader reads the select's value in full).
    const chosen = shadow(el).querySelector('.match-choice');
    const target = q.type === 'matching' ? q.targets.find((t) => t.id === 'dis')?.text : undefined;
    expect(chosen?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(`Your match: ${target}`);
    expect(chosen?.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).querySelectorAll('.match-choice')).to.have.length(1);
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    expect(shadow(el).querySelector('.error-summary')?.textContent).to.include(
      'Choose a match for every item',
    );
  });

  it('moves ordering items with buttons, announces the new position and keeps focus with the item', async () => {
    const el = await mount(byType('ordering'));
    const up = shadow(el).querySelector<HTMLButtonElement>('button[data-id="one"][data-dir="-1"]');
    expect(up?.textContent).to.include('position 2 of 3');
    up?.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    const items = [...shadow(el).querySelectorAll('.order-text')].map((e) => e.textContent);
    expect(items).to.deep.equal(['First', 'Second', 'Third']);
    expect(shadow(el).querySelector('[role=status]')?.textContent).to.equal(
      'First moved to position 1 of 3.',
    );
    // At the top, "Move up" is disabled, so focus moves to the same item's "Move down".
    const focused = deepActive() as HTMLElement;
    expect(focused.dataset['id']).to.equal('one');
    expect(focused.dataset['dir']).to.equal('1');
  });

  it('in assessment mode reports the answer without feedback and numbers the question', async () => {
    const q = byType('truefalse');
    const el = await fixture<PirQuestion>(
      html`<pir-question
        .question=${q}
        mode="assessment"
        .level=${1}
        .number=${2}
        .total=${3}
      ></pir-question>`,
    );
    expect(shadow(el).querySelector('h1')?.textContent).to.include('Question 2 of 3');
    const event = nextEvent(el, 'pir-answer');
    await answerWithMouse(el, q, true);
    expect((await event).response).to.deep.equal({ type: 'truefalse', value: true });
    expect(shadow(el).querySelector('[part=feedback]')).to.equal(null);
    expect(shadow(el).querySelector('[role=status]')).to.equal(null);
  });

  it('shows options shuffled, fixed per order key, and records ticks in the written order', async () => {
    const q = byType('multiple');
    if (q.type !== 'multiple') throw new Error('multiple');
    const written = q.options.map((o) => o.id);
    const shownIn = async (key: string) => {
      const el = await fixture<PirQuestion>(
        html`<pir-question .question=${q} mode="assessment" order-key=${key}></pir-question>`,
      );
      return { el, ids: [...shadow(el).querySelectorAll<HTMLInputElement>('input')].map((i) => i.value) };
    };
    const orders = await Promise.all(['1', '2', '3', '4', '5', '6'].map(async (k) => (await shownIn(k)).ids));
    expect(orders.every((ids) => [...ids].sort().join() === [...written].sort().join())).to.be.true;
    expect(
      new Set(orders.map((ids) => ids.join())).size,
      'different attempts, different orders',
    ).to.be.greaterThan(1);
    const { el, ids } = await shownIn('');
    expect((await shownIn('')).ids, 'the same key, the same order').to.deep.equal(ids);
    expect(ids, 'shown in another order than written').to.not.deep.equal(written);
    const event = nextEvent(el, 'pir-answer');
    // Tick every option from the bottom of the screen up.
    for (const id of [...ids].reverse())
      shadow(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)?.click();
    await settle(1);
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const answer = await event;
    expect(answer.response).to.deep.equal({ type: 'multiple', optionIds: written });
  });

  it('lets the learner answer a check again', async () => {
    const q = byType('single');
    const el = await mount(q);
    await answerWithMouse(el, q, false);
    shadow(el).querySelector<HTMLButtonElement>('.button-group button')?.click();
    await settle();
    expect(shadow(el).querySelector('[part=feedback]')).to.equal(null);
    expect(shadow(el).querySelector('fieldset')?.disabled).to.be.false;
    expect(deepActive()).to.equal(shadow(el).querySelector('#k_single-first'));
  });

  it('after a check, focus goes to the feedback heading, and "Answer again" is a quiet text button after it', async () => {
    for (const correct of [true, false]) {
      const q = byType('single');
      const el = await mount(q);
      await answerWithMouse(el, q, correct);
      const verdict = shadow(el).querySelector('[part=feedback] [role=heading]');
      expect(verdict?.textContent).to.include(correct ? 'Correct' : 'Incorrect');
      expect(deepActive() === verdict, `focus on the result, not on ${describeActive()}`).to.be.true;
      const again = [...shadow(el).querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Answer again'),
      );
      expect(again?.classList.contains('link-button'), 'a text button, not a filled one').to.be.true;
      const feedback = shadow(el).querySelector('[part=feedback]');
      expect(
        !!feedback &&
          !!again &&
          !!(feedback.compareDocumentPosition(again) & Node.DOCUMENT_POSITION_FOLLOWING),
        '"Answer again" comes after the feedback',
      ).to.be.true;
    }
  });

  it('in assessment mode announces ordering moves too', async () => {
    const el = await mount(byType('ordering'), 'assessment');
    shadow(el).querySelector<HTMLButtonElement>('button[data-id="one"][data-dir="-1"]')?.click();
    await settle();
    expect(shadow(el).querySelector('[role=status]')?.textContent).to.equal(
      'First moved to position 1 of 3.',
    );
  });

  it('shows per-option feedback for the option chosen', async () => {
    const q = byType('single');
    const el = await mount(q);
    await answerWithMouse(el, q, false);
    expect(shadow(el).querySelector('[part=feedback]')?.textContent).to.include('That is attachment.');
  });
});
