import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirCourseActionEvent } from '../../events/pir-course-action-event.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import { summaryList } from '../../styles/summary-list.js';
import type { PirLessonLink } from '../lesson-link.js';
import { assessmentIntroStyles } from './pir-assessment-intro.styles.js';
import { t } from '../../content/strings.js';

/**
 * @summary The introduction to the final assessment: how many questions, the pass mark and the attempts
 * left. While lessons remain it says which, with links to them; once passed it points to the
 * record of completion.
 *
 * @fires pir-course-action - `startAssessment` ({@link PirCourseActionEvent}).
 * @fires pir-navigate - A lesson link or the record of completion ({@link PirNavigateEvent}).
 * @cssprop --pir-measure - The longest line of text.
 * @cssprop --pir-summary-key-width - The width of the facts' labels (from the summary list).
 */
@customElement('pir-assessment-intro')
export class PirAssessmentIntro extends LitElement {
  static override styles = [shared, summaryList, assessmentIntroStyles];

  /** Number of questions drawn for each attempt. */
  @property({ type: Number, attribute: 'question-count' }) questionCount = 0;

  /** Percentage needed to pass. */
  @property({ type: Number, attribute: 'pass-mark' }) passMark = 0;

  /** Attempts allowed in all. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = 0;

  /** Attempts the learner has left. */
  @property({ type: Number, attribute: 'attempts-remaining' }) attemptsRemaining = 0;

  /** True once the learner has passed. */
  @property({ type: Boolean }) passed = false;

  /** Lessons still to complete before the assessment opens (empty when it is open). */
  @property({ attribute: false }) lessonsToComplete: PirLessonLink[] = [];

  override render() {
    const locked = this.lessonsToComplete.length > 0;
    return html`
      <h1 tabindex="-1">${t('assessmentIntro.heading')}</h1>
      <dl class="summary">
        <div>
          <dt>${t('assessmentIntro.questions')}</dt>
          <dd>${t('assessmentIntro.questionsValue', { count: this.questionCount })}</dd>
        </div>
        <div>
          <dt>${t('assessmentIntro.passMark')}</dt>
          <dd>${t('assessmentIntro.passMarkValue', { passMark: this.passMark })}</dd>
        </div>
        <div>
          <dt>${t('assessmentIntro.attemptsLeft')}</dt>
          <dd>
            ${t('assessmentIntro.attemptsLeftValue', { remaining: this.attemptsRemaining, max: this.maxAttempts })}
          </dd>
        </div>
      </dl>
      ${
        this.passed
          ? html`<p>${t('assessmentIntro.passed')}</p>
              <div class="button-group">
                <button class="button" type="button" @click=${() => this.navigate()}>
                  ${t('common.viewRecord')}
                </button>
              </div>`
          : locked
            ? html`<p>${t('assessmentIntro.locked')}</p>
                <ul>
                  ${this.lessonsToComplete.map(
                    (l) =>
                      html`<li>
                        ${
                          l.available
                            ? html`<button class="link-button" type="button" @click=${() => this.navigate(l)}>
                                ${l.title}
                              </button>`
                            : l.title
                        }
                      </li>`,
                  )}
                </ul>`
            : this.attemptsRemaining > 0
              ? html`<p>${t('assessmentIntro.howItWorks')}</p>
                  <p>${t('assessmentIntro.lookBack')}</p>
                  <div class="button-group">
                    <button class="button" type="button" @click=${this.handleStartClick}>
                      ${t('assessmentIntro.start')}
                    </button>
                  </div>`
              : html`<p>${t('common.noAttemptsLeft')}</p>`
      }
    `;
  }

  private navigate(link?: PirLessonLink): void {
    this.dispatchEvent(
      new PirNavigateEvent(link ? { to: 'page', lesson: link.lesson, page: link.page } : { to: 'summary' }),
    );
  }

  private handleStartClick = (): void => {
    this.dispatchEvent(new PirCourseActionEvent('startAssessment'));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-assessment-intro': PirAssessmentIntro;
  }
}
