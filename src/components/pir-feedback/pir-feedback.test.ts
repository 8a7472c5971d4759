import { expect, fixture, html } from '@open-wc/testing';
import type { Question } from '../../content/course-schema.js';
import { miniCourse } from '../../machine/fixtures/mini-course.js';
import { deepActive } from '../test-helpers.js';
import type { PirFeedback } from './pir-feedback.js';
import './pir-feedback.js';

const byType = (type: Question['type']): Question => {
  const q = miniCourse.questions.find((x) => x.type === type);
  if (!q) throw new Error(type);
  return q;
};

const mount = (q: Question) =>
  fixture<PirFeedback>(
    html`<pir-feedback .question=${q} .references=${miniCourse.references} .level=${2}></pir-feedback>`,
  );

describe('pir-feedback', () => {
  it('has an empty live region before any answer, then announces the result', async () => {
    const q = byType('truefalse');
    if (q.type !== 'truefalse') throw new Error('truefalse');
    const el = await mount(q);
    expect(el.querySelector('[role=status]')?.textContent).to.equal('');
    expect(el.querySelector('[part=feedback]')).to.equal(null);
    el.response = { type: 'truefalse', value: !q.correct };
    await el.updateComplete;
    expect(el.querySelector('[role=status]')?.textContent).to.equal(
      `Incorrect. ${q.feedback.incorrect} Feedback follows the question.`,
    );
  });

  it('gives the result as a focusable heading one level below the question, then why and the reference', async () => {
    const q = byType('single');
    if (q.type !== 'single') throw new Error('single');
    const el = await mount(q);
    el.response = { type: 'single', optionId: q.correct };
    await el.updateComplete;
    const verdict = el.querySelector('.verdict') as HTMLElement;
    expect(verdict.getAttribute('role')).to.equal('heading');
    expect(verdict.getAttribute('aria-level')).to.equal('3');
    expect(verdict.textContent).to.include('Correct');
    el.focus();
    expect(deepActive()).to.equal(verdict);
    const panel = el.querySelector('[part=feedback]');
    expect(panel?.classList.contains('feedback--correct')).to.be.true;
    expect(panel?.textContent).to.include(`Why ${q.id} is so.`);
    expect(panel?.textContent).to.include('Author A (2020)');
    expect(panel?.textContent).to.not.include('The correct answer is');
    await expect(el).to.be.accessible();
  });

  it('after a wrong answer names the correct one and the chosen option’s own feedback', async () => {
    const q = byType('single');
    if (q.type !== 'single') throw new Error('single');
    const wrong = q.options.find((o) => o.id !== q.correct && o.feedback);
    if (!wrong) throw new Error('no wrong option with feedback');
    const el = await mount(q);
    el.response = { type: 'single', optionId: wrong.id };
    await el.updateComplete;
    const text = el.querySelector('[part=feedback]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.include(
      `The correct answer is: ${q.options.find((o) => o.id === q.correct)?.text ?? ''}`,
    );
    expect(text).to.include(wrong.feedback ?? '');
    await expect(el).to.be.accessible();
  });
});
