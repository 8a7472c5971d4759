import { expect, fixture, html } from '@open-wc/testing';
import type { Page } from '../../content/course-schema.js';
import { miniCourse } from '../../machine/fixtures/mini-course.js';
import type { PirLessonPage } from './pir-lesson-page.js';
import './pir-lesson-page.js';

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
});
