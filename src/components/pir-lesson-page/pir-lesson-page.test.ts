import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Page } from '../../content/course-schema.js';
import { miniCourse } from '../../machine/fixtures/mini-course.js';
import { fixtureCase } from '../pir-case/fixture-case.js';
import { fixtureFigure } from '../pir-figure/fixture-figure.js';
import { PirCaseChooseEvent } from '../../events/pir-case-choose-event.js';
import { deepActive, describeActive, nextEvent, settle, tabTo } from '../test-helpers.js';
import type { PirLessonPage } from './pir-lesson-page.js';
import './pir-lesson-page.js';
import '../pir-case/pir-case.js';
import '../pir-figure/pir-figure.js';
import '../pir-reveal/pir-reveal.js';
import '../pir-reflection/pir-reflection.js';

const pages = miniCourse.lessons.flatMap((l) => l.pages);
const mount = (page: Page | undefined, extra: Partial<PirLessonPage> = {}) =>
  fixture<PirLessonPage>(
    html`<pir-lesson-page
      .page=${page}
      lesson-title="Lesson one"
      .lessonNumber=${1}
      .lessonCount=${2}
      .questions=${miniCourse.questions}
      .references=${miniCourse.references}
      .reflections=${extra.reflections ?? {}}
      .answered=${extra.answered ?? []}
      .glossary=${miniCourse.glossary}
      .casePaths=${extra.casePaths ?? {}}
    ></pir-lesson-page>`,
  );

describe('pir-lesson-page', () => {
  for (const page of pages) {
    it(`page "${page.id}" renders every block and is accessible`, async () => {
      const el = await mount(page);
      const root = el.shadowRoot as ShadowRoot;
      expect(root.querySelector('h1')?.textContent).to.include(page.title);
      expect(root.querySelector('h1')?.textContent).to.include('Lesson 1 of 2: Lesson one');
      for (const block of page.blocks) {
        const selector = {
          text: '.prose',
          image: 'img',
          callout: `.callout--${block.type === 'callout' ? block.kind : ''}`,
          scenario: '.scenario pir-question',
          reflection: 'pir-reflection',
          check: '.check pir-question',
          figure: 'pir-figure',
          reveal: 'pir-reveal',
          case: 'pir-case',
        }[block.type];
        expect(root.querySelector(selector), `${block.type} block`).to.exist;
      }
      await expect(el).to.be.accessible();
    });
  }

  it('gives images their alt text, and decorative images an empty alt', async () => {
    const page: Page = {
      id: 'p',
      title: 'Images',
      blocks: [
        {
          type: 'image',
          src: 'assets/a.svg',
          alt: 'A baby looking at a parent',
          decorative: false,
          caption: 'Mutual gaze',
        },
        { type: 'image', src: 'assets/b.svg', alt: '', decorative: true },
      ],
    };
    const el = await mount(page);
    const imgs = [...(el.shadowRoot?.querySelectorAll('img') ?? [])];
    expect(imgs.map((i) => i.getAttribute('alt'))).to.deep.equal(['A baby looking at a parent', '']);
    expect(el.shadowRoot?.querySelector('figcaption')?.textContent).to.equal('Mutual gaze');
  });

  it('labels a safety callout so it stands out to screen readers too', async () => {
    const el = await mount(pages[1]);
    const heading = el.shadowRoot?.querySelector('.callout--safety h2');
    expect(heading?.textContent?.replace(/\s+/g, ' ')).to.include('Safety: Movements');
  });

  it('passes reflections and answered checks down', async () => {
    const el = await mount(pages[3], { reflections: { r_next: 'My note' } });
    expect(el.shadowRoot?.querySelector('pir-reflection')?.text).to.equal('My note');
    const answered = await mount(pages[1], { answered: ['k_single'] });
    const qs = [...(answered.shadowRoot?.querySelectorAll('pir-question') ?? [])];
    expect(qs.map((q) => q.previouslyAnswered)).to.deep.equal([true, false]);
  });

  const term = (wording: string, id = 'bonding') =>
    `<a class="pir-term" href="#glossary-${id}" data-term="${id}">${wording}</a>`;
  const teaching: Page = {
    id: 'p_teach',
    title: 'Teaching blocks',
    blocks: [
      {
        type: 'text',
        html: `<p>Early ${term('bonding')} grows with time; see also ${term('repair', 'repair')}.</p>`,
      },
      fixtureFigure,
      { type: 'reveal', title: 'How to read it', html: '<p>Worked example.</p>' },
      fixtureCase,
    ],
  };

  it('renders figures, reveals and cases, passing each case its path', async () => {
    const el = await mount(teaching, { casePaths: { case_visit: ['ask'] } });
    const root = el.shadowRoot as ShadowRoot;
    expect(root.querySelector('pir-figure')?.block).to.equal(fixtureFigure);
    expect(root.querySelector('pir-reveal')?.block?.title).to.equal('How to read it');
    expect(root.querySelector('pir-case')?.path).to.deep.equal(['ask']);
    await expect(el).to.be.accessible();
    // The case's events leave the page for the shell.
    const chose = nextEvent(el, 'pir-case-choose');
    root.querySelector('pir-case')?.dispatchEvent(new PirCaseChooseEvent('case_visit', 'notice'));
    expect((await chose).choiceId).to.equal('notice');
  });

  it('shows a glossary term’s definition in place: toggle, Space, Escape, focus stays', async () => {
    const el = await mount(teaching);
    const root = el.shadowRoot as ShadowRoot;
    const link = root.querySelector<HTMLAnchorElement>('a.pir-term[data-term=bonding]')!;
    expect(link.getAttribute('role')).to.equal('button');
    expect(link.getAttribute('aria-expanded')).to.equal('false');
    // A term with no glossary entry stays a plain link.
    expect(root.querySelector('a.pir-term[data-term=repair]')?.hasAttribute('role')).to.be.false;

    await tabTo((e) => e === link, 'the term');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(link.getAttribute('aria-expanded')).to.equal('true');
    const definition = root.getElementById(link.getAttribute('aria-controls')!);
    expect(definition?.previousSibling).to.equal(link);
    expect(definition?.textContent).to.equal('Definition of Bonding: The parent’s feelings for the baby.');
    expect(deepActive(), describeActive()).to.equal(link);
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await settle();
    expect(link.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector('.term-definition')).to.not.exist;
    expect(deepActive()).to.equal(link);

    await sendKeys({ press: 'Space' });
    await settle();
    expect(root.querySelectorAll('.term-definition')).to.have.length(1);
    link.click();
    await settle();
    expect(root.querySelector('.term-definition')).to.not.exist;
  });
});
