/**
 * A keyboard-only learner for the end-to-end tests: moves with Tab, answers with arrows and Space,
 * presses buttons with Enter, reading the right answers from build/course.json. Elements are
 * found through open shadow roots, never clicked.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { Course, Question } from '../src/content/course-schema.js';
import { startPreview, type PreviewServer } from './preview-server.js';

/** What has keyboard focus inside the course frame. */
/** One test file's preview LMS and Chromium, on the built package, with a data folder of its own. */
export interface PreviewRun {
  preview: PreviewServer;
  browser: Browser;
  course: Course;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts a preview run; `name` prefixes its temporary data folder. Needs `npm run build` first. */
export async function startPreviewRun(name: string): Promise<PreviewRun> {
  if (!existsSync('build/course.json') || !existsSync('build/scorm12/index.html'))
    throw new Error('run npm run build first');
  const { chromiumPath } = (await import(new URL('../tools/chromium.js', import.meta.url).href)) as {
    chromiumPath: () => string;
  };
  const course = JSON.parse(readFileSync('build/course.json', 'utf8')) as Course;
  const dataDir = mkdtempSync(join(tmpdir(), name));
  const preview = await startPreview({ port: 0, contentPort: 0, dataDir });
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  return {
    preview,
    browser,
    course,
    dataDir,
    async close() {
      await browser.close();
      await preview.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Focused {
  tag: string;
  type: string;
  value: string;
  checked: boolean;
  text: string;
  dataId: string;
  dir: string;
  item: string;
  /** Id of the question whose shadow tree holds the element ('' outside questions). */
  qid: string;
  /** Id of the branching case whose shadow tree holds the element ('' outside cases). */
  caseId: string;
}

/** The first branching case on screen not yet at its end: what it waits for, and its best choice. */
export interface CaseOnScreen {
  caseId: string;
  /** Choose an option, or read the outcome of the one chosen and continue. */
  waitsFor: 'choice' | 'continue';
  best: string;
  path: string[];
}

/** Raised when the walk cannot go on; says what it was looking for. */
export class WalkError extends Error {
  override name = 'WalkError' as const;
}

/** Polls `check` until it returns a truthy value (the test runner's timeout bounds the wait). */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  what: string,
  tries = 300,
): Promise<NonNullable<T>> {
  for (let i = 0; i < tries; i += 1) {
    const value = await check();
    if (value) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new WalkError(`gave up waiting for ${what}`);
}

/** Finds the course frame (the package's index.html) once its app has rendered. */
export function courseFrame(page: Page): Promise<Frame> {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      if (!frame.url().includes('/course/')) continue;
      if (await frame.evaluate(() => !!document.querySelector('pir-course-app')).catch(() => false))
        return frame;
    }
    return undefined;
  }, 'the course to render');
}

/** Drives one learner through the course with the keyboard. */
export class KeyboardLearner {
  readonly #questions: Map<string, Question>;
  #frame: Frame;
  answered: string[] = [];

  constructor(
    readonly page: Page,
    frame: Frame,
    questions: readonly Question[],
  ) {
    this.#frame = frame;
    this.#questions = new Map(questions.map((q) => [q.id, q]));
  }

  /** After a reload the course runs in a new frame. */
  set frame(frame: Frame) {
    this.#frame = frame;
  }

  /** The focused element, looking through shadow roots; null while focus is outside the frame. */
  focused(): Promise<Focused | null> {
    return this.#frame.evaluate(() => {
      if (!document.hasFocus()) return null;
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      if (!a || a === document.body) return null;
      let qid = '';
      let caseId = '';
      for (let n: Element | null = a; n;) {
        if (n.tagName === 'PIR-QUESTION') {
          qid = (n as Element & { question?: { id: string } }).question?.id ?? '';
          break;
        }
        if (n.tagName === 'PIR-CASE') {
          caseId = (n as Element & { block?: { id: string } }).block?.id ?? '';
          break;
        }
        const root = n.getRootNode();
        n = n.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
      }
      const input = a as HTMLInputElement;
      const data = (a as HTMLElement).dataset;
      return {
        tag: a.tagName.toLowerCase(),
        type: typeof input.type === 'string' ? input.type : '',
        value: typeof input.value === 'string' ? input.value : '',
        checked: !!input.checked,
        text: (a.textContent ?? '').trim().replace(/\s+/g, ' '),
        dataId: data?.['id'] ?? '',
        dir: data?.['dir'] ?? '',
        item: data?.['item'] ?? '',
        qid,
        caseId,
      };
    });
  }

  /** Presses Tab until the focused element matches. */
  async tabTo(match: (f: Focused) => boolean, what: string, max = 400): Promise<Focused> {
    for (let i = 0; i < max; i += 1) {
      const f = await this.focused();
      if (f && match(f)) return f;
      await this.page.keyboard.press('Tab');
    }
    throw new WalkError(`could not reach ${what} with Tab`);
  }

  /** Tabs to the button with this visible text and presses Enter. */
  async press(text: string | RegExp): Promise<void> {
    const matches = (t: string) => (typeof text === 'string' ? t === text : text.test(t));
    await this.tabTo(
      (f) => (f.tag === 'button' || f.tag === 'a') && matches(f.text),
      `the "${String(text)}" button`,
    );
    await this.page.keyboard.press('Enter');
  }

  /** Ids of questions on screen still waiting for an answer (not ones answered in an earlier session). */
  pendingQuestions(): Promise<string[]> {
    return this.#frame.evaluate(() => {
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const n of root.querySelectorAll('*')) {
          const q = n as Element & { question?: { id: string }; previouslyAnswered?: boolean };
          // A check answered before a reload stays answered: answering again would add an interaction.
          if (
            n.tagName === 'PIR-QUESTION' &&
            q.question &&
            !q.previouslyAnswered &&
            n.shadowRoot?.querySelector('button[type=submit]')
          )
            out.push(q.question.id);
          if (n.shadowRoot) walk(n.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
  }

  /** The paths of the branching cases on screen (the choice ids taken), by case id. */
  casePaths(): Promise<Record<string, string[]>> {
    return this.#frame.evaluate(() => {
      const out: Record<string, string[]> = {};
      const walk = (root: Document | ShadowRoot) => {
        for (const n of root.querySelectorAll('*')) {
          const c = n as Element & { block?: { id: string }; path?: string[] };
          if (n.tagName === 'PIR-CASE' && c.block) out[c.block.id] = [...(c.path ?? [])];
          if (n.shadowRoot) walk(n.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
  }

  /** The first case on screen still short of its end, from its block and path (none: undefined). */
  caseOnScreen(): Promise<CaseOnScreen | undefined> {
    return this.#frame.evaluate(() => {
      type Choice = { id: string; quality: string; next: string };
      type Block = { id: string; start: string; nodes: Array<{ id: string; choices?: Choice[] }> };
      let found: CaseOnScreen | undefined;
      const walk = (root: Document | ShadowRoot) => {
        for (const n of root.querySelectorAll('*')) {
          const c = n as Element & { block?: Block; path?: string[] };
          if (!found && n.tagName === 'PIR-CASE' && c.block) {
            const nodes = new Map(c.block.nodes.map((x) => [x.id, x]));
            let node = nodes.get(c.block.start);
            for (const id of c.path ?? [])
              node = nodes.get(node?.choices?.find((x) => x.id === id)?.next ?? '');
            const best = node?.choices?.find((x) => x.quality === 'best')?.id;
            if (best)
              found = {
                caseId: c.block.id,
                waitsFor: n.shadowRoot?.querySelector('fieldset')?.disabled ? 'continue' : 'choice',
                best,
                path: [...(c.path ?? [])],
              };
          }
          if (n.shadowRoot) walk(n.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
  }

  /**
   * One step of a case with the keyboard: the best option (arrows, then Space if the arrows did
   * not select it) and "Choose", or "Continue" after reading the outcome.
   */
  async playCaseStep(step: CaseOnScreen): Promise<void> {
    const keys = this.page.keyboard;
    if (step.waitsFor === 'continue') {
      await this.press('Continue');
    } else {
      const inCase = (x: Focused) => x.caseId === step.caseId;
      let f = await this.tabTo((x) => inCase(x) && x.type === 'radio', `${step.caseId}'s options`);
      for (let i = 0; i < 10 && f.value !== step.best; i += 1) {
        await keys.press('ArrowDown');
        f = (await this.focused()) ?? f;
      }
      if (!f.checked) await keys.press('Space');
      await this.tabTo(
        (x) => inCase(x) && x.tag === 'button' && x.text === 'Choose',
        `${step.caseId}'s Choose`,
      );
      await keys.press('Enter');
    }
    await this.settle();
  }

  /** Visible text of every button and link, in document order. */
  buttons(): Promise<string[]> {
    return this.#frame.evaluate(() => {
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const n of root.querySelectorAll('button, a[href]'))
          out.push((n.textContent ?? '').trim().replace(/\s+/g, ' '));
        for (const n of root.querySelectorAll('*')) if (n.shadowRoot) walk(n.shadowRoot);
      };
      walk(document);
      return out;
    });
  }

  /**
   * Ids of the elements matching `selector` inside a question, in the order shown (`data-id`, else
   * the input's value): an ordering question's current order, or the shuffled options.
   */
  #shownIds(qid: string, selector: string): Promise<string[]> {
    return this.#frame.evaluate(
      (id, sel) => {
        let found: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const n of root.querySelectorAll('*')) {
            if (
              n.tagName === 'PIR-QUESTION' &&
              (n as Element & { question?: { id: string } }).question?.id === id &&
              n.shadowRoot
            ) {
              found = [...n.shadowRoot.querySelectorAll<HTMLInputElement>(sel)].map(
                (e) => e.dataset['id'] ?? e.value,
              );
            }
            if (n.shadowRoot) walk(n.shadowRoot);
          }
        };
        walk(document);
        return found;
      },
      qid,
      selector,
    );
  }

  /** Answers a question correctly with the keyboard and submits it. */
  async answer(qid: string): Promise<void> {
    const q = this.#questions.get(qid);
    if (!q) throw new WalkError(`question ${qid} is not in build/course.json`);
    const inQ = (f: Focused) => f.qid === qid;
    const keys = this.page.keyboard;
    if (q.type === 'single' || q.type === 'truefalse') {
      const want = q.type === 'single' ? q.correct : String(q.correct);
      let f = await this.tabTo((x) => inQ(x) && x.type === 'radio', `${qid}'s options`);
      // Arrow keys move the selection through a radio group; Space selects the first one.
      for (let i = 0; i < 30 && f.value !== want; i += 1) {
        await keys.press('ArrowDown');
        f = (await this.focused()) ?? f;
      }
      if (!f.checked) await keys.press('Space');
    } else if (q.type === 'multiple') {
      // Forwards through the options in the order shown (the player shuffles them).
      for (const optionId of await this.#shownIds(qid, 'input[type=checkbox]')) {
        const f = await this.tabTo(
          (x) => inQ(x) && x.type === 'checkbox' && x.value === optionId,
          `${qid} option ${optionId}`,
        );
        if (f.checked !== q.correct.includes(optionId)) await keys.press('Space');
      }
    } else if (q.type === 'matching') {
      for (const item of q.items) {
        let f = await this.tabTo(
          (x) => inQ(x) && x.tag === 'select' && x.item === item.id,
          `${qid} item ${item.id}`,
        );
        for (let i = 0; i < 30 && f.value !== q.correct[item.id]; i += 1) {
          await keys.press('ArrowDown');
          f = (await this.focused()) ?? f;
        }
      }
    } else {
      for (const [position, id] of q.correct.entries()) {
        for (
          let i = 0;
          i < 30 && (await this.#shownIds(qid, 'button[data-dir="-1"]')).indexOf(id) > position;
          i += 1
        ) {
          await this.tabTo((x) => inQ(x) && x.dataId === id && x.dir === '-1', `${qid} "Move up" for ${id}`);
          await keys.press('Enter');
        }
      }
    }
    await this.tabTo((x) => inQ(x) && x.type === 'submit', `${qid}'s submit button`);
    await keys.press('Enter');
    this.answered.push(qid);
    await this.settle();
  }

  /** Lets the course render after a key press (one animation frame). */
  settle(): Promise<void> {
    return this.#frame.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  }

  /**
   * Answers what is on screen, plays any unfinished case, else presses the first button of `forward` that exists; stops when
   * `until` holds or there is nothing left to press.
   */
  async walk(
    until: () => Promise<boolean> | boolean,
    forward: readonly RegExp[],
    maxSteps = 400,
  ): Promise<void> {
    for (let step = 0; step < maxSteps; step += 1) {
      if (await until()) return;
      const pending = await this.pendingQuestions();
      if (pending[0]) {
        await this.answer(pending[0]);
        continue;
      }
      // A case on the page is played to its end along its best path: its lesson needs it.
      const step = await this.caseOnScreen();
      if (step) {
        await this.playCaseStep(step);
        continue;
      }
      const buttons = await this.buttons();
      const next = forward.map((re) => buttons.find((b) => re.test(b))).find((b) => b !== undefined);
      if (next === undefined) return;
      await this.press(next);
      await this.settle();
    }
    throw new WalkError(`still walking after ${maxSteps} steps`);
  }
}
