import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { isCaseFinished, longestCasePath, walkCase } from '../../content/case-path.js';
import type { CaseBlock } from '../../content/course-schema.js';
import { deepActive, describeActive, nextEvent, settle, tabTo } from '../test-helpers.js';
import { fixtureCase } from './fixture-case.js';
import type { PirCase } from './pir-case.js';
import './pir-case.js';

/** Mounts the case with a stand-in for the shell: it keeps the path, as the course machine will. */
async function mount(path: string[] = [], block: CaseBlock = fixtureCase): Promise<PirCase> {
  const el = await fixture<PirCase>(html`<pir-case .block=${block} .path=${path}></pir-case>`);
  el.addEventListener('pir-case-choose', (e) => {
    el.path = [...el.path, e.choiceId];
  });
  el.addEventListener('pir-case-replay', () => {
    el.path = [];
  });
  return el;
}

const root = (el: PirCase) => el.shadowRoot as ShadowRoot;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every complete path through the fixture case (lists of choice ids from the start). */
function allPaths(block: CaseBlock): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const { current } = walkCase(block, path);
    if (!current.choices) out.push(path);
    else for (const c of current.choices) walk([...path, c.id]);
  };
  walk([]);
  return out;
}

/** Selects a choice with the mouse, presses Choose and Continue. */
async function chooseWithMouse(el: PirCase, choiceId: string) {
  root(el).querySelector<HTMLInputElement>(`input[value="${choiceId}"]`)!.click();
  await settle(1);
  root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settle();
  root(el).querySelector<HTMLButtonElement>('.outcome + .button-group button')!.click();
  await settle();
}

describe('pir-case', () => {
  it('starts at the start node with the summary, one decision and no transcript', async () => {
    const el = await mount();
    expect(text(root(el).querySelector('h2'))).to.equal('Jo and baby Sam, the first weeks');
    expect(text(root(el).querySelector('.summary'))).to.include('three short visits');
    expect(text(root(el).querySelector('.node-title'))).to.equal('Decision 1 10 days — the new birth visit');
    expect(text(root(el).querySelector('.speaker'))).to.equal('Speaking: Jo');
    expect(root(el).querySelector('.transcript')).to.not.exist;
    expect(
      [...root(el).querySelectorAll('input[type=radio]')].map((r) => (r as HTMLInputElement).value),
    ).to.deep.equal(['ask', 'advise', 'reassure']);
    expect(text(root(el).querySelector('legend'))).to.equal('What do you say or do?');
    await expect(el).to.be.accessible();
  });

  it('is played with the keyboard alone: choose, read what happened, continue, focus on the next node', async () => {
    const el = await mount();
    await tabTo((e) => e instanceof HTMLInputElement && e.type === 'radio', 'the first option');
    // Arrow keys move along a native radio group and select.
    await sendKeys({ press: 'ArrowDown' });
    await settle(1);
    expect((deepActive() as HTMLInputElement).value).to.equal('advise');
    await tabTo((e) => e.tagName === 'BUTTON' && text(e) === 'Choose', 'Choose');
    await sendKeys({ press: 'Enter' });
    await settle();
    // The outcome appears below the locked options, and focus moves to it.
    expect(deepActive()?.classList.contains('outcome-title'), describeActive()).to.be.true;
    expect(text(root(el).querySelector('.outcome'))).to.include('Jo takes the leaflet and goes quiet.');
    expect(text(root(el).querySelector('.outcome .tag'))).to.equal('Poor choice');
    expect(root(el).querySelector('fieldset')?.disabled).to.be.true;
    await expect(el).to.be.accessible();

    const chose = nextEvent(el, 'pir-case-choose');
    await tabTo((e) => e.tagName === 'BUTTON' && text(e) === 'Continue', 'Continue');
    await sendKeys({ press: 'Enter' });
    const event = await chose;
    expect([event.caseId, event.choiceId]).to.deep.equal(['case_visit', 'advise']);
    await settle();
    expect(el.path).to.deep.equal(['advise']);
    expect(text(deepActive())).to.equal('Decision 2 Later in the same visit');
    // The step just taken is now in the transcript, with its quality in words.
    const step = root(el).querySelector('.transcript li');
    expect(text(step)).to.include('You chose: Give Jo a leaflet on colic.');
    expect(text(step)).to.include('Poor choice');
    expect(text(step)).to.include('Advice before listening');
  });

  it('asks for a selection when Choose is pressed with none, and keeps focus in the group', async () => {
    const el = await mount();
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    const error = root(el).querySelector('.error-message');
    expect(text(error)).to.equal('Error: Select one option, then choose it.');
    expect(root(el).querySelector('fieldset')?.getAttribute('aria-describedby')).to.equal(error?.id);
    expect((deepActive() as HTMLInputElement).type).to.equal('radio');
    await expect(el).to.be.accessible();
  });

  for (const path of allPaths(fixtureCase)) {
    it(`plays the path ${path.join(' → ')} to its debrief, accessible at every node`, async () => {
      const el = await mount();
      for (const [i, choiceId] of path.entries()) {
        expect(root(el).querySelectorAll('.transcript li')).to.have.length(i);
        await expect(el).to.be.accessible();
        await chooseWithMouse(el, choiceId);
        expect(el.path).to.deep.equal(path.slice(0, i + 1));
      }
      const walk = walkCase(fixtureCase, path);
      expect(isCaseFinished(fixtureCase, path)).to.be.true;
      expect(text(root(el).querySelector('.node-title'))).to.equal(`End of the case ${walk.current.title}`);
      expect(text(root(el).querySelector('.debrief .prose'))).to.equal(
        walk.current.debriefHtml!.replace(/<[^>]+>/g, '').trim(),
      );
      // The debrief compares each decision with the best one.
      const items = [...root(el).querySelectorAll('.compare li')].map(text);
      expect(items).to.have.length(path.length);
      walk.steps.forEach(({ node, choice }, i) => {
        expect(items[i]).to.include(`${node.title}: you chose “${choice.text}”`);
        const best = node.choices!.find((c) => c.quality === 'best')!;
        if (choice.quality === 'best')
          expect(items[i]).to.include('Best choice').and.not.include('The best choice:');
        else expect(items[i]).to.include(`The best choice: “${best.text}”`);
      });
      await expect(el).to.be.accessible();
    });
  }

  it('replays from the debrief: the path is cleared and focus goes to the first node', async () => {
    const el = await mount(['ask', 'notice']);
    const replay = nextEvent(el, 'pir-case-replay');
    await tabTo((e) => e.tagName === 'BUTTON' && text(e) === 'Replay the case', 'Replay the case');
    await sendKeys({ press: 'Enter' });
    expect((await replay).caseId).to.equal('case_visit');
    await settle();
    expect(el.path).to.deep.equal([]);
    expect(text(deepActive())).to.equal('Decision 1 10 days — the new birth visit');
    expect(root(el).querySelector('.transcript')).to.not.exist;
  });

  it('resumes mid-case from a saved path, and ignores what a changed case no longer has', async () => {
    const el = await mount(['advise', 'return']);
    expect(text(root(el).querySelector('.node-title'))).to.equal('Decision 3 6 weeks — the follow-up');
    expect(root(el).querySelectorAll('.transcript li')).to.have.length(2);
    // First display does not steal focus from the page.
    expect(root(el).activeElement === null, describeActive()).to.be.true;
    const stale = await mount(['ask', 'gone', 'notice']);
    expect(text(stale.shadowRoot?.querySelector('.node-title'))).to.equal(
      'Decision 2 6 weeks — the follow-up',
    );
    expect(walkCase(fixtureCase, ['ask', 'gone']).used).to.equal(1);
    expect(isCaseFinished(fixtureCase, ['ask', 'gone'])).to.be.false;
  });

  it('shows the definition of a glossary term in the narrative, in place', async () => {
    const withTerm: CaseBlock = {
      ...fixtureCase,
      nodes: fixtureCase.nodes.map((n, i) =>
        i
          ? n
          : {
              ...n,
              html: '<p>Jo and Sam have moments of <a class="pir-term" href="#glossary-repair" data-term="repair">repair</a>.</p>',
            },
      ),
    };
    const el = await fixture<PirCase>(
      html`<pir-case
        .block=${withTerm}
        .glossary=${[{ id: 'repair', term: 'Repair', definition: 'Getting back in tune after a mismatch.' }]}
      ></pir-case>`,
    );
    const link = root(el).querySelector<HTMLAnchorElement>('a.pir-term')!;
    await tabTo((e) => e === link, 'the term');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(text(root(el).querySelector('.term-definition'))).to.equal(
      'Definition of Repair: Getting back in tune after a mismatch.',
    );
    expect(deepActive()).to.equal(link);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(root(el).querySelector('.term-definition')).to.not.exist;
  });

  it('knows the longest path, for the size of saved progress', () => {
    expect(longestCasePath(fixtureCase)).to.deep.equal(['advise', 'return', 'notice']);
  });
});
