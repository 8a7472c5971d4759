import type { PirEarlierRecord } from '../components/pir-welcome/pir-welcome.js';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Actor } from 'xstate';
import type { PirCourseActionEvent } from '../events/pir-course-action-event.js';
import type { PirNavigateEvent } from '../events/pir-navigate-event.js';
import type { PirExitDialog } from '../components/pir-exit-dialog/pir-exit-dialog.js';
import type { PirHeader } from '../components/pir-header/pir-header.js';
import { ActorSelector } from '../controllers/actor-selector.js';
import { StoreSubscription, type Subscribable } from '../controllers/store-subscription.js';
import type { LmsStatusUpdate } from '../lms/lms-adapter.js';
import type { CourseMachine } from '../machine/course-machine.js';
import {
  arrivalKey,
  assessmentState,
  lessonsCompleted,
  screenOf,
  timeSpentSeconds,
  type CourseSnapshot,
} from '../machine/selectors.js';
import { needsLaterPart } from '../content/course-parts.js';
import { shared } from '../styles/shared.js';
import { styles } from './course-app.styles.js';
import { t } from '../content/strings.js';
import type { PirErrorLinkEvent } from '../components/pir-error-summary/pir-error-link-event.js';
import { assessmentTag, renderMenu, renderScreen } from './course-screens.js';
import {
  actionToCourseEvent,
  caseToCourseEvent,
  navigateToCourseEvent,
  type Stamp,
} from './dom-to-machine.js';
import { ScreenFocus } from './screen-focus.js';
import '../components/pir-exit-dialog/pir-exit-dialog.js';
import '../components/pir-header/pir-header.js';
import '../components/pir-notices/pir-notices.js';
import '../components/pir-progress/pir-progress.js';

export type CourseActor = Actor<CourseMachine>;

/**
 * @summary The course shell, the only element that talks to the course machine: header, progress
 * and saving status, lesson menu, the current screen, the exit question, glossary and references.
 * Selectors beside the machine decide what each shows, the screens' events become machine events
 * (dom-to-machine.ts), and focus moves to each new screen's heading. It holds no course rule.
 */
@customElement('pir-course-app')
export class PirCourseApp extends LitElement {
  static override styles = [shared, styles];

  /** The running course actor, created and owned by boot-course.ts. */
  @property({ attribute: false }) actor!: CourseActor;

  /** The LMS layer's saving status (the adapter): the notices and exit screen read it. */
  @property({ attribute: false }) lms?: Subscribable<LmsStatusUpdate>;

  /** True when no LMS was found (nothing is recorded). */
  @property({ type: Boolean }) standalone = false;

  /** Seconds spent in earlier sessions, from the LMS. */
  @property({ type: Number }) previousSeconds = 0;

  /** When this session started (ms since epoch). */
  @property({ type: Number }) startedAt = Date.now();

  /** A one-off message from launch (e.g. progress could not be restored). */
  @property() notice = '';

  /** An earlier attempt's record of completion, when the LMS has started a new attempt. */
  @property({ attribute: false }) earlierRecord: PirEarlierRecord | undefined;

  /** Base URL for course images (`assets/…`). */
  @property({ attribute: 'asset-base' }) assetBase = '';

  @state() private view: 'course' | 'glossary' | 'references' = 'course';
  @state() private confirmingExit = false;
  @state() private pageError = false;
  @state() private menuOpen = false;

  #snapshot?: ActorSelector<CourseActor, CourseSnapshot>;
  readonly #status = new StoreSubscription<LmsStatusUpdate>(this, () => this.lms, { status: 'connecting' });
  // A screen that waited for the later part of the course counts as new when it arrives.
  readonly #focus = new ScreenFocus(this, () => `${this.view}|${arrivalKey(this.snap)}|${this.waiting()}`);

  constructor() {
    super();
    this.addEventListener('pir-navigate', this.handleNavigate);
    this.addEventListener('pir-answer', (e) => {
      this.pageError = false;
      const { questionId, response } = e;
      this.actor.send({ type: 'answer.submit', questionId, response, at: Date.now() });
    });
    this.addEventListener('pir-reflection', (e) =>
      this.actor.send({ type: 'reflection.change', id: e.reflectionId, text: e.text }),
    );
    this.addEventListener('pir-course-action', (e) => void this.handleCourseAction(e));
    for (const type of ['pir-case-choose', 'pir-case-replay'] as const)
      this.addEventListener(type, (e) => {
        const machineEvent = caseToCourseEvent(e, this.stamp());
        if (machineEvent) this.actor.send(machineEvent);
      });
  }

  override connectedCallback(): void {
    // The actor is set before the element is attached; the controller subscribes on connect.
    if (!this.#snapshot && this.actor) this.#snapshot = new ActorSelector(this, this.actor, (s) => s);
    super.connectedCallback();
  }

  private get snap(): CourseSnapshot {
    return this.#snapshot?.value ?? this.actor.getSnapshot();
  }

  private waiting(): boolean {
    const s = this.snap;
    return needsLaterPart(s.context.course, s.context.progress.position, screenOf(s), this.view);
  }

  private stamp(): Stamp {
    return { at: Date.now(), seed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1 };
  }

  override render() {
    if (!this.actor) return nothing;
    const s = this.snap;
    const { course, progress } = s.context;
    const screen = screenOf(s);
    const tag = assessmentTag(assessmentState(course, progress));
    const showMenu = screen !== 'welcome' && screen !== 'exited' && this.view === 'course';
    const lms = this.#status.value;
    return html`
      <button class="skip-link link-button" type="button" @click=${() => void this.#focus.focusScreen()}>
        ${t('shell.skipLink')}
      </button>
      <pir-header
        course-title=${course.title}
        version=${course.version}
        view=${this.view}
        ?no-actions=${screen === 'exited'}
      ></pir-header>
      <div class="statusbar" role="region" aria-label=${t('shell.progressRegion')}>
        <div class="wrap">
          ${
            screen === 'exited'
              ? nothing
              : html`<pir-progress
                  .complete=${lessonsCompleted(course, progress)}
                  .total=${course.lessons.length}
                  assessment-label=${tag.label}
                  assessment-tone=${tag.tone}
                ></pir-progress>`
          }
          <pir-notices
            .status=${this.standalone && lms.status === 'connecting' ? 'standalone' : lms.status}
            .problem=${lms.problem?.message ?? ''}
            .notice=${this.notice}
          ></pir-notices>
        </div>
      </div>
      <div class="wrap layout ${showMenu ? 'layout--menu' : 'layout--wide'}">
        ${showMenu ? renderMenu(s, tag, this.menuOpen, () => (this.menuOpen = !this.menuOpen)) : nothing}
        <main id="main" tabindex="-1">
          ${this.confirmingExit && screen !== 'exited' ? html`<pir-exit-dialog></pir-exit-dialog>` : nothing}
          ${
            this.waiting()
              ? html`<p class="loading" data-screen tabindex="-1" role="status">${t('shell.loading')}</p>`
              : renderScreen(s, screen, {
                  view: this.view,
                  lms,
                  standalone: this.standalone,
                  assetBase: this.assetBase,
                  pageError: this.pageError,
                  timeSpent: () => timeSpentSeconds(this.previousSeconds, this.startedAt, Date.now()),
                  onErrorLink: this.handleErrorLink,
                  earlierRecord: this.earlierRecord,
                })
          }
        </main>
      </div>
      <footer class="wrap">
        <p>${t('shell.footer', { title: course.title, version: course.version })}</p>
      </footer>
    `;
  }

  private handleNavigate = (event: PirNavigateEvent): void => {
    const d = event.destination;
    if (d.to === 'glossary' || d.to === 'references' || d.to === 'course') {
      this.pageError = false;
      this.view = d.to;
      return;
    }
    const machineEvent = navigateToCourseEvent(d, this.stamp());
    if (!machineEvent) return;
    // The machine decides whether the learner may go on; the shell only says why not.
    if (d.to === 'next' && !this.snap.can(machineEvent)) {
      void this.showPageError();
      return;
    }
    this.pageError = false;
    this.actor.send(machineEvent);
    this.view = 'course';
    this.menuOpen = false;
  };

  private handleCourseAction = async (event: PirCourseActionEvent): Promise<void> => {
    switch (event.action) {
      case 'requestExit':
        this.confirmingExit = true;
        await this.updateComplete;
        this.renderRoot.querySelector<PirExitDialog>('pir-exit-dialog')?.focusHeading();
        return;
      case 'stay':
        // Focus goes back to the Exit button, where the learner was.
        this.confirmingExit = false;
        await this.updateComplete;
        this.renderRoot.querySelector<PirHeader>('pir-header')?.focusExit();
        return;
      case 'exit':
        this.confirmingExit = false;
        this.view = 'course';
    }
    const machineEvent = actionToCourseEvent(event.action, this.stamp());
    if (machineEvent) this.actor.send(machineEvent);
  };

  private async showPageError(): Promise<void> {
    this.pageError = true;
    await this.updateComplete;
    // Again on a second try: the summary focuses itself only when problems first appear.
    this.renderRoot.querySelector('pir-error-summary')?.focus();
  }

  /** Error-summary link: focus the unanswered question (inside the lesson page's shadow root). */
  private handleErrorLink = (event: PirErrorLinkEvent): void => {
    event.preventDefault();
    const page = this.renderRoot.querySelector('pir-lesson-page');
    const question = [...(page?.shadowRoot?.querySelectorAll('pir-question') ?? [])].find(
      (q) => `${q.question?.id}-first` === event.field,
    );
    question?.focusHeading();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-course-app': PirCourseApp;
  }
}
