import { html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Question, Reference } from '../../content/course-schema.js';
import { isCorrect, type Response } from '../../content/answers.js';
import { LightDomElement } from '../light-dom-element.js';
import { feedbackStyles } from './pir-feedback.styles.js';
import { t } from '../../content/strings.js';

/**
 * @summary Feedback on a marked answer: the result, why, the supporting references and, when
 * wrong, the correct answer.
 *
 * Shows, in order: "Correct" or "Incorrect" (a heading that takes focus through `focus()`), the
 * question's feedback, the authored feedback on each option the learner chose, the correct
 * answer (when wrong), the rationale under "Why", and the question's references. A polite live
 * region, present before any answer, announces the result. Nothing but the live region shows
 * while `response` is unset. Renders in the light DOM of the question that places it.
 *
 * @csspart feedback - The feedback panel (exported by `pir-question` under the same name).
 * @cssprop --pir-color-success - The bar and mark of a correct answer.
 * @cssprop --pir-color-error - The bar and mark of an incorrect answer.
 */
export class PirFeedback extends LightDomElement {
  static override properties = {
    question: { attribute: false },
    response: { attribute: false },
    references: { attribute: false },
    level: { type: Number },
  };
  static override lightStyles = feedbackStyles;

  /** The question that was answered (trusted course content: its rationale is HTML). */
  question?: Question;

  /** The learner's marked answer; unset until there is one. */
  response?: Response;

  /** The course's reference list; the question's own references are looked up in it. */
  references: Reference[] = [];

  /** Heading level of the question; the feedback's headings sit one below it. */
  level = 3;

  private announcement = '';

  /** Moves focus to the result heading, so the learner reads the feedback next. */
  override focus(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('.verdict')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('response') && !changed.has('question')) return;
    const q = this.question;
    const r = this.response;
    if (!q || !r) {
      this.announcement = '';
      return;
    }
    const correct = isCorrect(q, r);
    this.announcement = correct
      ? t('feedback.announceCorrect', { feedback: q.feedback.correct })
      : t('feedback.announceIncorrect', { feedback: q.feedback.incorrect });
  }

  override render() {
    const q = this.question;
    const r = this.response;
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>
      ${q && r ? this.renderPanel(q, r) : nothing}`;
  }

  private renderPanel(q: Question, response: Response) {
    const correct = isCorrect(q, response);
    const level = this.level + 1;
    const refs = q.references.flatMap((id) => this.references.filter((r) => r.id === id));
    const chosen =
      q.type === 'single' || q.type === 'multiple'
        ? q.options.filter(
            (o) =>
              o.feedback &&
              (response.type === 'single'
                ? response.optionId === o.id
                : response.type === 'multiple' && response.optionIds.includes(o.id)),
          )
        : [];
    return html`<div part="feedback" class="feedback ${correct ? 'feedback--correct' : ''}">
      <p class="verdict" role="heading" aria-level=${level} tabindex="-1">
        <span class="mark" aria-hidden="true">${correct ? '✓' : '✗'}</span
        >${t(correct ? 'feedback.correct' : 'feedback.incorrect')}
      </p>
      <p>${correct ? q.feedback.correct : q.feedback.incorrect}</p>
      ${chosen.map(
        (o) =>
          html`<p>
            <strong>${t('feedback.youChose', { option: o.text.replace(/[.!?]$/, '') })}</strong> ${o.feedback}
          </p>`,
      )}
      ${correct ? nothing : this.renderCorrectAnswer(q)}
      <p class="sub" role="heading" aria-level=${level}>${t('feedback.why')}</p>
      <div class="rationale">${unsafeHTML(q.rationale)}</div>
      ${
        refs.length
          ? html`<p class="sub" role="heading" aria-level=${level}>
                ${t('feedback.references', { count: refs.length })}
              </p>
              <ul class="references">
                ${refs.map(
                  (r) =>
                    html`<li>
                      ${r.citation}
                      ${
                        r.url
                          ? html` <a href=${r.url} target="_blank" rel="noopener noreferrer"
                              >${r.url}<span class="visually-hidden"> ${t('common.opensInNewTab')}</span></a
                            >`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderCorrectAnswer(q: Question) {
    switch (q.type) {
      case 'single':
        return html`<p>
          <strong>${t('feedback.correctAnswer')}</strong> ${q.options.find((o) => o.id === q.correct)?.text}
        </p>`;
      case 'multiple':
        return html`<p><strong>${t('feedback.correctAnswers')}</strong></p>
          <ul>
            ${q.options.filter((o) => q.correct.includes(o.id)).map((o) => html`<li>${o.text}</li>`)}
          </ul>`;
      case 'truefalse':
        return html`<p>
          <strong>${t('feedback.correctAnswer')}</strong> ${t(q.correct ? 'common.true' : 'common.false')}
        </p>`;
      case 'matching':
        return html`<p><strong>${t('feedback.correctMatches')}</strong></p>
          <ul>
            ${q.items.map(
              (item) =>
                html`<li>${item.text}: ${q.targets.find((t) => t.id === q.correct[item.id])?.text}</li>`,
            )}
          </ul>`;
      case 'ordering':
        return html`<p><strong>${t('feedback.correctOrder')}</strong></p>
          <ol>
            ${q.correct.map((id) => html`<li>${q.items.find((i) => i.id === id)?.text}</li>`)}
          </ol>`;
    }
  }
}

customElements.define('pir-feedback', PirFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'pir-feedback': PirFeedback;
  }
}
