import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Course } from '../../src/content/course-schema.js';
import {
  durationBreakdown,
  durationFormula,
  estimateDuration,
  longestCasePath,
  teachingShareLine,
  type CaseBlockShape,
} from './duration.js';

/** `n` distinct words, so counts are easy to read off. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
const p = (n: number) => `<p>${words(n)}</p>`;

type Blocks = Course['lessons'][number]['pages'][number]['blocks'];
/** A course with one page holding `blocks` (any shape, including blocks the schema adds later). */
function course(blocks: unknown[], drawSize = 2, welcomeWords = 10, pageTitle = 'One') {
  return {
    welcomeHtml: p(welcomeWords),
    assessment: { passMark: 80, maxAttempts: 3, drawSize, bank: ['a'] },
    lessons: [
      {
        id: 'l1',
        title: 'Lesson',
        summary: 'Summary.',
        outcomes: ['lo1'],
        pages: [{ id: 'p1', title: pageTitle, blocks: blocks as Blocks }],
      },
    ],
  } satisfies Pick<Course, 'welcomeHtml' | 'lessons' | 'assessment'>;
}

/**
 * start ─ long ─▶ middle ─ on ─▶ end_long   (2 decisions, many words)
 *       └ short ─────────────────▶ end_short (1 decision, few words)
 */
const twoPaths: CaseBlockShape = {
  type: 'case',
  id: 'case_a',
  title: 'Case title', // 2 words
  summary: 'One plain sentence.', // 3 words
  start: 'start',
  nodes: [
    {
      id: 'start',
      title: 'Start', // 1
      html: p(20),
      choices: [
        {
          id: 'long',
          text: 'Ask an open question', // 4
          responseHtml: p(30),
          quality: 'best',
          feedbackHtml: p(10),
          next: 'middle',
        },
        {
          id: 'short',
          text: 'Move on', // 2
          responseHtml: p(5),
          quality: 'poor',
          feedbackHtml: p(5),
          next: 'end_short',
        },
      ],
    },
    {
      id: 'middle',
      title: 'Middle', // 1
      html: p(40),
      choices: [
        {
          id: 'on',
          text: 'Carry on', // 2
          responseHtml: p(10),
          quality: 'best',
          feedbackHtml: p(10),
          next: 'end_long',
        },
        {
          id: 'back',
          text: 'Go back', // 2
          responseHtml: p(1),
          quality: 'acceptable',
          feedbackHtml: p(1),
          next: 'start', // a cycle with a way out: never followed twice
        },
      ],
    },
    { id: 'end_long', title: 'End long', html: p(25), debriefHtml: p(15) }, // 2 + 25 + 15
    { id: 'end_short', title: 'End short', html: p(3), debriefHtml: p(3) }, // 2 + 3 + 3
  ],
};

describe('duration: cases are counted along their longest path', () => {
  it('takes the longer of two paths, with its words and decisions', () => {
    const path = longestCasePath(twoPaths);
    assert.deepEqual(path.choices, ['long', 'on']);
    // opening 5 + start 21 + choice 44 + middle 41 + choice 22 + end 42
    assert.equal(path.words, 5 + 21 + 44 + 41 + 22 + 42);
    assert.equal(path.decisions, 2);
    assert.equal(path.minutes, 175 / 200 + 2 * 0.5);
  });

  it('weighs decisions too: more decisions can outlast more words', () => {
    const wordy: CaseBlockShape = {
      ...twoPaths,
      nodes: twoPaths.nodes.map((n) => (n.id === 'end_short' ? { ...n, debriefHtml: p(120) } : n)),
    };
    // short path: 5 + 21 + 12 + 2 + 3 + 120 = 163 words, 1 decision = 1.315 min;
    // long path: 175 words, 2 decisions = 1.875 min; the long one still wins.
    assert.deepEqual(longestCasePath(wordy).choices, ['long', 'on']);
    const veryWordy: CaseBlockShape = {
      ...twoPaths,
      nodes: twoPaths.nodes.map((n) => (n.id === 'end_short' ? { ...n, debriefHtml: p(250) } : n)),
    };
    // short path: 293 words + 1 decision = 1.965 min > 1.875 min.
    const path = longestCasePath(veryWordy);
    assert.deepEqual(path.choices, ['short']);
    assert.equal(path.decisions, 1);
  });

  it('adds the case to the course estimate with its decisions, but not the shorter branch', () => {
    const d = durationBreakdown(course([twoPaths], 0, 0, 'Page'));
    assert.equal(d.cases, 1);
    assert.equal(d.caseWords, 175);
    assert.equal(d.decisions, 2);
    assert.equal(d.proseWords, 1); // the page title
    assert.equal(d.minutes, Math.round((176 / 200 + 1) * 10) / 10);
    assert.equal(d.teachingShare, 1);
  });
});

describe('duration: the formula', () => {
  it('reads prose at 200 wpm and adds figures, checks, drawn questions, scenarios and reflections', () => {
    const blocks = [
      { type: 'text', html: p(189) }, // + page title 1 = 190, + welcome 10 = 200 words
      { type: 'callout', kind: 'info', title: 'Two words', html: p(98) }, // 100
      { type: 'reveal', title: 'Reveal title', html: p(48) }, // 50
      {
        type: 'figure',
        src: 'assets/x.svg',
        alt: 'Not counted at all',
        caption: 'Four words of caption',
        longDescHtml: p(46),
        svg: '<svg></svg>',
      }, // 50
      { type: 'figure', src: 'assets/y.svg', alt: 'Simple', svg: '<svg></svg>' },
      { type: 'scenario', title: 'Scenario', html: p(99), questionIds: ['q1', 'q2'] }, // 100
      { type: 'check', questionId: 'q3' },
      { type: 'reflection', id: 'r1', prompt: 'What would you do?' },
    ];
    const d = durationBreakdown(course(blocks, 4));
    assert.equal(d.proseWords, 500);
    assert.equal(d.figures, 2);
    assert.equal(d.checks, 3);
    assert.equal(d.drawn, 4);
    assert.equal(d.scenarios, 1);
    assert.equal(d.reflections, 1);
    // 500/200 = 2.5, figures 1, questions 3.5, scenario 1, reflection 1 = 9 minutes
    assert.equal(d.minutes, 9);
    assert.equal(d.teachingMinutes, 5.5);
    assert.equal(d.teachingShare, 5.5 / 9);
    assert.equal(
      durationFormula(d),
      '500 prose words / 200 wpm + 2 figures × 0.5 min + 0 case decisions × 0.5 min + (3 checks + 4 assessment questions) × 0.5 min + 1 scenarios × 1 min + 1 reflections × 1 min = 2.5 + 1 + 0 + 3.5 + 1 + 1 = 9 min',
    );
    assert.equal(
      teachingShareLine(d),
      'Teaching share: 61% (5.5 of 9 min; the other 3.5 min are checks and assessment questions)',
    );
  });

  it('names the case words in the formula and stores the total words in the course', () => {
    const estimate = estimateDuration(course([{ type: 'text', html: p(9) }, twoPaths], 2));
    assert.equal(estimate.words, 10 + 1 + 9 + 175);
    assert.match(
      estimate.formula,
      /^\(20 prose words \+ 175 words on the longest path of 1 case\) \/ 200 wpm \+ 0 figures/,
    );
    assert.match(estimate.formula, /\+ 2 case decisions × 0.5 min \+/);
    assert.equal(estimate.minutes, Math.round((195 / 200 + 1 + 1) * 10) / 10);
  });
});
