/**
 * Helpers for the shell's whole-course tests (course-app.test.ts): mount the app on an actor, wait
 * for it to settle, and walk lessons, cases and the assessment with the mouse. Test-only.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import { createActor } from 'xstate';
import { walkCase } from '../content/case-path.js';
import type { CaseBlock, Course, Question } from '../content/course-schema.js';
import { courseMachine } from '../machine/course-machine.js';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import type { Progress } from '../machine/progress.js';
import { screenOf } from '../machine/selectors.js';
import type { LmsStatusUpdate } from '../lms/lms-adapter.js';
import {
  answerWithMouse,
  deep,
  deepActive,
  deepAll,
  describeActive,
  tabTo,
} from '../components/test-helpers.js';
import type { CourseActor, PirCourseApp } from './course-app.js';
import './course-app.js';
import './later-screens.js';

export interface Mounted {
  app: PirCourseApp;
  actor: CourseActor;
  /** Stands in for the LMS adapter's saving status. */
  lms: ReturnType<typeof statusStore>;
}

export function statusStore(current: LmsStatusUpdate) {
  const listeners = new Set<(u: LmsStatusUpdate) => void>();
  return {
    set(update: LmsStatusUpdate) {
      current = update;
      for (const l of listeners) l(update);
    },
    subscribe(listener: (u: LmsStatusUpdate) => void) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Waits until no element in the app has an update pending, after every queued microtask (focus
 * moves run after an update) has run: a condition, not a number of turns.
 */
export async function settled(root: Element = document.body): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const pending = [root, ...deepAll(root, '*')].filter(
      (el): el is ReactiveElement => (el as Partial<ReactiveElement>).isUpdatePending === true,
    );
    if (!pending.length) return;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
  throw new Error('The interface kept updating');
}

export async function mount(course: Course = miniCourse, progress?: Progress, notice = ''): Promise<Mounted> {
  const actor = createActor(courseMachine, {
    input: { course, learner: { id: 'L1', name: 'Doe, Jane' }, ...(progress ? { progress } : {}) },
  });
  actor.start();
  const lms = statusStore({ status: 'saved' });
  const app = await fixture<PirCourseApp>(
    html`<pir-course-app
      .actor=${actor}
      .lms=${lms}
      .previousSeconds=${600}
      .startedAt=${Date.now() - 120_000}
      .notice=${notice}
    ></pir-course-app>`,
  );
  await settled();
  return { app, actor, lms };
}

export const screen = (m: Mounted) => screenOf(m.actor.getSnapshot());

export function currentAssessmentQuestion(m: Mounted, course: Course): Question {
  const attempt = m.actor.getSnapshot().context.progress.attempt;
  const id = attempt?.questionIds[attempt.answers.length];
  const q = course.questions.find((x) => x.id === id);
  if (!q) throw new Error('no current assessment question');
  return q;
}

export async function clickButton(m: Mounted, text: string | RegExp): Promise<void> {
  const re = typeof text === 'string' ? new RegExp(text) : text;
  const button = deepAll<HTMLButtonElement>(m.app, 'button').find((b) =>
    re.test((b.textContent ?? '').replace(/\s+/g, ' ')),
  );
  if (!button) throw new Error(`No button ${String(text)}`);
  button.click();
  await settled();
}

/** Answers every check on the current page (right unless told otherwise). */
export async function answerPage(m: Mounted, correct = true, check?: () => Promise<void>): Promise<void> {
  for (const el of deepAll(m.app, 'pir-question')) {
    const q = (el as HTMLElement & { question: Question }).question;
    if (check) await check();
    await answerWithMouse(el, q, correct);
    if (check) await check();
  }
}

/**
 * Walks every lesson page with the mouse, checking accessibility on every state if asked. Cases are
 * played along their best paths; when checking, first along their last choices (other nodes, other
 * ends) and then again after "Replay the case".
 */
export async function walkLessons(m: Mounted, check?: () => Promise<void>): Promise<void> {
  let guard = 0;
  while (screen(m) === 'page' && guard++ < 500) {
    if (check) await check();
    await answerPage(m, guard % 2 === 0, check);
    if (check && deepAll(m.app, 'pir-case').length) {
      await playCasesWithMouse(m, 'last', check);
      await clickButton(m, /^\s*Replay the case\s*$/);
      await check();
    }
    await playCasesWithMouse(m, 'best', check);
    await clickButton(m, /^\s*(Next|Go to the assessment)/);
  }
}

export async function takeAssessment(
  m: Mounted,
  course: Course,
  correct: boolean,
  check?: () => Promise<void>,
) {
  let guard = 0;
  while (screen(m) === 'assessmentQuestion' && guard++ < 100) {
    const q = currentAssessmentQuestion(m, course);
    const el = deep(m.app, 'pir-question');
    if (check) await check();
    await answerWithMouse(el, q, correct);
  }
}

/** Fails the test with `message` unless `condition` holds (chai's expect is for the test files). */
function must(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

type PirCaseElement = HTMLElement & { block: CaseBlock; path: readonly string[] };

/** The choice a walk takes at a node: the best one, or (to see more nodes) the last one offered. */
export type CasePick = 'best' | 'last';

function pickChoice(el: PirCaseElement, pick: CasePick): { id: string; index: number } | undefined {
  const choices = walkCase(el.block, el.path).current.choices;
  if (!choices) return undefined;
  const index = pick === 'best' ? choices.findIndex((c) => c.quality === 'best') : choices.length - 1;
  return { id: choices[index].id, index };
}

/** Plays every case on the page to its debrief with the mouse, checking every step if asked. */
export async function playCasesWithMouse(m: Mounted, pick: CasePick, check?: () => Promise<void>) {
  for (const el of deepAll<PirCaseElement>(m.app, 'pir-case')) {
    for (let guard = 0; guard < 20; guard++) {
      const choice = pickChoice(el, pick);
      if (!choice) break;
      deep<HTMLInputElement>(el, `input[type=radio][value="${choice.id}"]`).click();
      await clickButton(m, /^\s*Choose\s*$/);
      if (check) await check();
      await clickButton(m, /^\s*Continue\s*$/);
    }
    must(deepAll(el, '.debrief').length === 1, 'the case ends at its debrief');
    if (check) await check();
  }
}

/** Plays every case on the page along its best path with the keyboard only (Tab, arrows, Enter). */
export async function playCasesWithKeyboard(m: Mounted): Promise<void> {
  for (const el of deepAll<PirCaseElement>(m.app, 'pir-case')) {
    for (let guard = 0; guard < 20; guard++) {
      const choice = pickChoice(el, 'best');
      if (!choice) break;
      const radio = await tabTo(
        (e) => e instanceof HTMLInputElement && e.type === 'radio',
        'the case options',
      );
      // Arrow keys move along a native radio group and select.
      for (let i = 0; i < choice.index; i++) await sendKeys({ press: 'ArrowDown' });
      // Tabbing into a group with nothing selected focuses the first option without selecting it.
      await sendKeys({ press: 'Space' });
      await settled();
      must(
        (deepActive() as HTMLInputElement).value === choice.id,
        `${radio.id}: the best choice ${choice.id}`,
      );
      await tabTo((e) => e.tagName === 'BUTTON' && e.textContent?.trim() === 'Choose', 'Choose');
      await sendKeys({ press: 'Enter' });
      await settled();
      await tabTo((e) => e.tagName === 'BUTTON' && e.textContent?.trim() === 'Continue', 'Continue');
      const before = el.path.length;
      await sendKeys({ press: 'Enter' });
      await settled();
      must(el.path.length === before + 1, 'the choice is kept in progress');
      must(deepActive()?.tagName === 'H3', `focus on the next node's heading, not ${describeActive()}`);
    }
  }
}
