import { expect } from '@open-wc/testing';
import type { Question } from '../content/course-schema.js';
import { drawQuestions } from './draw.js';

/** A bank like the real one: 32 questions over seven outcomes, a few testing two. */
const bank: Question[] = Array.from({ length: 32 }, (_, i) => ({
  id: `q${i}`,
  type: 'truefalse',
  prompt: `Question ${i}`,
  outcomes: i % 9 === 0 ? [`lo${(i % 7) + 1}`, `lo${((i + 3) % 7) + 1}`] : [`lo${(i % 7) + 1}`],
  feedback: { correct: 'Yes.', incorrect: 'No.' },
  rationale: '<p>Why.</p>',
  references: ['r'],
  correct: true,
}));
const outcomes = new Set(bank.flatMap((q) => q.outcomes));
const outcomesOf = (ids: string[]) =>
  new Set(bank.filter((q) => ids.includes(q.id)).flatMap((q) => q.outcomes));

describe('assessment draw', () => {
  it('is the same for the same seed, and covers every outcome', () => {
    const draw = drawQuestions(bank, 10, 42);
    expect(drawQuestions(bank, 10, 42)).to.deep.equal(draw);
    expect(new Set(draw).size).to.equal(10);
    expect(outcomesOf(draw)).to.deep.equal(outcomes);
  });

  it('draws a resit from questions not yet seen, still covering every outcome', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const first = drawQuestions(bank, 10, seed);
      const second = drawQuestions(bank, 10, seed * 7 + 1, new Set(first));
      const third = drawQuestions(bank, 10, seed * 13 + 5, new Set([...first, ...second]));
      expect(
        second.filter((id) => first.includes(id)),
        `seed ${seed}: second reuses`,
      ).to.deep.equal([]);
      expect(outcomesOf(second), `seed ${seed}: second covers`).to.deep.equal(outcomes);
      // 32 questions leave 12 unseen for the third: it reuses a seen question only to test an
      // outcome that none of the unseen ones tests.
      const earlier = new Set([...first, ...second]);
      const unseenOutcomes = outcomesOf(bank.map((q) => q.id).filter((id) => !earlier.has(id)));
      for (const id of third.filter((x) => earlier.has(x))) {
        const tested = bank.find((q) => q.id === id)?.outcomes ?? [];
        expect(
          tested.some((o) => !unseenOutcomes.has(o)),
          `seed ${seed}: ${id} reused needlessly`,
        ).to.be.true;
      }
      expect(outcomesOf(third), `seed ${seed}: third covers`).to.deep.equal(outcomes);
    }
  });

  it('reuses seen questions only when the unseen ones run out', () => {
    const seen = new Set(bank.slice(0, 28).map((q) => q.id));
    const draw = drawQuestions(bank, 10, 9, seen);
    const unseen = draw.filter((id) => !seen.has(id));
    expect(unseen.sort()).to.deep.equal(['q28', 'q29', 'q30', 'q31']);
    expect(draw).to.have.length(10);
    expect(outcomesOf(draw)).to.deep.equal(outcomes);
  });
});
