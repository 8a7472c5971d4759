import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { nextEvent } from '../test-helpers.js';
import type { PirHeader } from './pir-header.js';
import './pir-header.js';

/** The actions (the narrow-screen Menu button aside). */
const buttons = (el: PirHeader) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button:not(.menu-button)') ?? []),
];
const menuButton = (el: PirHeader) => el.shadowRoot?.querySelector<HTMLButtonElement>('.menu-button');
const shown = (el: Element | null | undefined) => !!el && (el as HTMLElement).offsetParent !== null;

describe('pir-header', () => {
  it('shows the title and version in a banner, with toggles that say which view is open', async () => {
    const el = await fixture<PirHeader>(
      html`<pir-header course-title="Mini course" version="1.0.0" view="glossary"></pir-header>`,
    );
    expect(el.shadowRoot?.querySelector('header')?.textContent).to.match(/Mini course\s*Version 1\.0\.0/);
    expect(buttons(el).map((b) => [b.textContent?.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Glossary', 'true'],
      ['References', 'false'],
      ['Exit', null],
    ]);
    await expect(el).to.be.accessible();
  });

  it('opens a view, closes the open one, and asks to exit', async () => {
    const el = await fixture<PirHeader>(html`<pir-header view="glossary"></pir-header>`);
    const [glossary, references, exit] = buttons(el);
    let nav = nextEvent(el, 'pir-navigate');
    references?.click();
    expect((await nav).destination).to.deep.equal({ to: 'references' });
    nav = nextEvent(el, 'pir-navigate');
    glossary?.click();
    expect((await nav).destination).to.deep.equal({ to: 'course' }, 'pressing the open view closes it');
    const action = nextEvent(el, 'pir-course-action');
    exit?.click();
    expect((await action).action).to.equal('requestExit');
    el.focusExit();
    expect(el.shadowRoot?.activeElement).to.equal(exit);
  });

  describe('on a phone (360 px wide)', () => {
    before(() => setViewport({ width: 360, height: 740 }));
    after(() => setViewport({ width: 1024, height: 768 }));

    it('is one row: the title on one line, the actions behind a Menu disclosure button', async () => {
      const el = await fixture<PirHeader>(
        html`<pir-header course-title="Supporting parent-infant relationships" version="2.0.0"></pir-header>`,
      );
      const header = el.shadowRoot!.querySelector('header')!;
      const menu = menuButton(el)!;
      expect(shown(menu)).to.equal(true);
      expect(menu.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.getAttribute('aria-controls')).to.equal('header-actions');
      expect(buttons(el).some(shown)).to.equal(false, 'the actions are hidden until the menu opens');
      expect(header.getBoundingClientRect().height).to.be.below(56, 'one row');
      const title = el.shadowRoot!.querySelector<HTMLElement>('.course-title')!;
      expect(title.scrollWidth).to.be.above(title.clientWidth, 'the title is cut short with an ellipsis');
      expect(title.textContent).to.contain(
        'Supporting parent-infant relationships',
        'the whole title is still read',
      );
      await expect(el).to.be.accessible();

      menu.click();
      await el.updateComplete;
      expect(menu.getAttribute('aria-expanded')).to.equal('true');
      expect(buttons(el).map((b) => [b.textContent?.trim(), shown(b)])).to.deep.equal([
        ['Glossary', true],
        ['References', true],
        ['Exit', true],
      ]);
      expect(el.shadowRoot!.querySelector('#header-actions')?.textContent).to.contain('Version 2.0.0');
      await expect(el).to.be.accessible();
    });

    it('closes with Escape, giving focus back to the Menu button; Tab reaches every action', async () => {
      const el = await fixture<PirHeader>(
        html`<pir-header course-title="Course" version="1.0.0"></pir-header>`,
      );
      const menu = menuButton(el)!;
      menu.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(menu.getAttribute('aria-expanded')).to.equal('true');
      const tabbed: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        tabbed.push(el.shadowRoot?.activeElement?.textContent?.trim() ?? '');
      }
      expect(tabbed).to.deep.equal(['Glossary', 'References', 'Exit']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(menu.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot?.activeElement).to.equal(menu);
      expect(buttons(el).some(shown)).to.equal(false);
    });

    it('closes after an action, and opens again to put focus back on Exit', async () => {
      const el = await fixture<PirHeader>(
        html`<pir-header course-title="Course" version="1.0.0"></pir-header>`,
      );
      menuButton(el)!.click();
      await el.updateComplete;
      const nav = nextEvent(el, 'pir-navigate');
      buttons(el)[0]?.click();
      expect((await nav).destination).to.deep.equal({ to: 'glossary' });
      await el.updateComplete;
      expect(menuButton(el)!.getAttribute('aria-expanded')).to.equal('false');
      el.focusExit();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Exit');
    });
  });

  it('has no actions once the learner has left', async () => {
    const el = await fixture<PirHeader>(
      html`<pir-header course-title="Mini course" no-actions></pir-header>`,
    );
    expect(buttons(el)).to.have.length(0);
  });
});
