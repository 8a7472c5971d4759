import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Question, Reference } from '../../content/course-schema.js';
import { PirAnswerEvent } from '../../events/pir-answer-event.js';
import { isComplete, type Response } from '../../content/answers.js';
import { inDisplayOrder } from '../../content/display-order.js';
import { shared } from '../../styles/shared.js';
import type { PirChoiceGroup } from '../pir-choice-group/pir-choice-group.js';
import type { PirFeedback } from '../pir-feedback/pir-feedback.js';
import type { PirMatching } from '../pir-matching/pir-matching.js';
import type { PirOrdering } from '../pir-ordering/pir-ordering.js';
import '../pir-choice-group/pir-choice-group.js';
import '../pir-error-summary/pir-error-summary.js';
import '../pir-feedback/pir-feedback.js';
import { questionStyles } from './pir-question.styles.js';
import { t } from '../../content/strings.js';
import type { StringKey } from '../../content/string-keys.js';

const ERROR_TEXT = {
  single: 'question.error.single',
  multiple: 'question.error.multiple',
  truefalse: 'question.error.truefalse',
  matching: 'question.error.matching',
  ordering: 'question.error.ordering',
} as const satisfies Record<Question['type'], StringKey>;

const HINT = {
  multiple: 'question.hint.multiple',
  matching: 'question.hint.matching',
  ordering: 'question.hint.ordering',
} as const satisfies Partial<Record<Question['type'], StringKey>>;

/**
 * @summary One question of any type, as a native form: a fieldset whose legend is the question.
 *
 * It composes the answer controls: `pir-choice-group` (single choice, true/false, multiple
 * response), `pir-matching` and `pir-ordering`, each rendering native inputs in this element's
 * shadow root, so the fieldset, legend, error message and disabled state apply to them as in
 * plain HTML. An incomplete answer shows a `pir-error-summary`, which takes focus.
 *
 * In `check` mode, submitting shows `pir-feedback` (right or wrong, why, the references and,
 * when wrong, the correct answer), announces the result and moves focus to the feedback's
 * heading; "Answer again" is a quiet text button under it. In `assessment` mode it only reports
 * the answer; the shell moves on to the next question.
 *
 * @fires pir-answer - The learner submitted a complete answer ({@link PirAnswerEvent}).
 * @csspart feedback - The feedback panel shown after a check is submitted.
 * @cssprop --pir-color-error - The bar and message of an incomplete answer.
 */
@customElement('pir-question')
export class PirQuestion extends LitElement {
  static override styles = [shared, questionStyles];

  /** The question to show. Comes from course content. */
  @property({ attribute: false }) question?: Question;

  /** The course's reference list; the question's own references are looked up in it. */
  @property({ attribute: false }) references: Reference[] = [];

  /** `check`: feedback after submitting (lesson pages). `assessment`: no feedback, one per screen. */
  @property() mode: 'check' | 'assessment' = 'check';

  /** Heading level of the question prompt: 1 when the question is the page (assessment). */
  @property({ type: Number }) level: 1 | 2 | 3 = 3;

  /** Position in the assessment (1-based); shown as "Question n of total" when set with `total`. */
  @property({ type: Number }) number = 0;

  /** Number of questions in the assessment attempt. */
  @property({ type: Number }) total = 0;

  /**
   * Options are shown shuffled, in an order fixed by the question and this key: the shell passes
   * the assessment attempt, so a question drawn again in a later attempt is shown afresh.
   */
  @property({ attribute: 'order-key' }) orderKey = '';

  /** True when this check was answered in an earlier visit (shows an "Answered" note). */
  @property({ type: Boolean, attribute: 'previously-answered' }) previouslyAnswered = false;

  @state() private response: Response | undefined;
  @state() private submitted: Response | undefined;
  @state() private showError = false;

  @query('pir-error-summary') private errorSummary?: HTMLElement;
  @query('pir-feedback') private feedback?: PirFeedback;
  @query('h1, h2.prompt-heading, h3.prompt-heading') private heading?: HTMLElement;

  /** Moves focus to the question's heading (used by the shell after navigation). */
  focusHeading(): void {
    this.heading?.focus();
  }

  /** The question as shown (options in display order). */
  #shown?: Question;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question') || changed.has('orderKey')) {
      this.#shown = this.question && inDisplayOrder(this.question, this.orderKey);
    }
    if (changed.has('question')) {
      this.response =
        this.question?.type === 'ordering'
          ? { type: 'ordering', order: this.question.items.map((i) => i.id) }
          : undefined;
      this.submitted = undefined;
      this.showError = false;
    }
  }

  override render() {
    const q = this.#shown;
    if (!q) return nothing;
    const locked = this.mode === 'check' && !!this.submitted;
    const errorId = `${q.id}-error`;
    return html`
      <form class="question" novalidate @submit=${this.handleSubmit}>
        <pir-error-summary
          .errors=${this.showError ? [{ text: t(ERROR_TEXT[q.type]), field: `${q.id}-first` }] : []}
        ></pir-error-summary>
        <div class=${this.showError ? 'group--error' : ''}>
          <fieldset ?disabled=${locked} aria-describedby=${this.showError ? errorId : nothing}>
            <legend>${this.renderPrompt(q)}</legend>
            ${this.renderHint(q)}
            ${
              this.showError
                ? html`<p class="error-message" id=${errorId}>
                    <span class="visually-hidden">${t('common.errorPrefix')}</span> ${t(ERROR_TEXT[q.type])}
                  </p>`
                : nothing
            }
            ${this.renderControls(q, locked)}
          </fieldset>
        </div>
        ${
          locked
            ? nothing
            : html`<div class="button-group">
                <button class="button" type="submit">${this.submitLabel()}</button>
              </div>`
        }
      </form>
      ${
        this.mode === 'check'
          ? html`<pir-feedback
              .question=${this.question}
              .response=${locked ? this.submitted : undefined}
              .references=${this.references}
              .level=${this.level}
            ></pir-feedback>`
          : nothing
      }
      ${
        locked
          ? html`<div class="button-group again">
              <button class="link-button" type="button" @click=${this.handleTryAgain}>
                ${t('question.answerAgain')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private submitLabel(): string {
    if (this.mode === 'check') return t('question.submit.check');
    return t(
      this.number && this.number === this.total ? 'question.submit.last' : 'question.submit.assessment',
    );
  }

  private renderPrompt(q: Question): TemplateResult {
    const number =
      this.number && this.total
        ? html`<span class="number"
            >${t('question.number', { number: this.number, total: this.total })}</span
          >`
        : nothing;
    const answered =
      this.previouslyAnswered && !this.submitted && this.mode === 'check'
        ? html` <span class="tag tag--green">${t('question.answeredBefore')}</span>`
        : nothing;
    switch (this.level) {
      case 1:
        return html`<h1 tabindex="-1">${number}${q.prompt}</h1>`;
      case 2:
        return html`<h2 class="prompt-heading" tabindex="-1">${number}${q.prompt}${answered}</h2>`;
      default:
        return html`<h3 class="prompt-heading" tabindex="-1">${number}${q.prompt}${answered}</h3>`;
    }
  }

  private renderHint(q: Question) {
    const key = q.type in HINT ? HINT[q.type as keyof typeof HINT] : undefined;
    const hint = key && t(key);
    // Authors sometimes put the instruction in the prompt already; don't say it twice.
    const said = hint && q.prompt.toLowerCase().includes(hint.toLowerCase().replace(/\.$/, ''));
    return hint && !said ? html`<p class="hint">${hint}</p>` : nothing;
  }

  private renderControls(q: Question, locked: boolean) {
    const r = this.response;
    switch (q.type) {
      case 'single':
      case 'multiple':
        return html`<pir-choice-group
          type=${q.type === 'single' ? 'radio' : 'checkbox'}
          name=${q.id}
          .options=${q.options.map((o) => ({ value: o.id, label: o.text }))}
          .value=${r?.type === 'single' ? [r.optionId] : r?.type === 'multiple' ? r.optionIds : []}
          ?mark-chosen=${locked}
          @change=${this.handleChoiceChange}
        ></pir-choice-group>`;
      case 'truefalse':
        return html`<pir-choice-group
          type="radio"
          name=${q.id}
          .options=${[
            { value: 'true', label: t('common.true') },
            { value: 'false', label: t('common.false') },
          ]}
          .value=${r?.type === 'truefalse' ? [String(r.value)] : []}
          ?mark-chosen=${locked}
          @change=${this.handleChoiceChange}
        ></pir-choice-group>`;
      case 'matching':
        return html`<pir-matching
          name=${q.id}
          .items=${q.items}
          .targets=${q.targets}
          .value=${r?.type === 'matching' ? r.pairs : {}}
          @change=${this.handleMatchingChange}
        ></pir-matching>`;
      case 'ordering':
        return html`<pir-ordering
          name=${q.id}
          .items=${q.items}
          .value=${r?.type === 'ordering' ? r.order : []}
          ?readonly=${locked}
          @change=${this.handleOrderingChange}
        ></pir-ordering>`;
    }
  }

  private handleChoiceChange = (event: Event): void => {
    const chosen = (event.currentTarget as PirChoiceGroup).value;
    const q = this.question;
    if (q?.type === 'single') this.response = { type: 'single', optionId: chosen[0] ?? '' };
    else if (q?.type === 'truefalse')
      this.response = chosen.length ? { type: 'truefalse', value: chosen[0] === 'true' } : undefined;
    else if (q?.type === 'multiple') {
      // In the written order, not the shuffled one: the LMS record reads the same for every learner.
      this.response = {
        type: 'multiple',
        optionIds: q.options.filter((o) => chosen.includes(o.id)).map((o) => o.id),
      };
    }
  };

  private handleMatchingChange = (event: Event): void => {
    this.response = { type: 'matching', pairs: { ...(event.currentTarget as PirMatching).value } };
  };

  private handleOrderingChange = (event: Event): void => {
    this.response = { type: 'ordering', order: [...(event.currentTarget as PirOrdering).value] };
  };

  private handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const q = this.question;
    if (!q) return;
    if (!isComplete(q, this.response)) {
      this.showError = true;
      await this.updateComplete;
      // Again on every failed submit, not only when the summary first appears.
      this.errorSummary?.focus();
      return;
    }
    const response = this.response;
    this.showError = false;
    if (this.mode === 'check') {
      this.submitted = response;
      await this.updateComplete;
      // The feedback is what to read next (not "Answer again"): its heading takes focus.
      await this.feedback?.updateComplete;
      this.feedback?.focus();
    }
    this.dispatchEvent(new PirAnswerEvent(q.id, response));
  };

  private handleTryAgain = async (): Promise<void> => {
    const q = this.question;
    this.submitted = undefined;
    this.response = q?.type === 'ordering' ? this.response : undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${q?.id ?? ''}-first`)?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-question': PirQuestion;
  }
}
