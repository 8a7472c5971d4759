import { expect } from '@open-wc/testing';
import '../components/test-strings.js';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import { responseText, reviewItems } from './answer-review.js';
import type { Question } from './course-schema.js';

const q = (id: string): Question => miniCourse.questions.find((x) => x.id === id)!;

describe('answer review: answers in words', () => {
  it('writes every type of answer as the learner saw it', () => {
    expect(responseText(q('a_single'), { type: 'single', optionId: 'b' })).to.equal('Wrong');
    expect(responseText(q('a_multiple'), { type: 'multiple', optionIds: ['b', 'a'] })).to.equal(
      'Yes; Yes too',
    );
    expect(responseText(q('a_truefalse'), { type: 'truefalse', value: false })).to.equal('False');
    expect(responseText(q('a_matching'), { type: 'matching', pairs: { yawn: 'eng' } })).to.equal(
      'Yawning → Engagement; Smiling → no match',
    );
    expect(responseText(q('a_ordering'), { type: 'ordering', order: ['one', 'three', 'two'] })).to.equal(
      '1. First; 2. Third; 3. Second',
    );
    expect(responseText(q('a_single'), undefined)).to.equal('No answer');
    expect(responseText(q('a_single'), { type: 'truefalse', value: true }), 'wrong type').to.equal(
      'No answer',
    );
  });

  it('reviews an attempt in the order shown, with the key and the rationale', () => {
    const items = reviewItems(
      miniCourse.questions,
      ['a_ordering', 'a_single', 'gone_from_course'],
      [
        { type: 'ordering', order: ['one', 'two', 'three'] },
        { type: 'single', optionId: 'c' },
      ],
    );
    expect(items.map((i) => i.questionId)).to.deep.equal(['a_ordering', 'a_single']);
    expect(items[0]).to.include({ isCorrect: true, correct: '1. First; 2. Second; 3. Third' });
    expect(items[1]).to.include({
      prompt: 'Bank single',
      yours: 'Also wrong',
      correct: 'Right',
      isCorrect: false,
      rationaleHtml: q('a_single').rationale,
    });
  });
});
