import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, nextEvent, tabTo } from '../test-helpers.js';
import type { PirChoiceGroup } from './pir-choice-group.js';
import './pir-choice-group.js';

const options = [
  { value: 'a', label: 'Attachment' },
  { value: 'b', label: 'Bonding' },
  { value: 'c', label: 'Both' },
];

describe('pir-choice-group', () => {
  it('is a native radio group inside the fieldset that names it, operated with the keyboard', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <legend>Which is bonding?</legend>
          <pir-choice-group name="q1" .options=${options}></pir-choice-group>
        </fieldset>
      </form>`,
    );
    const group = form.querySelector('pir-choice-group') as PirChoiceGroup;
    await group.updateComplete;
    const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.id)).to.deep.equal(['q1-first', 'q1-b', 'q1-c']);
    expect(radios.map((r) => r.closest('label')?.textContent?.trim())).to.deep.equal([
      'Attachment',
      'Bonding',
      'Both',
    ]);
    await expect(form).to.be.accessible();
    // Native change from the group (not from the input), with the value already updated.
    const changes: string[][] = [];
    form.addEventListener('change', (e) => changes.push([...(e.target as PirChoiceGroup).value]));
    await tabTo((el) => el === radios[0], 'the first radio');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(changes).to.deep.equal([['a'], ['b']]);
    expect(deepActive()).to.equal(radios[1]);
    expect(new FormData(form).get('q1')).to.equal('b');
  });

  it('as checkboxes reports every ticked value in the order of the options', async () => {
    const group = await fixture<PirChoiceGroup>(
      html`<pir-choice-group type="checkbox" name="q2" .options=${options}></pir-choice-group>`,
    );
    const event = nextEvent(group, 'change');
    group.querySelector<HTMLInputElement>('input[value=c]')?.click();
    await event;
    group.querySelector<HTMLInputElement>('input[value=a]')?.click();
    expect(group.value).to.deep.equal(['a', 'c']);
  });

  it('is disabled by a disabled fieldset and marks the chosen option in words', async () => {
    const fieldset = await fixture<HTMLFieldSetElement>(
      html`<fieldset disabled>
        <legend>Q</legend>
        <pir-choice-group name="q3" .options=${options} .value=${['b']} mark-chosen></pir-choice-group>
      </fieldset>`,
    );
    await (fieldset.querySelector('pir-choice-group') as PirChoiceGroup).updateComplete;
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.every((i) => i.matches(':disabled'))).to.be.true;
    expect(inputs.map((i) => i.checked)).to.deep.equal([false, true, false]);
    const marked = [...fieldset.querySelectorAll('.your-answer')].map((t) => t.closest('label')?.textContent);
    expect(marked).to.have.length(1);
    expect(marked[0]).to.include('Bonding');
  });
});
