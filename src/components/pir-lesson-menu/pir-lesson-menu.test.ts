import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../test-helpers.js';
import type { PirLessonMenu, PirMenuLesson } from './pir-lesson-menu.js';
import './pir-lesson-menu.js';

const lessons: PirMenuLesson[] = [
  { title: 'One', status: 'completed', target: 0, pages: [{ title: 'A', available: true, visited: true }] },
  {
    title: 'Two',
    status: 'inProgress',
    target: 1,
    pages: [
      { title: 'B', available: true, visited: true },
      { title: 'C', available: true, visited: false },
      { title: 'D', available: false, visited: false },
    ],
  },
  {
    title: 'Three',
    status: 'notStarted',
    target: undefined,
    pages: [{ title: 'E', available: false, visited: false }],
  },
];

describe('pir-lesson-menu', () => {
  it('lists lessons with status tags, the current lesson’s pages, and is accessible', async () => {
    const el = await fixture<PirLessonMenu>(
      html`<pir-lesson-menu
        .lessons=${lessons}
        .current=${{ screen: 'page', lesson: 1, page: 0 }}
        assessment-label="Cannot start yet"
      ></pir-lesson-menu>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    expect([...root.querySelectorAll('ol > .task .tag')].map((t) => t.textContent)).to.deep.equal([
      'Completed',
      'In progress',
      'Not started',
    ]);
    expect(root.querySelector('[aria-current=step]')?.textContent).to.include('2. Two');
    expect(root.querySelector('[aria-current=page]')?.textContent).to.equal('B');
    // A lesson that cannot be opened yet is text, not a control.
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.includes('Three'))).to.be.false;
    await expect(el).to.be.accessible();
    const event = nextEvent(el, 'pir-navigate');
    [...root.querySelectorAll<HTMLButtonElement>('.pages button')]
      .find((b) => b.textContent?.includes('C'))
      ?.click();
    expect((await event).destination).to.deep.equal({ to: 'page', lesson: 1, page: 1 });
  });

  it('links to the assessment and the record', async () => {
    const el = await fixture<PirLessonMenu>(
      html`<pir-lesson-menu .lessons=${lessons} completed></pir-lesson-menu>`,
    );
    const buttons = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('.section button') ?? [])];
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal([
      'Final assessment',
      'Record of completion',
    ]);
    const event = nextEvent(el, 'pir-navigate');
    buttons[0]?.click();
    expect((await event).destination).to.deep.equal({ to: 'assessment' });
  });

  it('shows "Cannot start yet" as a status tag, not as something that looks like a disabled button', async () => {
    const el = await fixture<PirLessonMenu>(
      html`<pir-lesson-menu
        .lessons=${lessons}
        assessment-label="Cannot start yet"
        assessment-tone="grey"
      ></pir-lesson-menu>`,
    );
    const tag = el.shadowRoot?.querySelector('.section .tag') as HTMLElement;
    expect(tag.textContent).to.equal('Cannot start yet');
    expect(tag.closest('button'), 'not inside a control').to.equal(null);
    expect(tag.tabIndex).to.equal(-1);
    const style = getComputedStyle(tag);
    // No outline of a box and no bold label: a tinted label, as GOV.UK Frontend 5 draws tags.
    expect(style.borderTopStyle).to.equal('none');
    expect(style.fontWeight).to.equal('400');
    expect(style.cursor).to.equal('auto');
    expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});
