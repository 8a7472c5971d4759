/**
 * Drives the built course in headless Chromium against the benchmark LMS (bench/lms-server.ts):
 * `timedLoad` measures the first screens under CPU and network throttling; `runJourney` walks the
 * whole course as a learner would, counting learner actions, LMS calls and foreign requests.
 *
 * Functions evaluated in the page are plain JavaScript strings on purpose: tsx-compiled functions
 * can carry helpers (`__name`) that do not exist in the page (see tools/screenshots/driver.js).
 */
import { readFileSync } from 'node:fs';
import puppeteer, {
  PredefinedNetworkConditions,
  type Browser,
  type Frame,
  type NetworkConditions,
  type Page,
} from 'puppeteer-core';
import type { LmsCounts, Standard } from './lms-server.js';

export const CPU_THROTTLE = 4;
export const NETWORK_PROFILE = 'Slow 4G';
export const NETWORK: NetworkConditions = PredefinedNetworkConditions[NETWORK_PROFILE];

/**
 * A learner's pace for the journey: a pause after every action longer than the course's 1 s commit
 * debounce (src/app/lms-reporter.ts) once the driver's own settling (≥120 ms) is added.
 */
export const LEARNER_PACE_MS = 1000;

export async function launchBrowser(): Promise<Browser> {
  // tools/chromium.js is plain JavaScript without typings; load it by URL and name its one export.
  const { chromiumPath } = (await import(new URL('../tools/chromium.js', import.meta.url).href)) as {
    chromiumPath: () => string;
  };
  return puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
}

/**
 * Runs in every frame from its first script; acts only in the course frame (`/sco/`). It polls on
 * animation frames (so times have one-frame resolution, ~16 ms) for the enabled Start button,
 * clicks it at once, then polls for the lesson page's h1. Times are the frame's performance.now(),
 * whose origin is the course frame's own navigation start: the LMS page's load is excluded.
 */
const PROBE = `(() => {
  if (!location.pathname.startsWith('/sco/')) return;
  const marks = (window.__bench = {});
  const all = (selector, root = document) => {
    const found = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...all(selector, el.shadowRoot));
    return found;
  };
  const tick = () => {
    if (marks.welcome === undefined) {
      const start = all('button').find((b) => /^\\s*Start the course\\s*$/.test(b.textContent || '') && !b.disabled && b.offsetParent !== null);
      if (start) {
        marks.welcome = performance.now();
        const js = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/course.js'));
        marks.scriptArrived = js ? js.responseEnd : -1;
        marks.requestsAtWelcome = 1 + performance.getEntriesByType('resource').filter((e) => e.startTime <= marks.welcome).length;
        start.click();
      }
    } else {
      const h1 = all('pir-lesson-page').map((p) => p.shadowRoot && p.shadowRoot.querySelector('h1'))[0];
      if (h1 && (h1.textContent || '').trim()) {
        marks.lesson = performance.now();
        marks.requests = 1 + performance.getEntriesByType('resource').filter((e) => e.startTime <= marks.lesson).length;
        marks.resources = performance.getEntriesByType('resource').map((e) => e.name);
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export interface LoadTiming {
  /** Course frame navigation start → Start button present and enabled, ms. */
  welcome: number;
  /** Course frame navigation start → lesson 1 page 1 heading shown (Start pressed at once), ms. */
  lesson: number;
  /** Course frame navigation start → course.js fully received (network), ms. */
  scriptArrived: number;
  /** Requests made by the course frame (its document included) until the lesson is shown. */
  requests: number;
  /** Requests made by the course frame (its document included) until the welcome is interactive. */
  requestsAtWelcome: number;
  resources: string[];
}

async function courseFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sco', { timeout: 60_000 });
  for (let i = 0; i < 600; i++) {
    const frame = await handle?.contentFrame();
    if (frame && frame.url().includes('/sco/')) return frame;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the course frame did not load');
}

/** One cold load in a fresh browser context (empty cache), throttled. */
export async function timedLoad(browser: Browser, origin: string, standard: Standard): Promise<LoadTiming> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 360, height: 640 });
    await page.setCacheEnabled(false);
    await page.emulateCPUThrottling(CPU_THROTTLE);
    await page.emulateNetworkConditions(NETWORK);
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`${origin}/lms/${standard}.html`, { waitUntil: 'load', timeout: 60_000 });
    const frame = await courseFrame(page);
    await frame.waitForFunction('window.__bench && window.__bench.lesson !== undefined', {
      timeout: 60_000,
      polling: 100,
    });
    return (await frame.evaluate('window.__bench')) as LoadTiming;
  } finally {
    await context.close();
  }
}

export interface JourneyResult {
  learnerActions: number;
  /** Learner actions by kind, for the report. */
  actions: Record<string, number>;
  lms: LmsCounts;
  /** URLs requested that left 127.0.0.1 (data: and blob: URLs are not requests off the machine). */
  foreign: string[];
  pageErrors: string[];
  screens: string[];
  /** JSHeapUsedSize after a forced GC (CDP), bytes: page and course frame share one heap. */
  heapAtWelcome: number;
  heapAfterJourney: number;
  /** SetValue calls made after each learner action, in order (meaningful at a learner's pace). */
  setPerAction: number[];
}

/** The median of a list of counts (the SetValue-per-action budget, issue 15 §3). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length ? (sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2) : 0;
}

/**
 * The full journey, unthrottled: Start, every lesson page (every question answered correctly,
 * every reflection written, Next), the assessment (all correct), the record of completion, then
 * Exit → Save and exit. A learner action is one click on a button the learner would press, one
 * question submitted (choosing its options is not counted, so Commits per action is not
 * flattered) or one reflection box filled in.
 */
export async function runJourney(
  browser: Browser,
  origin: string,
  standard: Standard,
  /** Real pause after every learner action: 0 for the driver's brisk pace, or longer than the course's commit debounce (1 s) for a learner's pace. */
  pauseMs = 0,
): Promise<JourneyResult> {
  const context = await browser.createBrowserContext();
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const screens: string[] = [];
  const actions: Record<string, number> = { click: 0, submit: 0, reflection: 0 };
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).hostname !== '127.0.0.1') foreign.push(url);
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(`${origin}/lms/${standard}.html`, { waitUntil: 'load' });
    const frame = await courseFrame(page);
    await frame.waitForSelector('pierce/pir-welcome', { timeout: 30_000 });
    await frame.addScriptTag({ content: readFileSync('tools/screenshots/driver.js', 'utf8') });
    const run = <T>(expression: string): Promise<T> => frame.evaluate(expression) as Promise<T>;
    const screen = async () => {
      const name = await run<string>('window.__pir.screen()');
      if (screens.at(-1) !== name) screens.push(name);
      return name;
    };
    const setPerAction: number[] = [];
    let counted = { set: 0, commit: 0 };
    const lmsCounts = async () => (await page.evaluate('window.__lms')) as LmsCounts;
    /**
     * After each learner action: the pause, then the SetValue calls it caused. At a learner's pace
     * it waits (up to 1.5 s more) for the action's debounced Commit, so its calls are not counted
     * against the next action; actions that change nothing simply time out.
     */
    const pause = async () => {
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      let now = await lmsCounts();
      for (let waited = 0; pauseMs && now.commit === counted.commit && waited < 1500; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
        now = await lmsCounts();
      }
      setPerAction.push(now.set - counted.set);
      counted = now;
    };
    const click = async (pattern: string) => {
      await run(`window.__pir.click(${JSON.stringify(pattern)})`);
      actions['click']++;
      await pause();
    };
    /** Answers the unanswered questions on screen one by one (correctly); returns how many. */
    const answerAll = async () => {
      let answered = 0;
      for (let guard = 0; guard < 50; guard++) {
        const type = await run<string | null>(
          `(() => { const el = window.__pir.all('pir-question').find((e) => e.shadowRoot.querySelector('button[type=submit]')); return el ? window.__pir.answer(el, true).then(() => el.question.type) : null; })()`,
        );
        if (!type) break;
        answered++;
        actions['submit']++;
        await pause();
        if ((await run<string>('window.__pir.screen()')) === 'results') break;
      }
      return answered;
    };

    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    };
    const heapAtWelcome = await heap();

    await screen();
    await click('^Start the course$');
    for (let guard = 0; guard < 200 && (await screen()) === 'lesson-page'; guard++) {
      await answerAll();
      const boxes = await run<number>(`window.__pir.all('textarea').length`);
      if (boxes) {
        await run(`window.__pir.reflect('I will ask both parents what they have noticed about the baby.')`);
        actions['reflection'] += boxes;
        await run('window.__pir.settle(120)');
        await pause();
        // One pause for every box filled in: the others cost no SetValue (reflections stay on the device).
        for (let extra = 1; extra < boxes; extra++) setPerAction.push(0);
      }
      actions['click'] += await run<number>('window.__pir.playCases()');
      await click('^(Next|Go to the assessment)');
    }
    if ((await screen()) !== 'assessment-intro')
      throw new Error(`expected the assessment intro, got ${screens.at(-1)}`);
    await click('^Start the assessment$');
    for (let i = 0; i < 100 && (await screen()) === 'assessment-question'; i++) {
      if (!(await answerAll())) throw new Error('an assessment question could not be answered');
    }
    if ((await screen()) !== 'results') throw new Error(`expected results, got ${screens.at(-1)}`);
    await click('^View your record of completion$');
    await screen();
    await click('^Exit$');
    await click('^Save and exit$');
    await run('window.__pir.settle(300)');
    await screen();
    const lms = (await page.evaluate('window.__lms')) as LmsCounts;
    const heapAfterJourney = await heap();
    const learnerActions = Object.values(actions).reduce((a, b) => a + b, 0);
    // The Terminate's own SetValues (exit, session time) belong to the last action.
    setPerAction[setPerAction.length - 1] += lms.set - counted.set;
    return {
      learnerActions,
      actions,
      lms,
      foreign,
      pageErrors,
      screens,
      heapAtWelcome,
      heapAfterJourney,
      setPerAction,
    };
  } finally {
    await context.close();
  }
}
