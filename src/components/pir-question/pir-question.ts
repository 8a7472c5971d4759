import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type {
  MatchingQuestion,
  MultipleResponseQuestion,
  OrderingQuestion,
  Question,
  Reference,
  SingleChoiceQuestion,
} from '../../content/course-schema.js';
import { PirAnswerEvent } from '../../events/pir-answer-event.js';
import type { Response } from '../../content/answers.js';
import { shared } from '../../styles/shared.js';
import { isComplete, isCorrect } from '../../content/answers.js';
import { inDisplayOrder } from '../../content/display-order.js';

const ERROR_TEXT: Record<Question['type'], string> = {
  single: 'Select an answer',
  multiple: 'Select at least one answer',
  truefalse: 'Select true or false',
  matching: 'Choose a match for every item',
  ordering: 'Put the items in order',
};

/**
 * One question of any type, with native form semantics: radios (single choice, true/false),
 * checkboxes (multiple response), a select per item (matching) and move up / move down buttons
 * with announced positions (ordering), all inside a fieldset whose legend is the question.
 *
 * In `check` mode, submitting shows feedback (right or wrong, why, the supporting references and,
 * when wrong, the correct answer) and announces the result in a live region. In `assessment` mode
 * it only reports the answer; the shell moves on to the next question. An incomplete answer shows
 * a GOV.UK-style error summary, which takes focus.
 *
 * @fires pir-answer - The learner submitted a complete answer ({@link PirAnswerEvent}).
 * @csspart feedback - The feedback panel shown after a check is submitted.
 */
@customElement('pir-question')
export class PirQuestion extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .question {
        margin: 0 0 var(--pir-space-4);
      }
      fieldset {
        min-width: 0;
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0;
        margin-bottom: var(--pir-space-3);
        max-width: 100%;
        white-space: normal;
      }
      legend h1,
      legend h2,
      legend h3 {
        margin: 0;
      }
      legend h1 {
        font-size: clamp(1.375rem, 1.15rem + 1vw, 1.875rem);
      }
      legend h2,
      legend h3 {
        font-size: 1.25rem;
      }
      legend .prompt {
        font-weight: 700;
        font-size: 1.1875rem;
      }
      .number {
        display: block;
        color: var(--pir-color-text-secondary);
        font-size: 1.1875rem;
        font-weight: 400;
        margin-bottom: var(--pir-space-1);
      }
      .hint {
        color: var(--pir-color-text-secondary);
        margin: calc(-1 * var(--pir-space-2)) 0 var(--pir-space-3);
      }
      .group--error {
        border-left: 5px solid var(--pir-color-error);
        padding-left: var(--pir-space-3);
      }
      .error-message {
        display: block;
        color: var(--pir-color-error);
        font-weight: 700;
        margin: 0 0 var(--pir-space-3);
      }
      .choices {
        display: grid;
        gap: var(--pir-space-2);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .choice {
        position: relative;
        display: flex;
        align-items: flex-start;
        gap: var(--pir-space-3);
        padding: var(--pir-space-2) var(--pir-space-3) var(--pir-space-2) var(--pir-space-2);
        border: 1px solid var(--pir-color-border);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
        cursor: pointer;
      }
      .choice:hover {
        border-color: var(--pir-color-border-strong);
      }
      .choice:has(input:checked) {
        border-color: var(--pir-color-brand);
        box-shadow: inset 4px 0 0 var(--pir-color-brand);
      }
      .choice input {
        flex: none;
        width: 1.75rem;
        height: 1.75rem;
        margin: 0.125rem 0 0;
        accent-color: var(--pir-color-text);
        cursor: pointer;
      }
      .choice input:focus-visible {
        outline: 4px solid var(--pir-color-focus);
        outline-offset: 2px;
        box-shadow: 0 0 0 7px var(--pir-color-focus-text);
      }
      .choice span {
        padding-top: 0.15rem;
      }
      fieldset:disabled .choice {
        cursor: default;
        color: var(--pir-color-text);
      }
      .your-answer {
        margin-left: var(--pir-space-1);
      }
      .match-list,
      .order-list {
        display: grid;
        gap: var(--pir-space-3);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .match {
        padding: var(--pir-space-3);
        border: 1px solid var(--pir-color-border);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
      }
      .match label {
        display: block;
        font-weight: 600;
        margin-bottom: var(--pir-space-2);
      }
      select {
        width: 100%;
        max-width: 100%;
        min-height: 2.75rem;
        padding: 0.25rem 0.5rem;
        border: 2px solid var(--pir-color-text);
        border-radius: 0;
        background: var(--pir-color-surface);
        color: var(--pir-color-text);
        font: inherit;
      }
      /* A closed select shows one line, cut short on a phone: the whole match is repeated under it. */
      .match-choice {
        margin: var(--pir-space-2) 0 0;
        font-size: 1rem;
        color: var(--pir-color-text-secondary);
      }
      select:focus-visible {
        outline: 3px solid var(--pir-color-focus);
        outline-offset: 0;
        box-shadow: inset 0 0 0 2px var(--pir-color-text);
      }
      .order-item {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--pir-space-2) var(--pir-space-3);
        padding: var(--pir-space-2) var(--pir-space-3);
        border: 1px solid var(--pir-color-border);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
      }
      .order-item.moved {
        border-color: var(--pir-color-brand);
        box-shadow: inset 4px 0 0 var(--pir-color-brand);
      }
      .order-position {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 2rem;
        height: 2rem;
        border-radius: 50%;
        background: var(--pir-color-brand);
        color: #fff;
        font-weight: 700;
      }
      .order-text {
        flex: 1 1 10rem;
      }
      .order-buttons[hidden] {
        display: none;
      }
      .order-buttons {
        display: flex;
        gap: var(--pir-space-2);
      }
      .error-summary {
        margin: 0 0 var(--pir-space-4);
        padding: var(--pir-space-3) var(--pir-space-4);
        border: 5px solid var(--pir-color-error);
        background: var(--pir-color-surface);
      }
      .error-summary:focus {
        outline: 4px solid var(--pir-color-focus);
        outline-offset: 0;
      }
      .error-summary h2 {
        font-size: 1.375rem;
        margin-bottom: var(--pir-space-2);
      }
      .error-summary ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .error-summary a {
        color: var(--pir-color-error);
        font-weight: 700;
      }
      .feedback {
        margin: var(--pir-space-4) 0 0;
        padding: var(--pir-space-3) var(--pir-space-3) var(--pir-space-3) var(--pir-space-4);
        border-left: 8px solid var(--pir-color-error);
        background: var(--pir-color-surface);
      }
      .feedback--correct {
        border-left-color: var(--pir-color-success);
      }
      .feedback .verdict {
        display: flex;
        align-items: center;
        gap: var(--pir-space-2);
        font-size: 1.25rem;
        font-weight: 700;
        margin-bottom: var(--pir-space-2);
      }
      .feedback .mark {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 1.75rem;
        height: 1.75rem;
        border-radius: 50%;
        background: var(--pir-color-error);
        color: #fff;
        font-size: 1rem;
      }
      .feedback--correct .mark {
        background: var(--pir-color-success);
      }
      .feedback .sub {
        font-weight: 700;
        margin: var(--pir-space-3) 0 var(--pir-space-1);
      }
      .feedback :last-child {
        margin-bottom: 0;
      }
      .references {
        padding-left: 1.25rem;
        font-size: 1rem;
      }
    `,
  ];

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
  @state() private announcement = '';
  @state() private movedId = '';

  @query('.error-summary') private errorSummary?: HTMLElement;
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
      this.announcement = '';
      this.movedId = '';
    }
  }

  override render() {
    const q = this.#shown;
    if (!q) return nothing;
    const locked = this.mode === 'check' && !!this.submitted;
    const errorId = `${q.id}-error`;
    return html`
      <form class="question" novalidate @submit=${this.handleSubmit}>
        ${this.showError ? this.renderErrorSummary(q) : nothing}
        <div class=${this.showError ? 'group--error' : ''}>
          <fieldset ?disabled=${locked} aria-describedby=${this.showError ? errorId : nothing}>
            <legend>${this.renderPrompt(q)}</legend>
            ${this.renderHint(q)}
            ${
              this.showError
                ? html`<p class="error-message" id=${errorId}>
                    <span class="visually-hidden">Error:</span> ${ERROR_TEXT[q.type]}
                  </p>`
                : nothing
            }
            ${this.renderControls(q)}
          </fieldset>
        </div>
        <div class="button-group">
          ${
            locked
              ? html`<button class="button button--secondary" type="button" @click=${this.handleTryAgain}>
                  Answer again
                </button>`
              : html`<button class="button" type="submit">${this.submitLabel()}</button>`
          }
        </div>
      </form>
      ${
        this.mode === 'check'
          ? html`<p class="visually-hidden" role="status">${this.announcement}</p>`
          : nothing
      }
      ${locked && this.submitted ? this.renderFeedback(q, this.submitted) : nothing}
    `;
  }

  private submitLabel(): string {
    if (this.mode === 'check') return 'Check answer';
    return this.number && this.number === this.total ? 'Submit and see result' : 'Submit answer';
  }

  private renderPrompt(q: Question): TemplateResult {
    const number =
      this.number && this.total
        ? html`<span class="number">Question ${this.number} of ${this.total}</span>`
        : nothing;
    const answered =
      this.previouslyAnswered && !this.submitted && this.mode === 'check'
        ? html` <span class="tag tag--green">Answered before</span>`
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
    const hints: Partial<Record<Question['type'], string>> = {
      multiple: 'Select all that apply.',
      matching: 'Choose the best match for each item.',
      ordering: 'Use the Move up and Move down buttons to put the items in order, first at the top.',
    };
    const hint = hints[q.type];
    // Authors sometimes put the instruction in the prompt already; don't say it twice.
    const said = hint && q.prompt.toLowerCase().includes(hint.toLowerCase().replace(/\.$/, ''));
    return hint && !said ? html`<p class="hint">${hint}</p>` : nothing;
  }

  private renderErrorSummary(q: Question) {
    return html`
      <div class="error-summary" tabindex="-1" role="alert" aria-labelledby="${q.id}-error-title">
        <h2 id="${q.id}-error-title">There is a problem</h2>
        <ul>
          <li><a href="#${q.id}-first" @click=${this.handleErrorLinkClick}>${ERROR_TEXT[q.type]}</a></li>
        </ul>
      </div>
    `;
  }

  private renderControls(q: Question) {
    switch (q.type) {
      case 'single':
        return this.renderChoices(q, 'radio');
      case 'multiple':
        return this.renderChoices(q, 'checkbox');
      case 'truefalse':
        return this.renderTrueFalse(q.id);
      case 'matching':
        return this.renderMatching(q);
      case 'ordering':
        return this.renderOrdering(q);
    }
  }

  private renderChoices(q: SingleChoiceQuestion | MultipleResponseQuestion, kind: 'radio' | 'checkbox') {
    const r = this.response;
    const isChecked = (id: string) =>
      r?.type === 'single' ? r.optionId === id : r?.type === 'multiple' ? r.optionIds.includes(id) : false;
    return html`<div class="choices">
      ${q.options.map(
        (o, i) =>
          html`<label class="choice">
            <input
              id=${i === 0 ? `${q.id}-first` : `${q.id}-${o.id}`}
              type=${kind}
              name=${q.id}
              .value=${o.id}
              .checked=${isChecked(o.id)}
              @change=${kind === 'radio' ? this.handleRadioChange : this.handleCheckboxChange}
            />
            <span>${o.text}${this.yourAnswer(isChecked(o.id))}</span>
          </label>`,
      )}
    </div>`;
  }

  /** After a check is submitted, marks the learner's choices in words (disabled inputs look faint). */
  private yourAnswer(checked: boolean) {
    return checked && this.submitted && this.mode === 'check'
      ? html` <span class="tag tag--blue your-answer">Your answer</span>`
      : nothing;
  }

  private renderTrueFalse(id: string) {
    const r = this.response;
    const value = r?.type === 'truefalse' ? r.value : undefined;
    return html`<div class="choices">
      ${[true, false].map(
        (v) =>
          html`<label class="choice">
            <input
              id=${v ? `${id}-first` : `${id}-false`}
              type="radio"
              name=${id}
              .value=${String(v)}
              .checked=${value === v}
              @change=${this.handleTrueFalseChange}
            />
            <span>${v ? 'True' : 'False'}${this.yourAnswer(value === v)}</span>
          </label>`,
      )}
    </div>`;
  }

  private renderMatching(q: MatchingQuestion) {
    const pairs = this.response?.type === 'matching' ? this.response.pairs : {};
    return html`<ul class="match-list">
      ${q.items.map(
        (item, i) =>
          html`<li class="match">
            <label for=${i === 0 ? `${q.id}-first` : `${q.id}-${item.id}`}>${item.text}</label>
            <select
              id=${i === 0 ? `${q.id}-first` : `${q.id}-${item.id}`}
              data-item=${item.id}
              @change=${this.handleMatchChange}
            >
              <option value="" ?selected=${!pairs[item.id]}>Choose a match</option>
              ${q.targets.map(
                (t) => html`<option value=${t.id} ?selected=${pairs[item.id] === t.id}>${t.text}</option>`,
              )}
            </select>
            ${
              pairs[item.id]
                ? html`<p class="match-choice" aria-hidden="true">
                    Your match: ${q.targets.find((t) => t.id === pairs[item.id])?.text}
                  </p>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  private renderOrdering(q: OrderingQuestion) {
    const order = this.response?.type === 'ordering' ? this.response.order : q.items.map((i) => i.id);
    const text = (id: string) => q.items.find((i) => i.id === id)?.text ?? id;
    const count = order.length;
    return html`<ol class="order-list" aria-label="Order of items">
      ${order.map(
        (id, i) =>
          html`<li class="order-item ${this.movedId === id ? 'moved' : ''}">
            <span class="order-position" aria-hidden="true">${i + 1}</span>
            <span class="order-text">${text(id)}</span>
            <span class="order-buttons" ?hidden=${!!this.submitted && this.mode === 'check'}>
              <button
                class="button button--secondary button--small"
                type="button"
                id=${i === 0 ? `${q.id}-first` : `${q.id}-${id}-up`}
                data-id=${id}
                data-dir="-1"
                ?disabled=${i === 0}
                @click=${this.handleMove}
              >
                Move up<span class="visually-hidden">: ${text(id)}, position ${i + 1} of ${count}</span>
              </button>
              <button
                class="button button--secondary button--small"
                type="button"
                id="${q.id}-${id}-down"
                data-id=${id}
                data-dir="1"
                ?disabled=${i === count - 1}
                @click=${this.handleMove}
              >
                Move down<span class="visually-hidden">: ${text(id)}, position ${i + 1} of ${count}</span>
              </button>
            </span>
          </li>`,
      )}
    </ol>`;
  }

  private renderFeedback(q: Question, response: Response) {
    const correct = isCorrect(q, response);
    const refs = q.references.flatMap((id) => this.references.filter((r) => r.id === id));
    const optionFeedback =
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
      <p class="verdict" role="heading" aria-level=${this.level + 1}>
        <span class="mark" aria-hidden="true">${correct ? '✓' : '✗'}</span
        >${correct ? 'Correct' : 'Incorrect'}
      </p>
      <p>${correct ? q.feedback.correct : q.feedback.incorrect}</p>
      ${optionFeedback.map(
        (o) => html`<p><strong>You chose “${o.text.replace(/[.!?]$/, '')}”.</strong> ${o.feedback}</p>`,
      )}
      ${correct ? nothing : this.renderCorrectAnswer(q)}
      <p class="sub" role="heading" aria-level=${this.level + 1}>Why</p>
      ${unsafeHTML(q.rationale)}
      ${
        refs.length
          ? html`<p class="sub" role="heading" aria-level=${this.level + 1}>
                ${refs.length === 1 ? 'Reference' : 'References'}
              </p>
              <ul class="references">
                ${refs.map(
                  (r) =>
                    html`<li>
                      ${r.citation}
                      ${
                        r.url
                          ? html` <a href=${r.url} target="_blank" rel="noopener noreferrer"
                              >${r.url}<span class="visually-hidden"> (opens in a new tab)</span></a
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
          <strong>The correct answer is:</strong> ${q.options.find((o) => o.id === q.correct)?.text}
        </p>`;
      case 'multiple':
        return html`<p><strong>The correct answers are:</strong></p>
          <ul>
            ${q.options.filter((o) => q.correct.includes(o.id)).map((o) => html`<li>${o.text}</li>`)}
          </ul>`;
      case 'truefalse':
        return html`<p><strong>The correct answer is:</strong> ${q.correct ? 'True' : 'False'}</p>`;
      case 'matching':
        return html`<p><strong>The correct matches are:</strong></p>
          <ul>
            ${q.items.map(
              (item) =>
                html`<li>${item.text}: ${q.targets.find((t) => t.id === q.correct[item.id])?.text}</li>`,
            )}
          </ul>`;
      case 'ordering':
        return html`<p><strong>The correct order is:</strong></p>
          <ol>
            ${q.correct.map((id) => html`<li>${q.items.find((i) => i.id === id)?.text}</li>`)}
          </ol>`;
    }
  }

  private handleRadioChange = (event: Event): void => {
    this.response = { type: 'single', optionId: (event.target as HTMLInputElement).value };
  };

  private handleCheckboxChange = (): void => {
    const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const checked = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    // In the written order, not the shuffled one: the LMS record reads the same for every learner.
    const options = this.question?.type === 'multiple' ? this.question.options : [];
    this.response = {
      type: 'multiple',
      optionIds: options.filter((o) => checked.has(o.id)).map((o) => o.id),
    };
  };

  private handleTrueFalseChange = (event: Event): void => {
    this.response = { type: 'truefalse', value: (event.target as HTMLInputElement).value === 'true' };
  };

  private handleMatchChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const pairs = { ...(this.response?.type === 'matching' ? this.response.pairs : {}) };
    const item = select.dataset['item'] ?? '';
    if (select.value) pairs[item] = select.value;
    else delete pairs[item];
    this.response = { type: 'matching', pairs };
  };

  private handleMove = async (event: Event): Promise<void> => {
    const q = this.question;
    if (q?.type !== 'ordering' || this.response?.type !== 'ordering') return;
    const button = event.currentTarget as HTMLButtonElement;
    const id = button.dataset['id'] ?? '';
    const dir = Number(button.dataset['dir']);
    const order = [...this.response.order];
    const from = order.indexOf(id);
    const to = from + dir;
    if (from < 0 || to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, id);
    this.response = { type: 'ordering', order };
    this.movedId = id;
    const text = q.items.find((i) => i.id === id)?.text ?? id;
    this.announcement = `${text} moved to position ${to + 1} of ${order.length}.`;
    await this.updateComplete;
    // Keep focus with the moved item: the same button, or its partner when it reached an end.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>(`button[data-id="${id}"]`)];
    const same = buttons.find((b) => b.dataset['dir'] === String(dir) && !b.disabled);
    (same ?? buttons.find((b) => !b.disabled))?.focus();
  };

  private handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const q = this.question;
    if (!q) return;
    if (!isComplete(q, this.response)) {
      this.showError = true;
      await this.updateComplete;
      this.errorSummary?.focus();
      return;
    }
    const response = this.response;
    this.showError = false;
    if (this.mode === 'check') {
      this.submitted = response;
      const correct = isCorrect(q, response);
      this.announcement = `${correct ? 'Correct.' : 'Incorrect.'} ${correct ? q.feedback.correct : q.feedback.incorrect} Feedback follows the question.`;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('.button-group button')?.focus();
    }
    this.dispatchEvent(new PirAnswerEvent(q.id, response));
  };

  private handleTryAgain = async (): Promise<void> => {
    const q = this.question;
    this.submitted = undefined;
    this.announcement = '';
    this.response = q?.type === 'ordering' ? this.response : undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${q?.id ?? ''}-first`)?.focus();
  };

  private handleErrorLinkClick = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${this.question?.id ?? ''}-first`)?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-question': PirQuestion;
  }
}
