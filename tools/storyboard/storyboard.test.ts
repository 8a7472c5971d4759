import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Course } from '../../src/content/course-schema.js';
import { chromiumPath } from '../chromium.js';
import { reviewBuiltCourse } from '../content/build-content.js';
import { reviewCourse } from '../content/course-checks.js';
import { estimateDuration, isCase, type CaseBlockShape } from '../content/duration.js';
import { printPdf, storyboardHtml } from './build-storyboard.js';
import { contentFingerprint, renderStoryboard } from './storyboard.js';

const tag = (id: string) => `<span class="id">${id}</span>`;
/** The markup of the element that starts with `id="<anchor>"`, up to its closing `</section>`. */
function section(html: string, anchor: string): string {
  const start = html.indexOf(`id="${anchor}"`);
  assert.ok(start >= 0, `no element with id="${anchor}"`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** Asserts that every id of `course` is shown, each where it belongs. */
function assertEveryId(html: string, course: Course) {
  const missing: string[] = [];
  const need = (where: string, id: string, label: string) => {
    if (!where.includes(tag(id))) missing.push(label);
  };
  need(html, course.id, `course ${course.id}`);
  for (const o of course.outcomes) need(section(html, 'outcomes'), o.id, `outcome ${o.id}`);
  for (const lesson of course.lessons) {
    need(html, lesson.id, `lesson ${lesson.id}`);
    for (const page of lesson.pages) {
      need(section(html, `page-${page.id}`), page.id, `page ${page.id}`);
      for (const block of page.blocks) {
        if (block.type === 'reflection') need(html, block.id, `reflection ${block.id}`);
        const c: { type: string } = block;
        if (isCase(c)) {
          need(html, c.id, `case ${c.id}`);
          for (const node of c.nodes) {
            const nodeHtml = section(html, `case-${c.id}-${node.id}`);
            need(nodeHtml, node.id, `node ${c.id}.${node.id}`);
            for (const choice of node.choices ?? [])
              need(nodeHtml, choice.id, `choice ${c.id}.${node.id}.${choice.id}`);
          }
        }
      }
    }
  }
  for (const q of course.questions) {
    const qHtml = section(html, `question-${q.id}`);
    need(qHtml, q.id, `question ${q.id}`);
    const parts =
      q.type === 'single' || q.type === 'multiple'
        ? q.options
        : q.type === 'matching'
          ? [...q.items, ...q.targets]
          : q.type === 'ordering'
            ? q.items
            : [];
    for (const part of parts) need(qHtml, part.id, `option ${q.id}.${part.id}`);
    for (const r of q.references) need(qHtml, r, `reference ${r} of ${q.id}`);
  }
  for (const r of course.references) need(section(html, 'references'), r.id, `reference ${r.id}`);
  for (const g of course.glossary as Array<{ term: string; id?: string }>) {
    const id =
      g.id ??
      g.term
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '');
    need(section(html, 'glossary'), id, `glossary ${g.term}`);
  }
  assert.deepEqual(missing, [], `missing from the storyboard: ${missing.join(', ')}`);
}

describe('storyboard of the real course', () => {
  const { html } = storyboardHtml('module', '30 November 2026');
  const { course, review } = reviewBuiltCourse('module');

  it('shows every id in the course: outcomes, lessons, pages, questions, options, cases, nodes, choices, references, glossary', () => {
    assertEveryId(html, course);
  });

  it('carries the version, the duration with its formula, the item-writing results and a sign-off box', () => {
    assert.ok(html.includes(`<tr><th>Content version</th><td>${course.version}</td></tr>`));
    assert.ok(html.includes(`<strong>${review.duration.minutes} minutes</strong> = `));
    assert.match(html, /prose words[^<]*\/ 200 wpm/);
    assert.match(html, /Key is the longest option<\/th><td>assessment bank: \d+ of \d+ single-choice items/);
    assert.ok(html.includes(`<h3>Warnings (${review.warnings.length})</h3>`));
    const signOff = section(html, 'sign-off');
    for (const field of ['Name', 'Role and registration', 'Signature', 'Date', 'Decision']) {
      assert.ok(signOff.includes(`<th>${field}</th>`), field);
    }
    assert.ok(signOff.includes(contentFingerprint(course)));
  });

  it('shows each item-writing finding on its question, as the check:content run classes it', () => {
    for (const f of review.itemWriting.findings) {
      const id = f.item?.replace(/^question /, '') ?? '';
      if (!course.questions.some((q) => q.id === id)) continue;
      const label = f.severity;
      assert.ok(
        section(html, `question-${id}`).includes(`<strong>Item writing ${label}:</strong>`),
        `${id}: ${f.reason}`,
      );
    }
    for (const id of review.itemWriting.bank.ids) {
      assert.ok(section(html, `question-${id}`).includes('The key is strictly the longest option'), id);
    }
  });

  it('marks the key of every question', () => {
    for (const q of course.questions) {
      const qHtml = section(html, `question-${q.id}`);
      if (q.type === 'single')
        assert.ok(
          qHtml.includes(
            `<li class="key"><span class="mark">✓ <span class="visually-hidden">correct</span></span> ${tag(q.correct)}`,
          ),
          q.id,
        );
      if (q.type === 'truefalse')
        assert.ok(qHtml.includes(`Answer: <strong>${q.correct ? 'True' : 'False'}</strong>`), q.id);
    }
  });
});

const p = (text: string) => `<p>${text}</p>`;
const caseBlock: CaseBlockShape = {
  type: 'case',
  id: 'case_amara',
  title: 'Amara & Tomasz',
  summary: 'From 28 weeks to <12> months.',
  start: 'n28',
  nodes: [
    {
      id: 'n28',
      title: '28 weeks',
      speaker: 'Amara',
      html: p('Amara says the baby <em>kicks</em> at night.'),
      choices: [
        {
          id: 'open',
          text: 'Ask what she imagines',
          responseHtml: p('She smiles.'),
          quality: 'best',
          feedbackHtml: p('Opens it up.'),
          next: 'nbv',
        },
        {
          id: 'leaflet',
          text: 'Give a "leaflet"',
          responseHtml: p('She puts it away.'),
          quality: 'poor',
          feedbackHtml: p('Closes it down.'),
          next: 'end_hard',
        },
      ],
    },
    {
      id: 'nbv',
      title: 'New birth visit',
      html: p('The baby turns away.'),
      choices: [
        {
          id: 'pause',
          text: 'Suggest a pause',
          responseHtml: p('He settles.'),
          quality: 'best',
          feedbackHtml: p('Reads the cue.'),
          next: 'end_good',
        },
        {
          id: 'more',
          text: 'Suggest more play',
          responseHtml: p('He cries.'),
          quality: 'acceptable',
          feedbackHtml: p('Misses the cue.'),
          next: 'end_hard',
        },
      ],
    },
    {
      id: 'end_good',
      title: '12 months — what changed',
      html: p('They play.'),
      debriefHtml: p('Good debrief.'),
    },
    {
      id: 'end_hard',
      title: '12 months — harder',
      html: p('They struggle.'),
      debriefHtml: p('Hard debrief.'),
    },
  ],
};

// The id arrives with the glossary-links schema; typed apart so this compiles before and after.
const glossaryWithIds: Array<{ id: string; term: string; definition: string }> = [
  { id: 'serve_return', term: 'Serve and return', definition: 'Back & forth.' },
];

/** A small course with a case, a figure and a reveal, and plain text that must be escaped. */
function fixture(): Course {
  const blocks = [
    { type: 'text', html: p('Intro.') },
    caseBlock,
    {
      type: 'figure',
      src: 'assets/serve.svg',
      alt: 'Serve & return <loop>',
      caption: 'Serve "and" return',
      longDescHtml: p('The baby serves; the adult returns.'),
      svg: '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="var(--pir-color-brand)"/></svg>',
    },
    { type: 'reveal', title: '“We’re getting there” <how to read it>', html: p('Ambiguous: ask more.') },
    { type: 'check', questionId: 'k1' },
  ];
  const draft = {
    id: 'mini',
    title: 'Mini <course>',
    description: 'A course.',
    version: '2.0.0',
    language: 'en-GB',
    keywords: ['k'],
    audience: 'Testers.',
    welcomeHtml: p('Welcome.'),
    outcomes: [{ id: 'lo1', text: 'Outcome & more.' }],
    assessment: { passMark: 80, maxAttempts: 3, drawSize: 1, bank: ['a1'] },
    lessons: [
      {
        id: 'l1',
        title: 'Lesson',
        summary: 'Summary.',
        outcomes: ['lo1'],
        pages: [
          { id: 'p1', title: 'Page', blocks: blocks as Course['lessons'][number]['pages'][number]['blocks'] },
        ],
      },
    ],
    questions: [
      {
        id: 'k1',
        type: 'truefalse' as const,
        prompt: 'Is <script>alert(1)</script> shown as text?',
        outcomes: ['lo1'],
        correct: true,
        feedback: { correct: 'Yes & right.', incorrect: 'No.' },
        rationale: p('Escaped.'),
        references: ['ref'],
      },
      {
        id: 'a1',
        type: 'single' as const,
        prompt: 'Which?',
        outcomes: ['lo1'],
        options: [
          { id: 'a', text: 'Option "A" <b>' },
          { id: 'b', text: 'Option B', feedback: 'Not <this>.' },
        ],
        correct: 'a',
        feedback: { correct: 'Right.', incorrect: 'Wrong.' },
        rationale: p('Because.'),
        references: ['ref'],
      },
    ],
    references: [{ id: 'ref', citation: 'Author (2020). Title <1>.', url: 'https://example.org/?a=1&b=2' }],
    glossary: glossaryWithIds as Course['glossary'],
  };
  return { ...draft, duration: estimateDuration(draft) };
}

describe('storyboard of cases, figures and reveals', () => {
  const course = fixture();
  const html = renderStoryboard({ course, review: reviewCourse(course), generatedOn: '1 December 2026' });

  it('shows every id, including each case node and choice', () => {
    assertEveryId(html, course);
  });

  it('shows every branch: each choice with its quality, what happens, feedback and where it leads, and each debrief', () => {
    const start = section(html, 'case-case_amara-n28');
    assert.ok(start.includes('<p class="speaker">Speaking: Amara</p>'));
    assert.ok(
      start.includes(
        '<span class="quality best">Best</span> <span class="id">open</span> “Ask what she imagines”',
      ),
    );
    assert.ok(
      start.includes(
        '<span class="quality poor">Poor</span> <span class="id">leaflet</span> “Give a &quot;leaflet&quot;”',
      ),
    );
    assert.ok(start.includes('<p class="label">What happens</p><p>She puts it away.</p>'));
    assert.ok(start.includes('<p class="label">Feedback</p><p>Closes it down.</p>'));
    assert.ok(start.includes('Leads to: <a href="#case-case_amara-end_hard">12 months — harder</a>'));
    assert.ok(
      section(html, 'case-case_amara-end_hard').includes('<p class="label">Debrief</p><p>Hard debrief.</p>'),
    );
    assert.ok(
      section(html, 'case-case_amara-end_hard').includes(
        'Reached from: 28 weeks → “Give a &quot;leaflet&quot;”; New birth visit → “Suggest more play”',
      ),
    );
    // Three routes: open→pause, open→more, leaflet.
    assert.match(html, /3 routes through it/);
    assert.ok(
      html.includes(
        'Best <span class="id">open</span> → Acceptable <span class="id">more</span> → ends at 12 months — harder',
      ),
    );
  });

  it('inlines each figure with its alt text and long description, and shows reveals open', () => {
    assert.ok(
      html.includes(
        '<div class="svg" role="img" aria-label="Serve &amp; return &lt;loop&gt;"><svg viewBox="0 0 10 10">',
      ),
    );
    assert.ok(html.includes('<span class="label">Alt text:</span> Serve &amp; return &lt;loop&gt;'));
    assert.ok(
      html.includes('<p class="label">Long description</p><p>The baby serves; the adult returns.</p>'),
    );
    assert.ok(html.includes('--pir-color-brand:'), 'the tokens the figures draw with are defined');
    assert.ok(
      html.includes('<h4>“We’re getting there” &lt;how to read it&gt;</h4><p>Ambiguous: ask more.</p>'),
    );
  });

  it('escapes every plain string, and keeps the compiled HTML', () => {
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('Is &lt;script&gt;alert(1)&lt;/script&gt; shown as text?'));
    assert.ok(html.includes('Option &quot;A&quot; &lt;b&gt;'));
    assert.ok(html.includes('Feedback: Not &lt;this&gt;.'));
    assert.ok(html.includes('<a href="https://example.org/?a=1&amp;b=2">'));
    assert.ok(html.includes('<title>Mini &lt;course&gt; 2.0.0: storyboard for clinical sign-off</title>'));
    assert.ok(html.includes('<p>The baby turns away.</p>'));
  });
});

describe('storyboard PDF', { skip: !existsSync(chromiumPath()) && 'Chromium is not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyboard-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints on A4 pages', async () => {
    const course = fixture();
    const html = renderStoryboard({ course, review: reviewCourse(course), generatedOn: '1 December 2026' });
    const pages = await printPdf(html, join(dir, 'storyboard.pdf'));
    // Cover, outcomes, checks, welcome, the lesson (two pages with its case), bank, glossary, references, sign-off.
    assert.ok(pages >= 9 && pages <= 12, `${pages} pages`);
  });
});
