import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  courseQuestions,
  identify,
  normaliseResult,
  readableDuration,
  responseText,
  type QuestionInfo,
} from './answers.js';

const single: QuestionInfo = {
  id: 'a_ng194',
  prompt: 'Which guideline?',
  type: 'single',
  options: [
    { id: 'a', text: 'NG194 Postnatal care' },
    { id: 'b', text: 'NG201 Antenatal care' },
  ],
};
const multiple: QuestionInfo = { ...single, id: 'm', type: 'multiple' };
const matching: QuestionInfo = {
  id: 'a_serve',
  prompt: 'Match',
  type: 'matching',
  items: [
    { id: 'look', text: 'He follows the gaze' },
    { id: 'smile', text: 'He smiles' },
  ],
  targets: [
    { id: 'notice', text: 'Notice the serve' },
    { id: 'ret', text: 'Return the serve' },
  ],
};
const ordering: QuestionInfo = {
  id: 'o',
  prompt: 'Order',
  type: 'ordering',
  items: [
    { id: 'late', text: '12-month review' },
    { id: 'early', text: 'New birth review' },
  ],
};

describe('responses in words', () => {
  it('reads 1.2 letters and 2004 ids as the options’ text', () => {
    assert.equal(responseText(single, 'a', 'scorm12'), 'NG194 Postnatal care');
    assert.equal(responseText(single, 'b', 'scorm2004'), 'NG201 Antenatal care');
    assert.equal(responseText(multiple, 'a,b', 'scorm12'), 'NG194 Postnatal care; NG201 Antenatal care');
    assert.equal(responseText(multiple, 'b[,]a', 'scorm2004'), 'NG201 Antenatal care; NG194 Postnatal care');
  });
  it('reads true-false, matching pairs and orders', () => {
    const tf = { id: 't', prompt: 'T?', type: 'truefalse' };
    assert.equal(responseText(tf, 't', 'scorm12'), 'True');
    assert.equal(responseText(tf, 'false', 'scorm2004'), 'False');
    assert.equal(
      responseText(matching, 'a.b,b.a', 'scorm12'),
      'He follows the gaze → Return the serve; He smiles → Notice the serve',
    );
    assert.equal(
      responseText(matching, 'look[.]notice[,]smile[.]ret', 'scorm2004'),
      'He follows the gaze → Notice the serve; He smiles → Return the serve',
    );
    assert.equal(
      responseText(ordering, '{order_matters=true}early[,]late', 'scorm2004'),
      '1. New birth review; 2. 12-month review',
    );
    assert.equal(responseText(ordering, 'b,a', 'scorm12'), '1. New birth review; 2. 12-month review');
  });
  it('gives no words rather than half a translation when a token or the question is unknown', () => {
    assert.equal(responseText(single, 'a,z', 'scorm12'), '');
    assert.equal(responseText(single, 'nope', 'scorm2004'), '');
    assert.equal(responseText(undefined, 'a', 'scorm12'), '');
    assert.equal(responseText(single, '', 'scorm12'), '');
  });
});

describe('interaction ids', () => {
  const course = courseQuestions({
    questions: [
      { id: 'k1', prompt: 'Short', type: 'single' },
      { id: 'k1_bonding', prompt: 'Long', type: 'single' },
      { id: 's1', prompt: 'Scenario', type: 'single' },
    ],
    assessment: { bank: ['k1'], maxAttempts: 3 },
    lessons: [
      {
        pages: [
          { blocks: [{ type: 'check', questionId: 'k1_bonding' }] },
          { blocks: [{ type: 'scenario', questionIds: ['s1'] }] },
        ],
      },
    ],
  });
  it('reads the question, kind and attempt, longest question id first', () => {
    assert.deepEqual(course.checks, ['k1_bonding', 's1']);
    assert.deepEqual(identify('k1_bonding_k', course), { questionId: 'k1_bonding', kind: 'practice check' });
    assert.deepEqual(identify('k1_bonding_k7', course), { questionId: 'k1_bonding', kind: 'practice check' });
    assert.deepEqual(identify('k1_a2', course), { questionId: 'k1', kind: 'assessment', attempt: 2 });
    // Attempt 1, slot 12: the attempt never exceeds the course's limit of 3.
    assert.deepEqual(identify('k1_a112', course), { questionId: 'k1', kind: 'assessment', attempt: 1 });
    assert.deepEqual(identify('k1_a', course), { questionId: '', kind: '' });
    assert.deepEqual(identify('other_a1', course), { questionId: '', kind: '' });
    // Without a suffix, where the course uses the question decides.
    assert.deepEqual(identify('s1', course), { questionId: 's1', kind: 'practice check' });
    assert.deepEqual(identify('k1', course), { questionId: 'k1', kind: 'assessment' });
  });
});

describe('one vocabulary for both standards', () => {
  it('normalises results and durations', () => {
    assert.equal(normaliseResult('wrong'), 'incorrect');
    assert.equal(normaliseResult('incorrect'), 'incorrect');
    assert.equal(normaliseResult('correct'), 'correct');
    assert.equal(normaliseResult('0.75'), 'score 0.75');
    assert.equal(readableDuration(358), '5 min 58 s');
    assert.equal(readableDuration(3600 + 120), '1 h 2 min');
    assert.equal(readableDuration(0), '0 s');
    assert.equal(readableDuration(59.6), '1 min');
    assert.equal(readableDuration(null), '');
  });
});
