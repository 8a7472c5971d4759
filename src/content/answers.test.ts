import { expect } from '@open-wc/testing';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import { wrongResponse } from '../machine/machine-test-kit.js';
import type { Question } from './course-schema.js';
import { correctResponse, isComplete, isCorrect, type Response } from './answers.js';

const q = (id: string): Question => miniCourse.questions.find((x) => x.id === id)!;

describe('answers: completeness and marking', () => {
  it('marks the answer key right and a wrong answer wrong, for every question type', () => {
    for (const question of miniCourse.questions) {
      expect(isCorrect(question, correctResponse(question)), question.id).to.be.true;
      expect(isComplete(question, wrongResponse(question)), `${question.id} wrong but complete`).to.be.true;
      expect(isCorrect(question, wrongResponse(question)), question.id).to.be.false;
    }
  });

  it('treats a multiple-response answer as right only when exactly right', () => {
    const question = q('a_multiple');
    expect(isCorrect(question, { type: 'multiple', optionIds: ['b', 'a'] })).to.be.true;
    expect(isCorrect(question, { type: 'multiple', optionIds: ['a'] })).to.be.false;
    expect(isCorrect(question, { type: 'multiple', optionIds: ['a', 'b', 'c'] })).to.be.false;
  });

  const incomplete: Array<[string, Response | undefined]> = [
    ['a_single', undefined],
    ['a_single', { type: 'single', optionId: '' }],
    ['a_multiple', { type: 'multiple', optionIds: [] }],
    ['a_matching', { type: 'matching', pairs: { yawn: 'dis' } }],
    ['a_ordering', { type: 'ordering', order: ['one', 'two'] }],
    ['a_truefalse', { type: 'single', optionId: 'a' }],
  ];
  for (const [id, response] of incomplete) {
    it(`does not accept ${JSON.stringify(response)} as an answer to ${id}`, () => {
      expect(isComplete(q(id), response)).to.be.false;
      if (response) expect(isCorrect(q(id), response)).to.be.false;
    });
  }

  it('marks matching and ordering by every position', () => {
    expect(isCorrect(q('a_matching'), { type: 'matching', pairs: { yawn: 'dis', smile: 'eng' } })).to.be.true;
    expect(isCorrect(q('a_matching'), { type: 'matching', pairs: { yawn: 'eng', smile: 'dis' } })).to.be
      .false;
    expect(isCorrect(q('a_ordering'), { type: 'ordering', order: ['one', 'two', 'three'] })).to.be.true;
    expect(isCorrect(q('a_ordering'), { type: 'ordering', order: ['two', 'one', 'three'] })).to.be.false;
  });
});
