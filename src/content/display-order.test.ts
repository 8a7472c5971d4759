import { expect } from '@open-wc/testing';
import type { Course, Question } from './course-schema.js';
import { inDisplayOrder } from './display-order.js';

const single: Question = {
  id: 'q_single',
  type: 'single',
  prompt: 'Which?',
  outcomes: ['lo1'],
  feedback: { correct: 'Yes.', incorrect: 'No.' },
  rationale: '<p>Because.</p>',
  references: ['r1'],
  options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Option ${id}` })),
  correct: 'a',
};

const ids = (q: Question) =>
  q.type === 'single' || q.type === 'multiple'
    ? q.options.map((o) => o.id)
    : q.type === 'matching'
      ? q.targets.map((t) => t.id)
      : [];

async function realCourse(): Promise<Course> {
  const res = await fetch('/build/course.json');
  expect(res.ok, 'build/course.json exists (npm run build)').to.be.true;
  return (await res.json()) as Course;
}

describe('display order of options', () => {
  it('shows every option once, in an order fixed by the question and the key', () => {
    const shown = inDisplayOrder(single, '1');
    expect([...ids(shown)].sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(ids(inDisplayOrder(single, '1'))).to.deep.equal(ids(shown));
    // Marking uses ids, which the shuffle leaves alone.
    expect(shown.type === 'single' && shown.correct).to.equal('a');
    expect(single.type === 'single' && single.options[0]?.id).to.equal('a');
  });

  it('gives a different order for a different attempt', () => {
    const orders = new Set(
      ['', '1', '2', '3', '4', '5'].map((key) => ids(inDisplayOrder(single, key)).join()),
    );
    expect(orders.size).to.be.greaterThan(3);
  });

  it('keeps the written order when the author says shuffle: false, and for true/false and ordering', () => {
    const scale = { ...single, shuffle: false } as Question;
    expect(inDisplayOrder(scale, '1')).to.equal(scale);
    const truefalse: Question = { ...single, type: 'truefalse', correct: true };
    expect(inDisplayOrder(truefalse, '1')).to.equal(truefalse);
  });

  it('does not give away the answer by position in the real course', async () => {
    const course = await realCourse();
    for (const key of ['', '1', '2', '3']) {
      const shown = course.questions.map((q) => inDisplayOrder(q, key));
      const singles = shown.filter((q) => q.type === 'single' && q.shuffle !== false);
      const firstRight = singles.filter((q) => q.type === 'single' && q.options[0]?.id === q.correct);
      // By chance about a quarter; authors wrote the right answer first in almost all of them.
      expect(firstRight.length, `key "${key}": right answer shown first`).to.be.below(singles.length / 2);
      const multiples = shown.filter((q) => q.type === 'multiple');
      const rightOnTop = multiples.filter(
        (q) =>
          q.type === 'multiple' &&
          q.options.slice(0, q.correct.length).every((o) => q.correct.includes(o.id)),
      );
      expect(rightOnTop.length, `key "${key}": right answers shown as the first options`).to.be.below(
        multiples.length / 2,
      );
      const matchings = shown.filter((q) => q.type === 'matching');
      const inStep = matchings.filter(
        (q) => q.type === 'matching' && q.items.every((item, i) => q.targets[i]?.id === q.correct[item.id]),
      );
      expect(inStep.length, `key "${key}": targets in the same order as their items`).to.equal(0);
    }
  });
});
