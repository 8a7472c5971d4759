import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirCourseActionEvent } from '../../events/pir-course-action-event.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ReviewItem } from '../../content/answer-review.js';
import { prose } from '../../styles/prose.js';
import type { PirLessonLink } from '../lesson-link.js';
import { t } from '../../content/strings.js';

/** A finished attempt, as the results screen shows it. */
export interface PirAttemptResult {
  number: number;
  correct: number;
  total: number;
  passed: boolean;
}

/** A learning outcome to revisit, with the lessons that teach it. */
export interface PirOutcomeToRevisit {
  text: string;
  lessons: PirLessonLink[];
}

/**
 * The results of an assessment attempt: the score, pass or fail, the learning outcomes to revisit
 * with links to their lessons, and a retry while attempts remain. When the course allows it (after
 * a pass, or after the last attempt) it also shows a question-by-question review: the question, the
 * learner's answer, the correct answer and why.
 *
 * @fires pir-course-action - `startAssessment` to try again ({@link PirCourseActionEvent}).
 * @fires pir-navigate - A lesson to revisit, or the record of completion ({@link PirNavigateEvent}).
 */
@customElement('pir-results')
export class PirResults extends LitElement {
  static override styles = [
    shared,
    prose,
    css`
      :host {
        display: block;
        max-width: var(--pir-measure);
      }
      .panel {
        margin: 0 0 var(--pir-space-4);
        padding: var(--pir-space-4);
        text-align: center;
        color: var(--pir-color-surface);
        background: var(--pir-color-success);
      }
      .panel--fail {
        color: var(--pir-color-text);
        background: var(--pir-color-surface);
        border: 5px solid var(--pir-color-error);
      }
      .panel h1 {
        margin-bottom: var(--pir-space-2);
      }
      .panel h1:focus {
        outline: none;
      }
      .score {
        display: block;
        font-size: 2.5rem;
        font-weight: 700;
        line-height: 1.1;
      }
      .panel p {
        margin: 0;
        font-size: 1.1875rem;
      }
      .outcomes > li {
        margin-bottom: var(--pir-space-3);
      }
      .outcomes ul {
        margin: var(--pir-space-1) 0 0;
        padding-left: 1.25rem;
      }
      .review {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .review > li {
        margin: 0 0 var(--pir-space-4);
        padding: var(--pir-space-3) var(--pir-space-4);
        border-left: 4px solid var(--pir-color-border-strong);
        background: var(--pir-color-surface);
      }
      .review > li.wrong {
        border-left-color: var(--pir-color-error);
      }
      .review > li.right {
        border-left-color: var(--pir-color-success);
      }
      .review h3 {
        margin-bottom: var(--pir-space-2);
        font-size: 1.1875rem;
      }
      .review dl {
        margin: 0 0 var(--pir-space-2);
      }
      .review dt {
        font-weight: 700;
      }
      .review dd {
        margin: 0 0 var(--pir-space-2);
      }
    `,
  ];

  /** The attempt to report. */
  @property({ attribute: false }) result?: PirAttemptResult;

  /** Percentage needed to pass. */
  @property({ type: Number, attribute: 'pass-mark' }) passMark = 0;

  /** Attempts left after this one. */
  @property({ type: Number, attribute: 'attempts-remaining' }) attemptsRemaining = 0;

  /** Outcomes tested by the questions answered wrongly. */
  @property({ attribute: false }) revisit: PirOutcomeToRevisit[] = [];

  /** The course is complete: every lesson complete and the assessment passed (a pass alone is not). */
  @property({ type: Boolean }) completed = false;

  /** Where the result goes: the learning system (`lms` once it confirms, `sending` before), or this `device` only. */
  @property({ attribute: 'saved-to' }) savedTo: 'lms' | 'sending' | 'device' = 'sending';

  /**
   * The question-by-question review, given only when the course allows it (after a pass or the
   * last attempt): while attempts remain, showing the key would give the bank away.
   */
  @property({ attribute: false }) review: ReviewItem[] = [];

  override render() {
    const r = this.result;
    if (!r) return nothing;
    // Truncated like the score sent to the LMS, so the learner and the record agree.
    const percent = r.total ? Math.floor((r.correct * 100) / r.total) : 0;
    return html`
      <div class="panel ${r.passed ? '' : 'panel--fail'}">
        <h1 tabindex="-1">${t(r.passed ? 'results.passed' : 'results.notPassed')}</h1>
        <p>
          ${t('results.yourScore')}
          <span class="score">${t('results.percent', { percent })}</span>
          ${t('results.correctOf', { correct: r.correct, total: r.total, passMark: this.passMark })}
        </p>
      </div>
      ${
        r.passed
          ? html`<p>${this.passMessage()}</p>
              <div class="button-group">
                <button class="button" type="button" @click=${this.handleSummaryClick}>
                  ${t('common.viewRecord')}
                </button>
              </div>`
          : html`<p>
              ${
                this.attemptsRemaining > 0
                  ? t('results.attemptsLeft', { count: this.attemptsRemaining })
                  : t('common.noAttemptsLeft')
              }
            </p>`
      }
      ${
        this.revisit.length
          ? html`<h2>${t(r.passed ? 'results.worthAnotherLook' : 'results.outcomesToRevisit')}</h2>
              <ul class="outcomes">
                ${this.revisit.map(
                  (o) =>
                    html`<li>
                      ${o.text}
                      <ul>
                        ${o.lessons.map(
                          (l) =>
                            html`<li>
                              ${
                                l.available
                                  ? html`<button
                                      class="link-button"
                                      type="button"
                                      @click=${() => this.handleLessonClick(l)}
                                    >
                                      ${t('results.revisitLesson', { lesson: l.title })}
                                    </button>`
                                  : l.title
                              }
                            </li>`,
                        )}
                      </ul>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${this.review.length ? this.renderReview() : nothing}
      ${
        !r.passed && this.attemptsRemaining > 0
          ? html`<div class="button-group">
              <button class="button" type="button" @click=${this.handleRetryClick}>
                ${t('results.tryAgain')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private passMessage(): string {
    if (!this.completed) return t('results.passedIncomplete');
    if (this.savedTo === 'device') return t('results.passedOnDevice');
    return t(this.savedTo === 'lms' ? 'results.passedRecorded' : 'results.passedSending');
  }

  private renderReview() {
    return html`<section aria-labelledby="review-title">
      <h2 id="review-title">${t('results.reviewHeading')}</h2>
      <ol class="review">
        ${this.review.map(
          (item, i) =>
            html`<li class=${item.isCorrect ? 'right' : 'wrong'}>
              <h3>
                ${t(item.isCorrect ? 'results.reviewCorrect' : 'results.reviewIncorrect', { number: i + 1 })}
              </h3>
              <p>${item.prompt}</p>
              <dl>
                <dt>${t('results.yourAnswer')}</dt>
                <dd>${item.yours}</dd>
                <dt>${t('results.correctAnswer')}</dt>
                <dd>${item.correct}</dd>
              </dl>
              <div class="prose">${unsafeHTML(item.rationaleHtml)}</div>
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private handleLessonClick = (link: PirLessonLink): void => {
    this.dispatchEvent(new PirNavigateEvent({ to: 'page', lesson: link.lesson, page: link.page }));
  };

  private handleSummaryClick = (): void => {
    this.dispatchEvent(new PirNavigateEvent({ to: 'summary' }));
  };

  private handleRetryClick = (): void => {
    this.dispatchEvent(new PirCourseActionEvent('startAssessment'));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-results': PirResults;
  }
}
