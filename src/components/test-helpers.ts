/**
 * Test helpers shared by the component and shell tests: reaching into shadow roots, reading the
 * focused element, and answering a rendered question with the mouse or the keyboard. Importing
 * them installs the English interface text (test-strings.ts).
 */
import { sendKeys } from '@web/test-runner-commands';
import type { Question } from '../content/course-schema.js';
import './test-strings.js';

/** Waits for Lit elements to settle (several rounds, as nested elements update in turn). */
export async function settle(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

/** All elements matching `selector` in `root` and every shadow root below it. */
export function deepAll<T extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T[] {
  const found: T[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    found.push(...node.querySelectorAll<T & Element>(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return [...new Set(found)];
}

/**
 * The first element matching the last selector, found by searching for each selector in turn
 * under the previous match, through shadow roots: `deep(app, 'pir-results', 'h1')`.
 */
export function deep<T extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  ...selectors: string[]
): T {
  let current: Element | ShadowRoot | Document = root;
  for (const selector of selectors) {
    const el = deepAll(current, selector)[0];
    if (!el) throw new Error(`No element matches ${selectors.join(' → ')}`);
    current = el;
  }
  return current as T;
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Accessible-ish text of the focused element, for assertions and failure messages. */
export function describeActive(): string {
  const el = deepActive();
  if (!el) return '(nothing)';
  const label = el instanceof HTMLInputElement ? (el.closest('label')?.textContent ?? '') : el.textContent;
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(label ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
}

/** Presses Tab (or Shift+Tab) until the focused element matches, failing after `max` presses. */
export async function tabTo(
  match: (el: Element) => boolean,
  what: string,
  max = 120,
  back = false,
): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const el = deepActive();
    if (el && el !== document.body && match(el)) return el;
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    await settle(1);
  }
  throw new Error(`Could not reach ${what} with the keyboard; focus is on ${describeActive()}`);
}

/** Tabs to a button whose text includes `text` and presses Enter. */
export async function pressButton(text: string | RegExp): Promise<void> {
  const re = typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text;
  await tabTo(
    (el) => el.tagName === 'BUTTON' && re.test((el.textContent ?? '').replace(/\s+/g, ' ')),
    `button ${String(text)}`,
  );
  await sendKeys({ press: 'Enter' });
  await settle();
}

const wrongOption = (ids: string[], correct: string[]) =>
  ids.find((id) => !correct.includes(id)) ?? ids[0] ?? '';

/** Answers a rendered question with clicks and form values (not the keyboard), then submits. */
export async function answerWithMouse(questionEl: HTMLElement, q: Question, correct: boolean): Promise<void> {
  const root = questionEl.shadowRoot;
  if (!root) throw new Error('pir-question has no shadow root');
  const click = (selector: string) => root.querySelector<HTMLElement>(selector)?.click();
  switch (q.type) {
    case 'single': {
      const ids = q.options.map((o) => o.id);
      click(`input[value="${correct ? q.correct : wrongOption(ids, [q.correct])}"]`);
      break;
    }
    case 'multiple': {
      const ids = correct
        ? q.correct
        : [
            wrongOption(
              q.options.map((o) => o.id),
              q.correct,
            ),
          ];
      for (const id of ids) click(`input[value="${id}"]`);
      break;
    }
    case 'truefalse':
      click(`input[value="${String(correct ? q.correct : !q.correct)}"]`);
      break;
    case 'matching':
      for (const [i, item] of q.items.entries()) {
        const select = root.querySelector<HTMLSelectElement>(`select[data-item="${item.id}"]`);
        if (!select) throw new Error(`no select for ${item.id}`);
        const target = correct
          ? q.correct[item.id]
          : q.targets[
              (q.targets.findIndex((t) => t.id === q.correct[item.id]) + 1 + i * 0) % q.targets.length
            ]?.id;
        select.value = target ?? '';
        select.dispatchEvent(new Event('change'));
      }
      break;
    case 'ordering': {
      const want = correct ? q.correct : [...q.correct].reverse();
      for (let pos = 0; pos < want.length; pos++) {
        for (;;) {
          await settle(1);
          const current = [...root.querySelectorAll<HTMLElement>('button[data-dir="-1"]')].map(
            (b) => b.dataset['id'],
          );
          const at = current.indexOf(want[pos]);
          if (at <= pos) break;
          root.querySelector<HTMLElement>(`button[data-dir="-1"][data-id="${want[pos]}"]`)?.click();
        }
      }
      break;
    }
  }
  await settle(1);
  root.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
  await settle();
}

/**
 * Answers the question that has focus nearby using only the keyboard (Tab, Shift+Tab, Space,
 * Enter, arrows), then submits it with Enter on the submit button.
 */
export async function answerWithKeyboard(questionEl: HTMLElement, q: Question): Promise<void> {
  const root = questionEl.shadowRoot;
  if (!root) throw new Error('pir-question has no shadow root');
  const inQuestion = (el: Element) => el.getRootNode() === root;
  switch (q.type) {
    case 'single':
    case 'truefalse': {
      // The options in the order shown (the player shuffles them).
      const values = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => r.value);
      const want = q.type === 'single' ? q.correct : String(q.correct);
      await tabTo(
        (el) => inQuestion(el) && el instanceof HTMLInputElement && el.type === 'radio',
        'the radios',
      );
      // Focus lands on the first radio of the group; Space selects it, arrows move and select.
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < values.indexOf(want); i++) await sendKeys({ press: 'ArrowDown' });
      break;
    }
    case 'multiple':
      // Forwards through the right options in the order shown.
      for (const id of [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
        .map((c) => c.value)
        .filter((v) => q.correct.includes(v))) {
        await tabTo(
          (el) => inQuestion(el) && el instanceof HTMLInputElement && el.value === id,
          `checkbox ${id}`,
        );
        await sendKeys({ press: 'Space' });
      }
      break;
    case 'matching':
      for (const item of q.items) {
        const select = await tabTo(
          (el) => inQuestion(el) && el instanceof HTMLSelectElement && el.dataset['item'] === item.id,
          `select ${item.id}`,
        );
        // Steps down from the empty first choice, in the order shown.
        const steps = [...(select as HTMLSelectElement).options].findIndex(
          (o) => o.value === q.correct[item.id],
        );
        for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowDown' });
        await settle(1);
        if ((select as HTMLSelectElement).value !== q.correct[item.id]) {
          throw new Error(`ArrowDown did not choose ${q.correct[item.id] ?? ''} for ${item.id}`);
        }
      }
      break;
    case 'ordering':
      for (let pos = 0; pos < q.correct.length; pos++) {
        const id = q.correct[pos] ?? '';
        for (;;) {
          await settle(1);
          const order = [...root.querySelectorAll<HTMLElement>('button[data-dir="-1"]')].map(
            (b) => b.dataset['id'],
          );
          if (order.indexOf(id) <= pos) break;
          const focused = deepActive();
          if (!(
            focused instanceof HTMLButtonElement &&
            focused.dataset['id'] === id &&
            focused.dataset['dir'] === '-1'
          )) {
            // The wanted item is below the focus: go forwards; otherwise back.
            const buttons = [...root.querySelectorAll('button')];
            const target = buttons.findIndex((b) => b.dataset['id'] === id && b.dataset['dir'] === '-1');
            const here = focused instanceof HTMLButtonElement ? buttons.indexOf(focused) : -1;
            await tabTo(
              (el) =>
                el instanceof HTMLButtonElement && el.dataset['id'] === id && el.dataset['dir'] === '-1',
              `Move up for ${id}`,
              40,
              here > target,
            );
          }
          await sendKeys({ press: 'Enter' });
        }
      }
      break;
  }
  await settle(1);
  await tabTo(
    (el) => inQuestion(el) && el instanceof HTMLButtonElement && el.type === 'submit',
    'the submit button',
  );
  await sendKeys({ press: 'Enter' });
  await settle();
}

/** The next event of a typed name on `el` (typed through HTMLElementEventMap, unlike oneEvent). */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  el: HTMLElement,
  name: K,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => el.addEventListener(name, (e) => resolve(e), { once: true }));
}
