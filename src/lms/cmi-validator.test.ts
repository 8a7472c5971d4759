import { expect } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { CmiValidator } from './cmi-validator.js';
import { CMI_RULES } from './cmi-rules.js';

/** A validator that already has interaction 0 (with a type) and objective 0. */
function primed(version: '1.2' | '2004', type = 'choice'): CmiValidator {
  const v = new CmiValidator(CMI_RULES[version]);
  expect(v.check('cmi.interactions.0.id', 'q1')).to.equal(undefined);
  expect(v.check('cmi.interactions.0.type', type)).to.equal(undefined);
  expect(v.check('cmi.objectives.0.id', 'o1')).to.equal(undefined);
  return v;
}

describe('CmiValidator', () => {
  describe('rejects what scorm-again lets through (scorm.md §6.5)', () => {
    const cases12: Array<[string, string]> = [
      ['cmi.suspend_data', 'x'.repeat(4097)],
      ['cmi.core.session_time', '0:05:00'],
      ['cmi.interactions.1.id', 'q 1'],
      ['cmi.objectives.1.id', 'o 1'],
      ['cmi.interactions.0.result', 'incorrect'],
      ['cmi.core.exit', 'normal'],
      ['cmi.core.score.raw', '1e-7'],
      ['cmi.core.score.raw', '101'],
      ['cmi.core.lesson_status', 'not attempted'],
    ];
    for (const [element, value] of cases12) {
      it(`1.2 ${element} = ${value.slice(0, 20)}`, () => {
        expect(primed('1.2').check(element, value)).to.be.a('string');
      });
    }

    const cases2004: Array<[string, string]> = [
      ['cmi.interactions.1.id', 'q 1'],
      ['cmi.interactions.0.learner_response', 'opt-a'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'a[,]a'],
      ['cmi.interactions.0.timestamp', '2026-01-02T03:04:05.123Z'],
      ['cmi.interactions.0.timestamp', '2026-01-02T03:04:05Z'],
      ['cmi.session_time', 'PT3.5M'],
      ['cmi.session_time', 'PT65.123S'],
      ['cmi.session_time', 'PT'],
      ['cmi.score.raw', '123456.5'],
      ['cmi.score.scaled', '1e-7'],
      ['cmi.score.scaled', '1.5'],
      ['cmi.interactions.0.description', 'x'.repeat(251)],
      ['cmi.interactions.0.result', 'wrong'],
      ['adl.nav.request', 'exit all'],
      ['cmi.suspend_data', 'x'.repeat(64001)],
    ];
    for (const [element, value] of cases2004) {
      it(`2004 ${element} = ${value.slice(0, 26)}`, () => {
        expect(primed('2004').check(element, value)).to.be.a('string');
      });
    }
  });

  it('scorm-again really accepts values our validator rejects (why we need our own)', () => {
    const api12 = new Scorm12API({ logLevel: 5, autocommit: false, mastery_override: false });
    api12.lmsInitialize();
    expect(api12.lmsSetValue('cmi.core.session_time', '0:05:00')).to.equal('true');
    expect(new CmiValidator(CMI_RULES['1.2']).check('cmi.core.session_time', '0:05:00')).to.be.a('string');
    const api2004 = new Scorm2004API({ logLevel: 5, autocommit: false });
    api2004.lmsInitialize();
    expect(api2004.lmsSetValue('cmi.interactions.0.id', 'q 1')).to.equal('true');
    expect(new CmiValidator(CMI_RULES['2004']).check('cmi.interactions.0.id', 'q 1')).to.be.a('string');
  });

  it('enforces order: id first, type before patterns, the next free index, unique ids', () => {
    const v = new CmiValidator(CMI_RULES['2004']);
    expect(v.check('cmi.objectives.0.score.scaled', '0.5')).to.match(/before the id/);
    expect(v.check('cmi.interactions.0.result', 'correct')).to.match(/before the id/);
    expect(v.check('cmi.interactions.0.id', 'q1')).to.equal(undefined);
    expect(v.check('cmi.interactions.0.learner_response', 'a')).to.match(/before the interaction type/);
    expect(v.check('cmi.interactions.2.id', 'q2')).to.match(/skips index 1/);
    expect(v.check('cmi.interactions.1.id', 'q1')).to.match(/repeats the id/);
    expect(v.check('cmi.interactions.0.id', 'q9')).to.match(/changes the id/);
    const v12 = new CmiValidator(CMI_RULES['1.2']);
    expect(v12.check('cmi.interactions.0.result', 'correct')).to.match(/before the id/);
  });

  it('learns collection counts and ids from reads on a resume', () => {
    const v = new CmiValidator(CMI_RULES['2004']);
    v.observeGet('cmi.interactions._count', '3');
    v.observeGet('cmi.interactions.0.id', 'q1');
    expect(v.check('cmi.interactions.3.id', 'q4')).to.equal(undefined);
    expect(v.check('cmi.interactions.4.id', 'q1')).to.match(/repeats/);
  });

  it('wants the score before a passed/failed status', () => {
    expect(new CmiValidator(CMI_RULES['1.2']).check('cmi.core.lesson_status', 'passed')).to.match(
      /before the score/,
    );
    expect(new CmiValidator(CMI_RULES['1.2']).check('cmi.core.lesson_status', 'incomplete')).to.equal(
      undefined,
    );
    const v = new CmiValidator(CMI_RULES['2004']);
    expect(v.check('cmi.success_status', 'failed')).to.match(/before the score/);
    expect(v.check('cmi.score.scaled', '0.33')).to.equal(undefined);
    expect(v.check('cmi.success_status', 'failed')).to.equal(undefined);
  });

  it('checks 1.2 patterns by interaction type', () => {
    expect(primed('1.2', 'true-false').check('cmi.interactions.0.student_response', 'maybe')).to.be.a(
      'string',
    );
    expect(primed('1.2', 'true-false').check('cmi.interactions.0.student_response', 't')).to.equal(undefined);
    expect(primed('1.2', 'choice').check('cmi.interactions.0.student_response', 'a,c')).to.equal(undefined);
    expect(primed('1.2', 'choice').check('cmi.interactions.0.student_response', 'opt_a')).to.be.a('string');
    expect(
      primed('1.2', 'matching').check('cmi.interactions.0.correct_responses.0.pattern', 'a.b,b.a'),
    ).to.equal(undefined);
    expect(primed('1.2', 'matching').check('cmi.interactions.0.correct_responses.0.pattern', 'a-b')).to.be.a(
      'string',
    );
    expect(primed('1.2', 'sequencing').check('cmi.interactions.0.student_response', 'c,a,b')).to.equal(
      undefined,
    );
  });

  it('accepts the formats the course sends', () => {
    const v = primed('2004', 'matching');
    for (const [element, value] of [
      ['cmi.interactions.0.learner_response', 'yawn[.]dis[,]smile[.]eng'],
      ['cmi.interactions.0.timestamp', '2026-01-02T03:04:05.12Z'],
      ['cmi.interactions.0.latency', 'PT1M5.12S'],
      ['cmi.session_time', 'PT0S'],
      ['cmi.score.scaled', '0.67'],
      ['cmi.progress_measure', '1'],
      ['cmi.exit', 'suspend'],
      ['adl.nav.request', 'suspendAll'],
      ['cmi.suspend_data', 'x'.repeat(64000)],
    ] as const) {
      expect(v.check(element, value), element).to.equal(undefined);
    }
    const v12 = primed('1.2');
    expect(v12.check('cmi.core.session_time', '0001:02:03.45')).to.equal(undefined);
    expect(v12.check('cmi.suspend_data', 'x'.repeat(4096))).to.equal(undefined);
    expect(v12.check('cmi.core.exit', '')).to.equal(undefined);
    expect(v12.check('cmi.core.score.raw', '66.67')).to.equal(undefined);
  });

  it('rejects elements the course has no business setting', () => {
    expect(new CmiValidator(CMI_RULES['1.2']).check('cmi.core.student_id', 'x')).to.match(/not an element/);
    expect(new CmiValidator(CMI_RULES['2004']).check('cmi.core.lesson_status', 'passed')).to.match(
      /not an element/,
    );
  });
});
