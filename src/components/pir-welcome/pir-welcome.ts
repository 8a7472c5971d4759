import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Course } from '../../content/course-schema.js';
import { t } from '../../content/strings.js';
import { PirCourseActionEvent } from '../../events/pir-course-action-event.js';
import { prose } from '../../styles/prose.js';
import { shared } from '../../styles/shared.js';

/**
 * The record of completion of an earlier attempt, from this device's copy, shown when the LMS
 * has started a new attempt after a completed one (the NHS Learning Hub always does).
 */
export interface PirEarlierRecord {
  version: string;
  learnerName: string;
  /** ms since epoch. */
  completedAt: number;
  /** Best passing score, 0–100. */
  score: number;
  completionReference: string;
}

/**
 * The welcome screen: what the course is for, its learning outcomes, how long it takes and how it
 * is assessed. The primary action comes first, so nobody scrolls past the outcomes to find it: a
 * new learner sees the figures and "Start the course" under the title; a returning learner sees
 * "Continue where you left off" or "Start again" inside the "Welcome back" panel. Starting again
 * asks for confirmation and says what is kept (results, a completion and reflections). When the
 * learning system has started a new attempt after a completed one, it says so plainly and offers
 * the learner their record of completion from this device's copy.
 *
 * @fires pir-course-action - `start`, `resume` or `restart` ({@link PirCourseActionEvent}).
 */
@customElement('pir-welcome')
export class PirWelcome extends LitElement {
  static override styles = [
    shared,
    prose,
    css`
      :host {
        display: block;
      }
      .content {
        max-width: var(--pir-measure);
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
        gap: var(--pir-space-3);
        margin: var(--pir-space-4) 0;
        padding: 0;
        list-style: none;
      }
      .facts li {
        padding: var(--pir-space-3);
        border-top: 4px solid var(--pir-color-brand);
        background: var(--pir-color-surface);
      }
      .facts strong {
        display: block;
        font-size: 1.1875rem;
      }
      .banner {
        margin: 0 0 var(--pir-space-4);
        border: 4px solid var(--pir-color-brand);
        background: var(--pir-color-brand);
      }
      .banner h2 {
        margin: 0;
        padding: var(--pir-space-1) var(--pir-space-3) var(--pir-space-1);
        color: var(--pir-color-surface);
        font-size: 1.0625rem;
      }
      .banner-body {
        padding: var(--pir-space-3);
        background: var(--pir-color-surface);
      }
      .banner-body :last-child {
        margin-bottom: 0;
      }
      .banner-body .button-group {
        margin-top: var(--pir-space-3);
      }
      .confirm {
        margin: var(--pir-space-3) 0 0;
        padding: var(--pir-space-1) var(--pir-space-3);
        border-left: 8px solid var(--pir-color-error);
        background: var(--pir-color-surface);
      }
      .confirm h3 {
        font-size: 1.1875rem;
      }
      .confirm h3:focus {
        outline: none;
      }
      #earlier-record h3 {
        margin-top: var(--pir-space-4);
      }
      .record {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--pir-space-1) var(--pir-space-3);
        margin: 0;
      }
      .record dt {
        font-weight: bold;
      }
      .record dd {
        margin: 0;
      }
      .outcomes li {
        margin-bottom: var(--pir-space-2);
      }
    `,
  ];

  /** The course, for its title, welcome text, outcomes, duration and assessment rules. */
  @property({ attribute: false }) course?: Course;

  /** True when a previous session left progress to continue. */
  @property({ type: Boolean, attribute: 'can-resume' }) canResume = false;

  /** True when the learner has already completed the course (their record is kept). */
  @property({ type: Boolean }) completed = false;

  /** An earlier attempt's record of completion, when the LMS has started a new attempt. */
  @property({ attribute: false }) earlierRecord: PirEarlierRecord | undefined;

  @state() private confirming = false;
  @state() private showingRecord = false;

  override render() {
    const c = this.course;
    if (!c) return nothing;
    return html`<div class="content">
      <h1 tabindex="-1">${c.title}</h1>
      ${this.earlierRecord && !this.canResume ? this.renderNewAttempt(this.earlierRecord) : nothing}
      ${
        this.canResume
          ? html`<div class="banner" role="region" aria-labelledby="welcome-back">
              <h2 id="welcome-back">${t('welcome.welcomeBack')}</h2>
              <div class="banner-body">
                <p>${this.completed ? t('welcome.completedKept') : t('welcome.progressSaved')}</p>
                ${this.confirming ? this.renderConfirm() : this.renderActions()}
              </div>
            </div>`
          : html`<ul class="facts">
                ${this.renderFacts()}
              </ul>
              ${this.renderActions()}`
      }
      <div class="prose lede">${unsafeHTML(c.welcomeHtml)}</div>
      ${
        this.canResume
          ? html`<ul class="facts">
              ${this.renderFacts()}
            </ul>`
          : nothing
      }
      <h2>${t('welcome.whatYouWillLearn')}</h2>
      <p>${t('welcome.byTheEnd')}</p>
      <ul class="outcomes">
        ${c.outcomes.map((o) => html`<li>${o.text}</li>`)}
      </ul>
      <p>${t('welcome.reflectionsNotMarked')}</p>
    </div>`;
  }

  /** The LMS started afresh after a completion: say so, and offer the device's record. */
  private renderNewAttempt(record: PirEarlierRecord) {
    const date = new Date(record.completedAt).toLocaleDateString(this.course?.language ?? 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    return html`<div class="banner" role="region" aria-labelledby="new-attempt">
      <h2 id="new-attempt">${t('welcome.newAttempt.heading')}</h2>
      <div class="banner-body">
        <p>${t('welcome.newAttempt.body', { date })}</p>
        <button
          class="button button--secondary"
          type="button"
          aria-expanded=${this.showingRecord ? 'true' : 'false'}
          aria-controls="earlier-record"
          @click=${() => (this.showingRecord = !this.showingRecord)}
        >
          ${this.showingRecord ? t('welcome.newAttempt.hideRecord') : t('common.viewRecord')}
        </button>
        <div id="earlier-record" ?hidden=${!this.showingRecord}>
          <h3>${t('welcome.record.heading')}</h3>
          <dl class="record">
            <dt>${t('welcome.record.learner')}</dt>
            <dd>${record.learnerName || t('welcome.record.learnerNotGiven')}</dd>
            <dt>${t('welcome.record.course')}</dt>
            <dd>
              ${t('welcome.record.courseValue', { title: this.course?.title ?? '', version: record.version })}
            </dd>
            <dt>${t('welcome.record.completedOn')}</dt>
            <dd>${date}</dd>
            <dt>${t('welcome.record.assessment')}</dt>
            <dd>${t('welcome.record.assessmentValue', { score: record.score })}</dd>
            <dt>${t('welcome.record.reference')}</dt>
            <dd>${record.completionReference}</dd>
          </dl>
        </div>
      </div>
    </div>`;
  }

  /** Duration, assessment and attempts at a glance. */
  private renderFacts() {
    const c = this.course;
    if (!c) return nothing;
    const { passMark, maxAttempts, drawSize } = c.assessment;
    return html`<li>
        <strong>${t('welcome.facts.duration', { count: Math.round(c.duration.minutes) })}</strong
        >${t('welcome.facts.lessons', { count: c.lessons.length })}
      </li>
      <li>
        <strong>${t('welcome.facts.assessment', { count: drawSize })}</strong
        >${t('welcome.facts.passMark', { passMark })}
      </li>
      <li>
        <strong>${t('welcome.facts.attempts', { count: maxAttempts })}</strong
        >${t('welcome.facts.stopAnyTime')}
      </li>`;
  }

  private renderActions() {
    if (!this.canResume) {
      return html`<div class="button-group">
        <button class="button" type="button" @click=${() => this.act('start')}>${t('welcome.start')}</button>
      </div>`;
    }
    return html`<div class="button-group">
      <button class="button" type="button" @click=${() => this.act('resume')}>${t('welcome.resume')}</button>
      <button class="button button--secondary" type="button" @click=${this.handleStartAgainClick}>
        ${t('welcome.startAgain')}
      </button>
    </div>`;
  }

  private renderConfirm() {
    return html`<div class="confirm" role="group" aria-labelledby="confirm-title">
      <h3 id="confirm-title" tabindex="-1">${t('welcome.confirm.heading')}</h3>
      <p>${this.completed ? t('welcome.confirm.bodyCompleted') : t('welcome.confirm.body')}</p>
      <div class="button-group">
        <button class="button button--warning" type="button" @click=${() => this.act('restart')}>
          ${t('welcome.confirm.yes')}
        </button>
        <button class="button button--secondary" type="button" @click=${this.handleCancelClick}>
          ${t('welcome.confirm.no')}
        </button>
      </div>
    </div>`;
  }

  private act(action: 'start' | 'resume' | 'restart'): void {
    this.dispatchEvent(new PirCourseActionEvent(action));
  }

  private handleStartAgainClick = async (): Promise<void> => {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-title')?.focus();
  };

  private handleCancelClick = async (): Promise<void> => {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.button-group .button--secondary')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-welcome': PirWelcome;
  }
}
