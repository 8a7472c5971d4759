import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Course, Question } from '../content/course-schema.js';
import { miniCourse } from '../machine/fixtures/mini-course.js';
import { emptyProgress, type Progress } from '../machine/progress.js';
import {
  answerWithKeyboard,
  answerWithMouse,
  deep,
  deepActive,
  deepAll,
  describeActive,
  pressButton,
  tabTo,
} from '../components/test-helpers.js';
import {
  clickButton,
  currentAssessmentQuestion,
  mount,
  playCasesWithKeyboard,
  screen,
  settled,
  takeAssessment,
  walkLessons,
} from './test-course-app.js';

/**
 * Completes a course with the keyboard only (Tab, Shift+Tab, Space, Enter, arrows and typing),
 * checking that focus lands on each new screen's heading.
 */
async function keyboardWalk(course: Course): Promise<void> {
  const m = await mount(course);
  await pressButton('Start the course');
  let guard = 0;
  while (screen(m) === 'page' && guard++ < 200) {
    const h1 = deep(m.app, 'pir-lesson-page', 'h1');
    expect(deepActive(), 'focus on the new page heading').to.equal(h1);
    for (const el of deepAll(m.app, 'pir-question')) {
      await answerWithKeyboard(el, (el as HTMLElement & { question: Question }).question);
      expect(deep(el, '[part=feedback]').classList.contains('feedback--correct')).to.be.true;
    }
    for (const reflection of deepAll<HTMLTextAreaElement>(m.app, 'textarea')) {
      await tabTo((el) => el === reflection, 'the reflection box');
      await sendKeys({ type: 'Ask about feelings.' });
    }
    await playCasesWithKeyboard(m);
    await pressButton(/^\s*(Next|Go to the assessment)/);
  }
  expect(screen(m)).to.equal('assessmentIntro');
  const reflectionIds = course.lessons.flatMap((l) =>
    l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'reflection' ? [b.id] : []))),
  );
  for (const id of reflectionIds) {
    expect(m.actor.getSnapshot().context.reflections[id], `reflection ${id}`).to.equal('Ask about feelings.');
  }
  await pressButton('Start the assessment');
  guard = 0;
  while (screen(m) === 'assessmentQuestion' && guard++ < 50) {
    expect(deepActive()?.tagName, `focus on the question heading, not ${describeActive()}`).to.equal('H1');
    await answerWithKeyboard(deep(m.app, 'pir-question'), currentAssessmentQuestion(m, course));
  }
  expect(screen(m)).to.equal('assessmentResult');
  expect(deep(m.app, 'pir-results', 'h1').textContent).to.include('Assessment passed');
  await pressButton('View your record of completion');
  expect(screen(m)).to.equal('summary');
  expect(deepActive()?.textContent).to.include('Your record of completion');
  // Shift+Tab reaches the menu again (behind its toggle on narrow screens, as in this window).
  const toggle = await tabTo(
    (el) => /Final assessment|Lessons and progress/.test(el.textContent ?? ''),
    'the menu',
    60,
    true,
  );
  if (/Lessons and progress/.test(toggle.textContent ?? '')) {
    await sendKeys({ press: 'Enter' });
    await settled();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  }
  await pressButton('Final assessment');
  // A finished attempt keeps its results screen.
  expect(screen(m)).to.equal('assessmentResult');
  expect(deepActive()?.textContent).to.include('Assessment passed');
}

describe('pir-course-app', () => {
  it('axe catches an unlabelled button (negative control)', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    let failed = false;
    try {
      await expect(el).to.be.accessible();
    } catch (error) {
      failed = String(error).includes('button-name');
    }
    expect(failed, 'axe must report button-name').to.be.true;
  });

  it('shows the welcome screen with outcomes, time and assessment, and is accessible', async () => {
    const m = await mount();
    const welcome = deep(m.app, 'pir-welcome');
    const text = welcome.shadowRoot?.textContent ?? '';
    expect(text).to.include('Describe bonding.');
    expect(text).to.include('About 5 minutes');
    expect(text).to.include('Pass mark 60%');
    expect(deep(m.app, 'header').textContent).to.include('Mini course');
    await expect(m.app).to.be.accessible();
  });

  it('starts, moves focus to the new page heading and shows Back / Next', async () => {
    const m = await mount();
    await clickButton(m, 'Start the course');
    expect(screen(m)).to.equal('page');
    const h1 = deep(m.app, 'pir-lesson-page', 'h1');
    expect(h1.textContent).to.include('Page one A');
    expect(deepActive()).to.equal(h1);
    await clickButton(m, /^\s*Next/);
    expect(deep(m.app, 'pir-lesson-page', 'h1').textContent).to.include('Page one B');
    expect(deepActive()).to.equal(deep(m.app, 'pir-lesson-page', 'h1'));
    await clickButton(m, /Back/);
    expect(deep(m.app, 'pir-lesson-page', 'h1').textContent).to.include('Page one A');
  });

  it('will not go on until the checks are answered, and says so in an error summary', async () => {
    const m = await mount();
    await clickButton(m, 'Start the course');
    await clickButton(m, /^\s*Next/);
    await clickButton(m, /^\s*Next/);
    expect(deep(m.app, 'pir-lesson-page', 'h1').textContent).to.include('Page one B');
    const summary = deep(m.app, '.error-summary');
    expect(summary.textContent).to.include('There is a problem');
    expect(deepActive()).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent?.trim())).to.deep.equal([
      'Answer the question “Which is bonding?”',
      'Answer the question “Babies hear before birth.”',
    ]);
    await expect(m.app).to.be.accessible();
    links[1]?.click();
    await settled();
    expect(deepActive()?.textContent).to.include('Babies hear before birth.');
  });

  it('walks the whole course with zero axe violations on every screen state', async function () {
    this.timeout(120_000);
    const m = await mount(miniCourse, undefined, 'Your saved progress could not be read.');
    const check = async () => {
      await settled();
      await expect(m.app).to.be.accessible();
    };
    await check();
    await clickButton(m, 'Start the course');
    // The assessment intro while lessons remain.
    await clickButton(m, 'Final assessment');
    expect(screen(m)).to.equal('assessmentIntro');
    await check();
    await clickButton(m, /1\. Lesson one/);
    // Error state of a check.
    await clickButton(m, /^\s*Next/);
    await clickButton(m, 'Check answer');
    expect(deep(m.app, 'pir-question').shadowRoot?.textContent).to.include('There is a problem');
    await check();
    await clickButton(m, /Back/);
    await walkLessons(m, check);
    expect(screen(m)).to.equal('assessmentIntro');
    await check();
    await clickButton(m, 'Start the assessment');
    // An error in the assessment.
    await clickButton(m, /Submit answer/);
    await check();
    await takeAssessment(m, miniCourse, false, check);
    expect(screen(m)).to.equal('assessmentResult');
    expect(deep(m.app, 'pir-results', 'h1').textContent).to.include('not passed');
    expect(deep(m.app, 'pir-results').shadowRoot?.textContent).to.include('Learning outcomes to revisit');
    await check();
    // The summary before completion.
    await clickButton(m, /Summary and reflections/);
    await check();
    await clickButton(m, 'Final assessment');
    await clickButton(m, 'Try the assessment again');
    await takeAssessment(m, miniCourse, true, check);
    expect(deep(m.app, 'pir-results', 'h1').textContent).to.include('Assessment passed');
    await check();
    await clickButton(m, 'View your record of completion');
    const cert = deep(m.app, 'pir-certificate');
    expect(cert.shadowRoot?.textContent).to.include('Jane Doe');
    expect(cert.shadowRoot?.textContent).to.match(/PIR-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(cert.shadowRoot?.textContent).to.include('12 minutes');
    await check();
    await clickButton(m, /^\s*Glossary/);
    expect(deep(m.app, 'pir-glossary')).to.exist;
    await check();
    await clickButton(m, /^\s*References/);
    expect(deep(m.app, 'pir-references').shadowRoot?.textContent).to.include('Author A (2020)');
    await check();
    await clickButton(m, /^\s*Exit/);
    await check();
    await clickButton(m, 'Save and exit');
    expect(screen(m)).to.equal('exited');
    // Exiting from the references view still ends on the goodbye, with focus on it.
    expect(deep(m.app, 'pir-exited', 'h1').textContent).to.equal('You have left the course');
    expect(deepActive()).to.equal(deep(m.app, 'pir-exited', 'h1'));
    expect(deepAll(m.app, 'pir-references')).to.have.length(0);
    await check();
  });

  it('closes the exit question with Escape or "Stay in the course", with focus back on Exit', async () => {
    const m = await mount();
    await clickButton(m, 'Start the course');
    const exit = () =>
      deepAll<HTMLButtonElement>(m.app, 'button').find((b) => b.textContent?.trim() === 'Exit');
    for (const close of ['Escape', 'Stay'] as const) {
      exit()?.focus();
      await sendKeys({ press: 'Enter' });
      await settled();
      expect(deepActive()?.textContent).to.equal('Exit the course?');
      if (close === 'Escape') await sendKeys({ press: 'Escape' });
      else await clickButton(m, 'Stay in the course');
      await settled();
      expect(deepAll(m.app, '.confirm-exit'), close).to.have.length(0);
      expect(deepActive(), close).to.equal(exit());
      expect(screen(m)).to.equal('page');
    }
  });

  it('drops an open exit question when the session ends without it (page restored after pagehide)', async () => {
    const m = await mount();
    await clickButton(m, 'Start the course');
    await clickButton(m, /^\s*Exit/);
    expect(deepAll(m.app, '.confirm-exit')).to.have.length(1);
    // What the reporter does when the adapter says the session closed (pagehide).
    m.lms.set({ status: 'closed' });
    m.actor.send({ type: 'lms.sessionClosed' });
    await settled();
    expect(screen(m)).to.equal('exited');
    expect(deepAll(m.app, '.confirm-exit')).to.have.length(0);
    expect(deep(m.app, 'pir-exited', 'h1').textContent).to.equal('You have left the course');
  });

  it('completes the whole course with the keyboard only', async function () {
    this.timeout(120_000);
    await keyboardWalk(miniCourse);
  });

  it('resumes where the learner left off, and start again asks first and keeps results', async () => {
    const progress: Progress = {
      ...emptyProgress(),
      position: { screen: 'page', lesson: 1, page: 0 },
      visited: ['one_a', 'one_b', 'two_a'],
      checks: { k_single: { correct: true }, k_truefalse: { correct: false } },
      results: [{ number: 1, correct: 1, total: 3, scaled: 1 / 3, passed: false }],
    };
    const m = await mount(miniCourse, progress);
    expect(deep(m.app, 'pir-welcome').shadowRoot?.textContent).to.include('Welcome back');
    await expect(m.app).to.be.accessible();
    await clickButton(m, 'Start again');
    const confirm = deep(m.app, 'pir-welcome', '#confirm-title');
    expect(deepActive()).to.equal(confirm);
    await expect(m.app).to.be.accessible();
    await clickButton(m, 'No, go back');
    expect(screen(m)).to.equal('welcome');
    await clickButton(m, 'Continue where you left off');
    expect(deep(m.app, 'pir-lesson-page', 'h1').textContent).to.include('Page two A');
    await expect(m.app).to.be.accessible();

    const again = await mount(miniCourse, progress);
    await clickButton(again, 'Start again');
    await clickButton(again, 'Yes, start again');
    const p = again.actor.getSnapshot().context.progress;
    expect(p.results).to.have.length(1);
    expect(p.position).to.deep.equal({ screen: 'page', lesson: 0, page: 0 });
  });

  it('shows LMS status in the notices area', async () => {
    const m = await mount();
    const notices = deep(m.app, 'pir-notices');
    expect(notices.shadowRoot?.textContent).to.include('Your progress is saved.');
    m.lms.set({ status: 'retrying', problem: { code: '391', message: 'Commit failed' } });
    await settled();
    expect(notices.shadowRoot?.textContent).to.include('Not saved yet');
    expect(notices.shadowRoot?.querySelector('[role=status]')?.textContent).to.include('not been saved yet');
    await expect(m.app).to.be.accessible();
    m.lms.set({ status: 'standalone' });
    await settled();
    expect(notices.shadowRoot?.textContent).to.include('Practice mode');
  });
});

describe('pir-course-app with the real course', () => {
  let real: Course;
  before(async () => {
    const res = await fetch('/build/course.json');
    // The content is compiled by `npm run build` (npm test builds before the browser tests).
    expect(res.ok, 'build/course.json exists (npm run build)').to.be.true;
    real = (await res.json()) as Course;
  });

  it('completes the real course with the keyboard only', async function () {
    this.timeout(600_000);
    await keyboardWalk(real);
  });

  it('walks every page and question of build/course.json with zero axe violations', async function () {
    this.timeout(300_000);
    const course = real;
    const m = await mount(course);
    const check = async () => {
      await settled();
      await expect(m.app).to.be.accessible();
    };
    await check();
    await clickButton(m, 'Start the course');
    await walkLessons(m, check);
    expect(screen(m)).to.equal('assessmentIntro');
    await check();
    await clickButton(m, 'Start the assessment');
    await takeAssessment(m, course, false, check);
    await check();
    if (m.actor.getSnapshot().context.progress.results.length < course.assessment.maxAttempts) {
      await clickButton(m, 'Try the assessment again');
      await takeAssessment(m, course, true, check);
      expect(deep(m.app, 'pir-results', 'h1').textContent).to.include('Assessment passed');
      await check();
      await clickButton(m, 'View your record of completion');
      await check();
    }
    // Every question in the course, before and after submitting, right and wrong, as a check.
    for (const q of course.questions) {
      for (const correct of [true, false]) {
        const el = await fixture<HTMLElement>(
          html`<pir-question .question=${q} .references=${course.references} .level=${2}></pir-question>`,
        );
        await expect(el).to.be.accessible();
        await answerWithMouse(el, q, correct);
        await expect(el).to.be.accessible();
      }
    }
  });
});
