import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FigureBlock } from '../../content/course-schema.js';
import { tokens } from '../../styles/tokens.js';
import { deepActive, settle, tabTo } from '../test-helpers.js';
import { fixtureFigure } from './fixture-figure.js';
import { PirFigure } from './pir-figure.js';

const mount = (block: FigureBlock) => fixture<PirFigure>(html`<pir-figure .block=${block}></pir-figure>`);

describe('pir-figure', () => {
  it('draws the SVG inline as one image named by its alt text, with its caption', async () => {
    const el = await mount(fixtureFigure);
    const root = el.shadowRoot as ShadowRoot;
    const art = root.querySelector('[role=img]');
    expect(art?.getAttribute('aria-label')).to.equal('Baby and adult, with arrows from each to the other');
    expect(art?.querySelector('svg')?.getAttribute('viewBox')).to.equal('0 0 320 120');
    expect(root.querySelector('figure > figcaption')?.textContent).to.equal('Serve and return');
    // Drawn in the text colour: currentColor follows the course's tokens.
    const label = art?.querySelector('text');
    expect(getComputedStyle(label!).fill).to.equal('rgb(33, 43, 50)');
    // It scales to its container rather than keeping a fixed width.
    expect(art?.querySelector('svg')?.getBoundingClientRect().width).to.be.greaterThan(300);
    await expect(el).to.be.accessible();
  });

  it('offers the long description in a native disclosure, opened with the keyboard', async () => {
    const el = await mount(fixtureFigure);
    const details = el.shadowRoot?.querySelector('details');
    expect(details?.open).to.be.false;
    expect(details?.querySelector('summary')?.textContent).to.equal('Description of the figure');
    await tabTo((e) => e.tagName === 'SUMMARY', 'the description');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(details?.open).to.be.true;
    expect(deepActive()?.tagName).to.equal('SUMMARY');
    expect(details?.querySelector('.description')?.textContent).to.include('the adult answers (the return)');
    await expect(el).to.be.accessible();
  });

  it('has no disclosure for a simple figure', async () => {
    const { longDescHtml: _none, caption: _caption, ...simple } = fixtureFigure;
    const el = await mount(simple);
    expect(el.shadowRoot?.querySelector('details')).to.not.exist;
    expect(el.shadowRoot?.querySelector('figcaption')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('maps every course colour to a system colour in forced-colours mode', () => {
    const defined = [...tokens.cssText.matchAll(/(--pir-color-[\w-]+)\s*:/g)].map((m) => m[1]);
    const forced = PirFigure.styles
      .flat()
      .map((s) => ('cssText' in s ? s.cssText : ''))
      .join('\n');
    // The figure's own rule: the one that sets the art's background.
    const block = /\.art \{\s*forced-color-adjust: none;([^}]*)\}/.exec(forced)?.[1] ?? '';
    expect(defined.length).to.be.greaterThan(10);
    for (const token of defined) expect(block, token).to.match(new RegExp(`${token}: (Canvas|CanvasText);`));
  });
});
