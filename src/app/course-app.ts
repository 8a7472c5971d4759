/**
 * The learner interface's shell, `<pir-course-app>`: the only element that talks to the course
 * machine. It selects what each screen needs from the actor's snapshot (through a reactive
 * controller), passes it down as plain data, and turns the screens' events into machine events.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Actor, SnapshotFrom } from 'xstate';
import type { Course } from '../content/course-schema.js';
import { fnv1a } from '../content/random.js';
import { ActorSelector } from '../controllers/actor-selector.js';
import type { PirAnswerEvent } from '../events/pir-answer-event.js';
import type { PirCourseActionEvent } from '../events/pir-course-action-event.js';
import type { PirNavigateEvent } from '../events/pir-navigate-event.js';
import type { PirReflectionEvent } from '../events/pir-reflection-event.js';
import type { CourseMachine } from '../machine/course-machine.js';
import {
  areLessonsComplete,
  attemptsRemaining,
  canVisit,
  hasPassed,
  isAttemptInProgress,
  isPageDone,
  lessonEntryPage,
  lessonStatus,
  lessonsForOutcome,
  outcomesToRevisit,
  pageQuestionIds,
  questionById,
  type Progress,
} from '../machine/progress.js';
import { shared } from '../styles/shared.js';
import type { PirLessonLink } from '../components/lesson-link.js';
import type { PirMenuLesson } from '../components/pir-lesson-menu/pir-lesson-menu.js';
import type { PirTone } from '../components/pir-progress/pir-progress.js';
import '../components/pir-assessment-intro/pir-assessment-intro.js';
import '../components/pir-certificate/pir-certificate.js';
import '../components/pir-glossary/pir-glossary.js';
import '../components/pir-lesson-menu/pir-lesson-menu.js';
import '../components/pir-lesson-page/pir-lesson-page.js';
import '../components/pir-notices/pir-notices.js';
import '../components/pir-progress/pir-progress.js';
import '../components/pir-question/pir-question.js';
import '../components/pir-references/pir-references.js';
import '../components/pir-results/pir-results.js';
import '../components/pir-welcome/pir-welcome.js';

export type CourseActor = Actor<CourseMachine>;
type Snapshot = SnapshotFrom<CourseMachine>;

type Screen =
  'welcome' | 'page' | 'assessmentIntro' | 'assessmentQuestion' | 'assessmentResult' | 'summary' | 'exited';

/** Which screen the machine is on. */
export function screenOf(snapshot: Snapshot): Screen {
  if (snapshot.matches('welcome')) return 'welcome';
  if (snapshot.matches('page')) return 'page';
  if (snapshot.matches({ assessment: 'question' })) return 'assessmentQuestion';
  if (snapshot.matches({ assessment: 'result' })) return 'assessmentResult';
  if (snapshot.matches('assessment')) return 'assessmentIntro';
  if (snapshot.matches('summary')) return 'summary';
  return 'exited';
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short completion reference, `PIR-XXXX-XXXX` (Crockford base 32), derived deterministically
 * from the course id and version, the learner id and the completion time, so the same completion
 * always shows the same code and an auditor can recompute it.
 */
export function completionReference(
  courseId: string,
  version: string,
  learnerId: string,
  completedAt: number,
): string {
  const text = `${courseId}|${version}|${learnerId}|${completedAt}`;
  const a = fnv1a(text, 0x811c9dc5);
  const b = fnv1a(text, 0x01000193 ^ a);
  let bits = (BigInt(a) << 32n) | BigInt(b);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `PIR-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** How the assessment stands, as a tag. */
export function assessmentStatus(course: Course, progress: Progress): { label: string; tone: PirTone } {
  if (hasPassed(progress)) return { label: 'Passed', tone: 'green' };
  if (isAttemptInProgress(progress)) return { label: 'In progress', tone: 'blue' };
  if (progress.results.length) {
    return attemptsRemaining(course, progress) > 0
      ? { label: 'Not passed yet', tone: 'yellow' }
      : { label: 'Not passed', tone: 'red' };
  }
  return areLessonsComplete(course, progress)
    ? { label: 'Ready to start', tone: 'blue' }
    : { label: 'Cannot start yet', tone: 'grey' };
}

/**
 * The course shell: title, progress, lesson menu, notices, the current screen, Back / Next and
 * Exit, plus the glossary and references. Moves focus to each new screen's heading.
 */
@customElement('pir-course-app')
export class PirCourseApp extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--pir-color-page);
      }
      .skip-link {
        position: absolute;
        left: var(--pir-space-2);
        top: -10rem;
        z-index: 10;
        padding: var(--pir-space-2) var(--pir-space-3);
        background: var(--pir-color-focus);
        color: var(--pir-color-focus-text);
      }
      .skip-link:focus {
        top: var(--pir-space-2);
        color: var(--pir-color-focus-text);
        box-shadow: 0 4px 0 var(--pir-color-focus-text);
      }
      header {
        background: var(--pir-color-brand);
        color: #fff;
      }
      .wrap {
        max-width: 76rem;
        margin: 0 auto;
        padding: 0 var(--pir-space-3);
      }
      .header-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--pir-space-2) var(--pir-space-4);
        padding-top: var(--pir-space-2);
        padding-bottom: var(--pir-space-3);
      }
      @media (min-width: 40em) {
        .header-row {
          padding-top: var(--pir-space-3);
        }
      }
      .course-title {
        margin: 0;
        font-size: 1.0625rem;
        font-weight: 700;
        line-height: 1.3;
      }
      .course-title small {
        font-size: 0.9375rem;
        font-weight: 400;
        white-space: nowrap;
      }
      .course-title small::before {
        content: ' · ';
      }
      @media (min-width: 40em) {
        .course-title {
          font-size: 1.25rem;
        }
        .course-title small {
          display: block;
        }
        .course-title small::before {
          content: none;
        }
      }
      .header-actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--pir-space-2);
      }
      .header-button {
        min-height: 2.25rem;
        padding: 0.125rem 0.75rem;
        border: 2px solid #fff;
        border-radius: var(--pir-radius);
        background: transparent;
        color: #fff;
        font: inherit;
        font-size: 1rem;
        font-weight: 600;
        cursor: pointer;
      }
      .header-button:hover {
        background: var(--pir-color-brand-dark);
      }
      .header-button[aria-pressed='true'] {
        background: #fff;
        color: var(--pir-color-brand);
      }
      .header-button:focus-visible {
        outline: 3px solid transparent;
        background: var(--pir-color-focus);
        border-color: var(--pir-color-focus);
        color: var(--pir-color-focus-text);
        box-shadow: 0 4px 0 var(--pir-color-focus-text);
      }
      .statusbar {
        background: var(--pir-color-surface);
        border-bottom: 1px solid var(--pir-color-border);
      }
      .statusbar .wrap {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--pir-space-1) var(--pir-space-4);
        padding-top: var(--pir-space-2);
        padding-bottom: var(--pir-space-2);
      }
      .statusbar pir-progress {
        flex: 1 1 30rem;
      }
      .statusbar pir-notices {
        flex: 1 1 16rem;
      }
      .statusbar pir-notices[has-banner] {
        flex-basis: 100%;
      }
      .layout {
        display: grid;
        gap: var(--pir-space-3);
        padding-top: var(--pir-space-3);
        padding-bottom: var(--pir-space-6);
      }
      .layout--wide {
        grid-template-columns: minmax(0, 52rem);
      }
      @media (min-width: 60em) {
        .layout {
          gap: var(--pir-space-4);
          padding-top: var(--pir-space-4);
        }
        nav.menu {
          padding: var(--pir-space-3);
        }
        .layout--menu {
          grid-template-columns: 17rem minmax(0, 1fr);
          align-items: start;
        }
        .menu-toggle {
          display: none !important;
        }
        .menu-body {
          display: block !important;
        }
      }
      nav.menu {
        padding: var(--pir-space-1) var(--pir-space-3);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
      }
      .menu-toggle {
        display: flex;
        width: 100%;
        justify-content: space-between;
        align-items: center;
        min-height: 2.75rem;
        padding: 0.25rem 0;
        border: 0;
        background: none;
        color: var(--pir-color-link);
        font: inherit;
        font-weight: 700;
        cursor: pointer;
        text-align: left;
      }
      .menu-toggle:focus-visible {
        outline: 3px solid transparent;
        background: var(--pir-color-focus);
        color: var(--pir-color-focus-text);
        box-shadow: 0 4px 0 var(--pir-color-focus-text);
      }
      .menu-toggle .chevron {
        display: inline-block;
        transition: transform 0.2s;
      }
      .menu-toggle[aria-expanded='true'] .chevron {
        transform: rotate(180deg);
      }
      .menu-body {
        display: none;
        margin-top: var(--pir-space-2);
      }
      .menu-body.open {
        display: block;
      }
      main {
        min-width: 0;
        font-size: 1.0625rem;
        padding: var(--pir-space-4) var(--pir-space-3);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
      }
      @media (min-width: 40em) {
        main {
          padding: var(--pir-space-5) var(--pir-space-5);
          font-size: 1.1875rem;
        }
      }
      main:focus {
        outline: none;
      }
      .pagination {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--pir-space-3);
        margin-top: var(--pir-space-5);
        padding-top: var(--pir-space-4);
        border-top: 1px solid var(--pir-color-border);
      }
      .pagination .next {
        margin-left: auto;
      }
      .page-of {
        flex: 1 1 100%;
        margin: 0;
        color: var(--pir-color-text-secondary);
        font-size: 1rem;
      }
      .error-summary {
        margin: var(--pir-space-4) 0 0;
        padding: var(--pir-space-3) var(--pir-space-4);
        border: 5px solid var(--pir-color-error);
      }
      .error-summary:focus {
        outline: 4px solid var(--pir-color-focus);
      }
      .error-summary h2 {
        font-size: 1.375rem;
        margin-bottom: var(--pir-space-2);
      }
      .error-summary ul {
        margin: 0 0 var(--pir-space-2);
        padding: 0;
        list-style: none;
      }
      .error-summary li + li {
        margin-top: var(--pir-space-2);
      }
      .error-summary a {
        color: var(--pir-color-error);
        font-weight: 700;
      }
      .error-summary p {
        margin: 0;
      }
      .confirm-exit {
        margin: 0 0 var(--pir-space-4);
        padding: var(--pir-space-3) var(--pir-space-4);
        border-left: 8px solid var(--pir-color-brand);
        background: var(--pir-color-info-tint);
      }
      .confirm-exit h2:focus {
        outline: none;
      }
      footer {
        padding: var(--pir-space-4) 0 var(--pir-space-5);
        color: var(--pir-color-text-secondary);
        font-size: 1rem;
      }
      @media print {
        :host {
          background: #fff;
        }
        header,
        .statusbar,
        nav.menu,
        .pagination,
        footer,
        .skip-link {
          display: none !important;
        }
        .wrap {
          max-width: none;
          padding: 0;
        }
        .layout,
        .layout--menu {
          display: block;
          padding: 0;
        }
        main {
          padding: 0;
        }
      }
    `,
  ];

  /** The running course actor, created and owned by start-course.ts. */
  @property({ attribute: false }) actor!: CourseActor;

  /** True when no LMS was found (nothing is recorded). */
  @property({ type: Boolean }) standalone = false;

  /** Seconds spent in earlier sessions, from the LMS. */
  @property({ type: Number }) previousSeconds = 0;

  /** When this session started (ms since epoch). */
  @property({ type: Number }) startedAt = Date.now();

  /** A one-off message from launch (e.g. progress could not be restored). */
  @property() notice = '';

  /** Base URL for course images (`assets/…`). */
  @property({ attribute: 'asset-base' }) assetBase = '';

  @state() private view: 'course' | 'glossary' | 'references' = 'course';
  @state() private confirmingExit = false;
  @state() private pageError = false;
  @state() private menuOpen = false;

  #snapshot?: ActorSelector<CourseActor, Snapshot>;
  #focusKey = '';

  constructor() {
    super();
    this.addEventListener('pir-navigate', (e) => this.handleNavigate(e));
    this.addEventListener('pir-answer', (e) => this.handleAnswer(e));
    this.addEventListener('pir-reflection', (e) => this.handleReflection(e));
    this.addEventListener('pir-course-action', (e) => this.handleCourseAction(e));
  }

  override connectedCallback(): void {
    // The actor is set before the element is attached; the controller subscribes on connect.
    if (!this.#snapshot && this.actor) this.#snapshot = new ActorSelector(this, this.actor, (s) => s);
    super.connectedCallback();
  }

  private get snap(): Snapshot {
    return this.#snapshot?.value ?? this.actor.getSnapshot();
  }

  /** A key that changes whenever the learner arrives somewhere new (focus goes to its heading). */
  private focusKey(): string {
    const s = this.snap;
    const p = s.context.progress;
    return [
      this.view,
      screenOf(s),
      JSON.stringify(p.position),
      p.attempt ? `${p.attempt.number}:${p.attempt.answers.length}` : '',
    ].join('|');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const key = this.focusKey();
    if (key === this.#focusKey) return;
    const first = this.#focusKey === '';
    this.#focusKey = key;
    if (first) return;
    void this.focusScreenHeading();
  }

  private async focusScreenHeading(): Promise<void> {
    const screen = this.renderRoot.querySelector<
      HTMLElement & { focusHeading?: () => void; updateComplete?: Promise<unknown> }
    >('[data-screen]');
    if (!screen) return;
    await screen.updateComplete;
    // A screen with its own rule (the assessment question) says where; otherwise its h1.
    if (screen.focusHeading) screen.focusHeading();
    else (screen.shadowRoot ?? screen).querySelector<HTMLElement>('h1')?.focus();
    if (typeof window.scrollTo === 'function') window.scrollTo({ top: 0 });
  }

  override render() {
    if (!this.actor) return nothing;
    const s = this.snap;
    const { course, progress } = s.context;
    const screen = screenOf(s);
    const status = assessmentStatus(course, progress);
    const showMenu = screen !== 'welcome' && screen !== 'exited' && this.view === 'course';
    const complete = course.lessons.filter((l) => lessonStatus(l, progress) === 'completed').length;
    return html`
      <button class="skip-link link-button" type="button" @click=${this.handleSkipClick}>
        Skip to main content
      </button>
      <header>
        <div class="wrap header-row">
          <p class="course-title">${course.title}<small>Version ${course.version}</small></p>
          ${
            screen === 'exited'
              ? nothing
              : html`<div class="header-actions">
                  <button
                    class="header-button"
                    type="button"
                    aria-pressed=${this.view === 'glossary' ? 'true' : 'false'}
                    @click=${() => this.toggleView('glossary')}
                  >
                    Glossary
                  </button>
                  <button
                    class="header-button"
                    type="button"
                    aria-pressed=${this.view === 'references' ? 'true' : 'false'}
                    @click=${() => this.toggleView('references')}
                  >
                    References
                  </button>
                  <button class="header-button" type="button" data-exit @click=${this.handleExitClick}>
                    Exit
                  </button>
                </div>`
          }
        </div>
      </header>
      <div class="statusbar">
        <div class="wrap">
          ${
            screen === 'exited'
              ? nothing
              : html`<pir-progress
                  .complete=${complete}
                  .total=${course.lessons.length}
                  assessment-label=${status.label}
                  assessment-tone=${status.tone}
                ></pir-progress>`
          }
          <pir-notices
            .status=${this.standalone && s.context.lms.status === 'connecting' ? 'standalone' : s.context.lms.status}
            .problem=${s.context.lms.problem?.message ?? ''}
            .notice=${this.notice}
          ></pir-notices>
        </div>
      </div>
      <div class="wrap layout ${showMenu ? 'layout--menu' : 'layout--wide'}">
        ${showMenu ? this.renderMenu(s, status) : nothing}
        <main id="main" tabindex="-1">
          ${this.confirmingExit && screen !== 'exited' ? this.renderConfirmExit() : nothing}
          ${this.renderScreen(s, screen)}
        </main>
      </div>
      <footer class="wrap">
        <p>
          ${course.title}, version ${course.version}. Your answers are kept with your progress; your
          reflections stay in this browser.
        </p>
      </footer>
    `;
  }

  private renderMenu(s: Snapshot, status: { label: string; tone: PirTone }) {
    const { course, progress } = s.context;
    const lessons: PirMenuLesson[] = course.lessons.map((lesson, i) => {
      const pages = lesson.pages.map((page, j) => ({
        title: page.title,
        available: canVisit(course, progress, i, j),
        visited: progress.visited.includes(page.id),
      }));
      const target = lessonEntryPage(course, progress, i);
      return { title: lesson.title, status: lessonStatus(lesson, progress), target, pages };
    });
    const pos = progress.position;
    const screen = screenOf(s);
    const current =
      screen === 'page' && pos.screen === 'page'
        ? pos
        : screen.startsWith('assessment')
          ? ({ screen: 'assessment' } as const)
          : screen === 'summary'
            ? ({ screen: 'summary' } as const)
            : ({ screen: 'other' } as const);
    return html`<nav class="menu" aria-label="Course menu">
      <button
        class="menu-toggle"
        type="button"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="menu-body"
        @click=${() => (this.menuOpen = !this.menuOpen)}
      >
        Lessons and progress <span class="chevron" aria-hidden="true">▾</span>
      </button>
      <div id="menu-body" class="menu-body ${this.menuOpen ? 'open' : ''}">
        <pir-lesson-menu
          .lessons=${lessons}
          .current=${current}
          assessment-label=${status.label}
          assessment-tone=${status.tone}
          ?completed=${progress.completedAt !== undefined}
        ></pir-lesson-menu>
      </div>
    </nav>`;
  }

  private renderConfirmExit() {
    return html`<div
      class="confirm-exit"
      role="group"
      aria-labelledby="exit-title"
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && void this.handleExitCancel()}
    >
      <h2 id="exit-title" tabindex="-1">Exit the course?</h2>
      <p>
        Your progress will be saved and this session will end. You can come back later and carry on where you
        left off.
      </p>
      <div class="button-group">
        <button class="button" type="button" @click=${this.handleExitConfirm}>Save and exit</button>
        <button class="button button--secondary" type="button" @click=${this.handleExitCancel}>
          Stay in the course
        </button>
      </div>
    </div>`;
  }

  private renderScreen(s: Snapshot, screen: Screen) {
    const { course, progress } = s.context;
    // After exit only the goodbye remains, whatever view was open.
    if (screen === 'exited') return this.renderExited(s);
    if (this.view === 'glossary')
      return html`<pir-glossary data-screen .entries=${course.glossary}></pir-glossary>`;
    if (this.view === 'references')
      return html`<pir-references data-screen .references=${course.references}></pir-references>`;
    switch (screen) {
      case 'welcome':
        return html`<pir-welcome
          data-screen
          .course=${course}
          ?can-resume=${s.context.canResume}
          ?completed=${progress.completedAt !== undefined}
        ></pir-welcome>`;
      case 'page':
        return this.renderPage(s);
      case 'assessmentIntro':
        return html`<pir-assessment-intro
          data-screen
          .questionCount=${course.assessment.drawSize}
          .passMark=${course.assessment.passMark}
          .maxAttempts=${course.assessment.maxAttempts}
          .attemptsRemaining=${attemptsRemaining(course, progress)}
          ?passed=${hasPassed(progress)}
          .lessonsToComplete=${
            areLessonsComplete(course, progress)
              ? []
              : course.lessons.flatMap((l, i) =>
                  lessonStatus(l, progress) === 'completed' ? [] : [this.lessonLink(s, i)],
                )
          }
        ></pir-assessment-intro>`;
      case 'assessmentQuestion': {
        const attempt = progress.attempt;
        const index = attempt?.answers.length ?? 0;
        const question = questionById(course, attempt?.questionIds[index] ?? '');
        return keyed(
          `${attempt?.number}-${index}`,
          html`<pir-question
            data-screen
            mode="assessment"
            order-key=${attempt?.number ?? ''}
            .level=${1}
            .number=${index + 1}
            .total=${attempt?.questionIds.length ?? 0}
            .question=${question}
            .references=${course.references}
          ></pir-question>`,
        );
      }
      case 'assessmentResult': {
        const attempt = progress.attempt;
        const result = progress.results[progress.results.length - 1];
        const revisit = attempt
          ? outcomesToRevisit(course, attempt).map((id) => ({
              text: course.outcomes.find((o) => o.id === id)?.text ?? id,
              lessons: lessonsForOutcome(course, id).map((i) => this.lessonLink(s, i)),
            }))
          : [];
        return html`<pir-results
          data-screen
          .result=${result}
          .passMark=${course.assessment.passMark}
          .attemptsRemaining=${attemptsRemaining(course, progress)}
          .revisit=${revisit}
        ></pir-results>`;
      }
      case 'summary':
        return this.renderSummary(s);
    }
  }

  private renderExited(s: Snapshot) {
    const { status, problem } = s.context.lms;
    // Standalone from the start, or because the LMS refused to start a session.
    const onDevice = this.standalone || status === 'standalone';
    const saved = onDevice
      ? 'Your progress is kept in this browser.'
      : problem
        ? `Your learning system did not confirm the last save (${problem.message}). Your progress is kept in this browser and will be sent the next time you open the course here.`
        : 'Your progress has been saved to your learning system.';
    return html`<div data-screen>
      <h1 tabindex="-1">You have left the course</h1>
      <p role="status">${saved}</p>
      <p>You can now close this window. When you come back, you can carry on where you left off.</p>
    </div>`;
  }

  private renderPage(s: Snapshot) {
    const { course, progress, reflections } = s.context;
    const pos = progress.position;
    if (pos.screen !== 'page') return nothing;
    const lesson = course.lessons[pos.lesson];
    const page = lesson?.pages[pos.page];
    if (!lesson || !page) return nothing;
    const isFirst = pos.lesson === 0 && pos.page === 0;
    const isLastPage = pos.lesson === course.lessons.length - 1 && pos.page === lesson.pages.length - 1;
    const next = isLastPage
      ? 'The final assessment'
      : (lesson.pages[pos.page + 1] ?? course.lessons[pos.lesson + 1]?.pages[0])?.title;
    const prev = isFirst
      ? undefined
      : (lesson.pages[pos.page - 1] ?? course.lessons[pos.lesson - 1]?.pages.at(-1))?.title;
    return html`${keyed(
        page.id,
        html`<pir-lesson-page
          data-screen
          .page=${page}
          .lessonTitle=${lesson.title}
          .lessonNumber=${pos.lesson + 1}
          .lessonCount=${course.lessons.length}
          .pageNumber=${pos.page + 1}
          .pageCount=${lesson.pages.length}
          .questions=${course.questions}
          .references=${course.references}
          .reflections=${reflections}
          .answered=${Object.keys(progress.checks)}
          .assetBase=${this.assetBase}
        ></pir-lesson-page>`,
      )}
      ${
        this.pageError
          ? html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="page-error-title">
              <h2 id="page-error-title">There is a problem</h2>
              <ul>
                ${pageQuestionIds(lesson, pos.page)
                  .filter((id) => !(id in progress.checks))
                  .map(
                    (id) =>
                      html`<li>
                        <a href="#${id}-first" @click=${(e: Event) => this.handleUnansweredClick(e, id)}
                          >Answer the question “${questionById(course, id)?.prompt ?? id}”</a
                        >
                      </li>`,
                  )}
              </ul>
              <p>You need to answer every question on this page before you continue.</p>
            </div>`
          : nothing
      }
      <nav class="pagination" aria-label="Pages">
        <p class="page-of">Page ${pos.page + 1} of ${lesson.pages.length} in this lesson</p>
        ${
          prev
            ? html`<button class="button button--secondary" type="button" @click=${this.handleBackClick}>
                <span aria-hidden="true">←</span> Back<span class="visually-hidden">: ${prev}</span>
              </button>`
            : nothing
        }
        <button class="button next" type="button" @click=${this.handleNextClick}>
          ${isLastPage ? 'Go to the assessment' : 'Next'}<span class="visually-hidden">: ${next}</span>
          <span aria-hidden="true">→</span>
        </button>
      </nav>`;
  }

  private renderSummary(s: Snapshot) {
    const { course, progress, reflections, learner } = s.context;
    const best = progress.results.filter((r) => r.passed).reduce((m, r) => Math.max(m, r.scaled), 0);
    const remaining = [
      ...course.lessons.flatMap((l) =>
        lessonStatus(l, progress) === 'completed' ? [] : [`completed the lesson “${l.title}”`],
      ),
      ...(hasPassed(progress) ? [] : ['passed the final assessment']),
    ];
    const entries = course.lessons.flatMap((lesson) =>
      lesson.pages.flatMap((page) =>
        page.blocks.flatMap((b) =>
          b.type === 'reflection'
            ? [{ lessonTitle: lesson.title, prompt: b.prompt, text: reflections[b.id] ?? '' }]
            : [],
        ),
      ),
    );
    const timeSpent = Math.round(this.previousSeconds + Math.max(0, Date.now() - this.startedAt) / 1000);
    return html`<pir-certificate
      data-screen
      course-title=${course.title}
      version=${course.version}
      learner-name=${learner.name}
      .completedAt=${progress.completedAt}
      .score=${Math.floor(best * 100 + 1e-9)}
      .timeSpent=${timeSpent}
      completion-reference=${
        progress.completedAt !== undefined
          ? completionReference(course.id, course.version, learner.id, progress.completedAt)
          : ''
      }
      .remaining=${remaining}
      .reflections=${entries}
    ></pir-certificate>`;
  }

  /** A link to a lesson: the next unseen page in it if the learner may open it, else its first page. */
  private lessonLink(s: Snapshot, index: number): PirLessonLink {
    const { course, progress } = s.context;
    const page = lessonEntryPage(course, progress, index);
    return {
      lesson: index,
      page: page ?? 0,
      title: course.lessons[index]?.title ?? '',
      available: page !== undefined,
    };
  }

  private send(event: Parameters<CourseActor['send']>[0]): void {
    this.actor.send(event);
  }

  private handleNavigate = (event: PirNavigateEvent): void => {
    const d = event.destination;
    const at = Date.now();
    this.pageError = false;
    switch (d.to) {
      case 'glossary':
      case 'references':
        this.view = d.to;
        return;
      case 'course':
        this.view = 'course';
        return;
      case 'next':
        void this.handleNextClick();
        return;
      case 'back':
        this.send({ type: 'nav.back', at });
        break;
      case 'page':
        this.send({ type: 'nav.page', lesson: d.lesson, page: d.page, at });
        break;
      case 'assessment':
        this.send({ type: 'nav.assessment', at });
        break;
      case 'summary':
        this.send({ type: 'nav.summary', at });
        break;
    }
    this.view = 'course';
    this.menuOpen = false;
  };

  private handleAnswer = (event: PirAnswerEvent): void => {
    const at = Date.now();
    const response = event.response;
    const screen = screenOf(this.snap);
    if (screen === 'page') {
      this.send({ type: 'check.submit', questionId: event.questionId, response, at });
      this.pageError = false;
    } else if (screen === 'assessmentQuestion') {
      this.send({ type: 'assessment.submit', questionId: event.questionId, response, at });
    }
  };

  private handleReflection = (event: PirReflectionEvent): void => {
    this.send({ type: 'reflection.change', id: event.reflectionId, text: event.text });
  };

  private handleCourseAction = (event: PirCourseActionEvent): void => {
    const at = Date.now();
    switch (event.action) {
      case 'start':
        this.send({ type: 'course.start', at });
        break;
      case 'resume':
        this.send({ type: 'course.resume', at });
        break;
      case 'restart':
        this.send({ type: 'course.restart', at });
        break;
      case 'startAssessment': {
        const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
        this.send({ type: 'assessment.start', seed, at });
        break;
      }
      case 'exit':
        this.send({ type: 'course.exit' });
        break;
    }
  };

  private handleNextClick = async (): Promise<void> => {
    const { course, progress } = this.snap.context;
    if (!isPageDone(course, progress)) {
      this.pageError = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.pageError = false;
    this.send({ type: 'nav.next', at: Date.now() });
  };

  /** Error-summary link: focus the unanswered question (inside the lesson page's shadow root). */
  private handleUnansweredClick = (event: Event, id: string): void => {
    event.preventDefault();
    const page = this.renderRoot.querySelector('pir-lesson-page');
    const question = [...(page?.shadowRoot?.querySelectorAll('pir-question') ?? [])].find(
      (q) => q.question?.id === id,
    );
    question?.focusHeading();
  };

  private handleBackClick = (): void => {
    this.pageError = false;
    this.send({ type: 'nav.back', at: Date.now() });
  };

  private toggleView(view: 'glossary' | 'references'): void {
    this.view = this.view === view ? 'course' : view;
  }

  private handleExitClick = async (): Promise<void> => {
    this.confirmingExit = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#exit-title')?.focus();
  };

  private handleExitConfirm = (): void => {
    this.confirmingExit = false;
    this.view = 'course';
    this.send({ type: 'course.exit' });
  };

  /** "Stay in the course" or Escape: focus goes back to the Exit button, where the learner was. */
  private handleExitCancel = async (): Promise<void> => {
    this.confirmingExit = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-exit]')?.focus();
  };

  private handleSkipClick = (): void => {
    void this.focusScreenHeading();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-course-app': PirCourseApp;
  }
}
