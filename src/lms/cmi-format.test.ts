import { expect } from '@open-wc/testing';
import { miniQuestions } from '../machine/fixtures/mini-course.js';
import {
  decimal,
  description,
  score,
  duration2004,
  parseSeconds,
  responsePattern,
  time12,
  timespan12,
  timestamp2004,
} from './cmi-format.js';

const q = (id: string) => miniQuestions.find((x) => x.id === id)!;

describe('cmi-format', () => {
  it('writes decimals without exponents or float noise', () => {
    expect(decimal(1e-7)).to.equal('0');
    expect(decimal((2 / 3) * 100)).to.equal('66.67');
    expect(decimal(0.1 + 0.2)).to.equal('0.3');
    expect(decimal(100)).to.equal('100');
    expect(decimal(-0.001)).to.equal('0');
  });

  it('truncates scores to 2 decimals, so they never round up over a pass mark', () => {
    expect(score(2 / 3)).to.equal('0.66');
    expect(score(2 / 3, 100)).to.equal('66.66');
    expect(score(0.57)).to.equal('0.57');
    expect(score(0.57, 100)).to.equal('57');
    expect(score(0.29, 100)).to.equal('29');
    expect(score(1)).to.equal('1');
    expect(score(0)).to.equal('0');
  });

  it('writes 1.2 timespans with 2–4 hour digits, capped', () => {
    expect(timespan12(0)).to.equal('00:00:00.00');
    expect(timespan12(3_903_250)).to.equal('01:05:03.25');
    expect(timespan12(150 * 3_600_000)).to.equal('150:00:00.00');
    expect(timespan12(20_000 * 3_600_000)).to.equal('9999:59:59.99');
  });

  it('writes 2004 durations with integer H/M and ≤2 decimal seconds', () => {
    expect(duration2004(0)).to.equal('PT0S');
    expect(duration2004(65_123)).to.equal('PT1M5.12S');
    expect(duration2004(3_600_000)).to.equal('PT1H');
    expect(duration2004(3_903_250)).to.equal('PT1H5M3.25S');
  });

  it('writes 2004 timestamps with 2 decimals and a zone after the fraction', () => {
    expect(timestamp2004(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).to.equal('2026-01-02T03:04:05.67Z');
    expect(time12(new Date(2026, 0, 2, 3, 4, 5).getTime())).to.equal('03:04:05');
  });

  it('reads earlier time in either format', () => {
    expect(parseSeconds('0001:02:03.50')).to.equal(3723.5);
    expect(parseSeconds('PT1H2M3.5S')).to.equal(3723.5);
    expect(parseSeconds('PT0S')).to.equal(0);
    expect(parseSeconds('')).to.equal(0);
    expect(parseSeconds('nonsense')).to.equal(0);
  });

  it('keeps descriptions plain and within 250 characters', () => {
    expect(description('  Which\n is   bonding? ')).to.equal('Which is bonding?');
    expect(description('x'.repeat(300))).to.have.length(250);
    expect(description('{lang=fr} not a tag')).to.equal('(lang=fr} not a tag');
  });

  it('maps responses to each version’s exact patterns', () => {
    const ordering = q('a_ordering');
    expect(responsePattern('1.2', ordering, { type: 'ordering', order: ['one', 'two', 'three'] })).to.equal(
      'b,a,c',
    );
    expect(responsePattern('2004', ordering, { type: 'ordering', order: ['one', 'two', 'three'] })).to.equal(
      'one[,]two[,]three',
    );
    const matching = q('a_matching');
    expect(
      responsePattern('1.2', matching, { type: 'matching', pairs: { smile: 'eng', yawn: 'dis' } }),
    ).to.equal('a.a,b.b');
    expect(
      responsePattern('2004', matching, { type: 'matching', pairs: { smile: 'eng', yawn: 'dis' } }),
    ).to.equal('yawn[.]dis[,]smile[.]eng');
    expect(responsePattern('1.2', q('a_multiple'), { type: 'multiple', optionIds: ['c', 'a'] })).to.equal(
      'c,a',
    );
    expect(responsePattern('1.2', q('a_truefalse'), { type: 'truefalse', value: false })).to.equal('f');
    expect(responsePattern('2004', q('a_truefalse'), { type: 'truefalse', value: true })).to.equal('true');
  });
});
