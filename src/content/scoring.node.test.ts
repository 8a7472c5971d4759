// Runs in Node: the one truncation rule, and that the LMS format uses it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { score } from '../lms/cmi-format.js';
import { percentCorrect, percentScore, truncateScore } from './scoring.js';

describe('scoring: one truncation rule', () => {
  it('truncates, never rounds, and is not fooled by float noise', () => {
    assert.equal(percentCorrect(2, 3), 66);
    assert.equal(percentCorrect(1, 3), 33);
    assert.equal(percentScore(0.57), 57);
    assert.equal(percentScore(0.29), 29);
    assert.equal(truncateScore(2 / 3), 0.66);
    assert.equal(percentCorrect(0, 0), 0);
  });

  it('gives the learner the same percentage the LMS receives, for every score out of 1 to 40', () => {
    for (let total = 1; total <= 40; total++) {
      for (let correct = 0; correct <= total; correct++) {
        const lms = Number(score(correct / total, 100));
        assert.equal(Math.floor(lms), percentCorrect(correct, total), `${correct}/${total}`);
      }
    }
  });
});
