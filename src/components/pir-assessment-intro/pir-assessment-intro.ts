import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirCourseActionEvent } from '../../events/pir-course-action-event.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import { summaryList } from '../../styles/summary-list.js';
import type { PirLessonLink } from '../lesson-link.js';
import { assessmentIntroStyles } from './pir-assessment-intro.styles.js';

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
      <h1 tabindex="-1">Final assessment</h1>
      <dl class="summary">
        <div>
          <dt>Questions</dt>
          <dd>${this.questionCount}, one per page</dd>
        </div>
        <div>
          <dt>Pass mark</dt>
          <dd>${this.passMark}%</dd>
        </div>
        <div>
          <dt>Attempts left</dt>
          <dd>${this.attemptsRemaining} of ${this.maxAttempts}</dd>
        </div>
      </dl>
      ${
        this.passed
          ? html`<p>You have passed the assessment. Well done.</p>
              <div class="button-group">
                <button class="button" type="button" @click=${() => this.navigate()}>
                  View your record of completion
                </button>
              </div>`
          : locked
            ? html`<p>
                  The assessment opens when you have completed every lesson. You still need to complete:
                </p>
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
              ? html`<p>
                    Answer each question, then select Submit answer. You cannot go back to change an answer,
                    and you see your result at the end. The questions are chosen at random from a larger set,
                    so each attempt is different.
                  </p>
                  <p>
                    You may look back at the lessons, the glossary and the references while you answer; the
                    lesson menu brings you back to the question you were on.
                  </p>
                  <div class="button-group">
                    <button class="button" type="button" @click=${this.handleStartClick}>
                      Start the assessment
                    </button>
                  </div>`
              : html`<p>
                  You have used all your attempts. Speak to your learning lead or practice educator about what
                  to do next.
                </p>`
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
