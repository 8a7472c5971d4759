import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { walkCase, type CaseStep } from '../../content/case-path.js';
import type {
  CaseBlock,
  CaseChoice,
  CaseNode,
  CaseQuality,
  GlossaryEntry,
} from '../../content/course-schema.js';
import type { StringKey } from '../../content/string-keys.js';
import { t, tParts } from '../../content/strings.js';
import { prose } from '../../styles/prose.js';
import { shared } from '../../styles/shared.js';
import { TermDefinitions, termStyles } from '../term-definitions.js';
import { PirCaseChooseEvent } from '../../events/pir-case-choose-event.js';
import { PirCaseReplayEvent } from '../../events/pir-case-replay-event.js';
import { caseStyles } from './pir-case.styles.js';

const QUALITY = {
  best: { label: 'case.quality.best', tag: 'tag--green' },
  acceptable: { label: 'case.quality.acceptable', tag: 'tag--yellow' },
  poor: { label: 'case.quality.poor', tag: 'tag--red' },
} as const satisfies Record<CaseQuality, { label: StringKey; tag: string }>;

/**
 * A branching case, played one node at a time with the path so far above it as a transcript.
 *
 * It renders purely from `path` (the choice ids taken from the start), which the shell keeps in
 * the learner's progress: choosing shows the parent's response and the feedback, then
 * "Continue" fires `pir-case-choose` and the shell passes the longer path back; focus then moves
 * to the new node's heading. At an end, the debrief compares each decision with the best one,
 * and "Replay the case" fires `pir-case-replay` (the shell clears the path). Practice only:
 * nothing is scored.
 *
 * @fires pir-case-choose - The learner confirmed a choice ({@link PirCaseChooseEvent}).
 * @fires pir-case-replay - The learner asked to start again ({@link PirCaseReplayEvent}).
 */
@customElement('pir-case')
export class PirCase extends LitElement {
  static override styles = [shared, prose, termStyles, caseStyles];

  /** The case block from the compiled course. */
  @property({ attribute: false }) block?: CaseBlock;

  /** The choice ids taken from the start node, in order (from the learner's progress). */
  @property({ attribute: false }) path: readonly string[] = [];

  /** The glossary, for the definitions of terms linked in the narrative. */
  @property({ attribute: false }) glossary: readonly GlossaryEntry[] = [];

  /** The option selected at the current node, before "Choose". */
  @state() private selected?: string;

  /** The choice confirmed at the current node: its response and feedback are shown. */
  @state() private chosen?: string;

  @state() private showError = false;

  #shownKey?: string;
  #focusNext?: string;

  constructor() {
    super();
    new TermDefinitions(this, () => this.glossary);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('path') && !changed.has('block')) return;
    const key = `${this.block?.id ?? ''}:${this.path.join(' ')}`;
    if (key === this.#shownKey) return;
    // A new path from the shell: the learner moved on or replayed. Focus goes to the new node's
    // heading, except on first display (the page heading has it then).
    if (this.#shownKey !== undefined) this.#focusNext = '.node-title';
    this.#shownKey = key;
    this.selected = undefined;
    this.chosen = undefined;
    this.showError = false;
  }

  protected override updated(): void {
    if (!this.#focusNext) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = undefined;
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const walk = walkCase(block, this.path);
    return html`<section class="case" aria-labelledby="case-title">
      <span class="label-caps">${t('case.label')}</span>
      <h2 id="case-title">${block.title}</h2>
      <p class="summary">${block.summary}</p>
      ${walk.steps.length ? this.renderTranscript(walk.steps) : nothing}
      <div class="node">
        <h3 class="node-title" tabindex="-1">
          <span class="step"
            >${walk.finished ? t('case.end') : t('case.decision', { number: walk.steps.length + 1 })}</span
          >
          ${walk.current.title}
        </h3>
        ${this.renderNarrative(walk.current)}
        ${walk.finished ? this.renderDebrief(block, walk.current, walk.steps) : this.renderDecision(walk.current)}
      </div>
    </section>`;
  }

  private renderNarrative(node: CaseNode) {
    return html`${
        node.speaker
          ? html`<p class="speaker">
              ${tParts('case.speaking', { speaker: html`<strong>${node.speaker}</strong>` })}
            </p>`
          : nothing
      }
      <div class="narrative prose">${unsafeHTML(node.html)}</div>`;
  }

  private renderTranscript(steps: CaseStep[]) {
    return html`<section class="transcript" aria-labelledby="transcript-title">
      <h3 id="transcript-title">${t('case.pathSoFar')}</h3>
      <ol>
        ${steps.map(
          ({ node, choice }, i) =>
            html`<li>
              <h4>
                <span class="visually-hidden">${t('case.decisionPrefix', { number: i + 1 })} </span
                >${node.title}
              </h4>
              ${this.renderNarrative(node)}
              <p class="you-chose">${t('case.youChose', { choice: choice.text })}</p>
              ${this.renderOutcomeBody(choice)}
            </li>`,
        )}
      </ol>
    </section>`;
  }

  /** The parent's response, the quality in words and the feedback. */
  private renderOutcomeBody(choice: CaseChoice) {
    return html`<div class="prose">${unsafeHTML(choice.responseHtml)}</div>
      <p class="quality">${this.renderQuality(choice.quality)}</p>
      <div class="prose">${unsafeHTML(choice.feedbackHtml)}</div>`;
  }

  private renderDecision(node: CaseNode) {
    const choices = node.choices ?? [];
    const chosen = choices.find((c) => c.id === this.chosen);
    const errorId = `${node.id}-error`;
    return html`<form novalidate @submit=${this.handleChoose}>
        <div class=${this.showError ? 'group--error' : ''}>
          <fieldset ?disabled=${!!chosen} aria-describedby=${this.showError ? errorId : nothing}>
            <legend>${t('case.legend')}</legend>
            ${
              this.showError
                ? html`<p class="error-message" id=${errorId}>
                    <span class="visually-hidden">${t('common.errorPrefix')}</span> ${t('case.error')}
                  </p>`
                : nothing
            }
            <div class="choices">
              ${choices.map(
                (c) =>
                  html`<label class="choice">
                    <input
                      type="radio"
                      name="choice"
                      .value=${c.id}
                      .checked=${(this.chosen ?? this.selected) === c.id}
                      @change=${this.handleSelect}
                    />
                    <span
                      >${c.text}${
                        chosen === c
                          ? html` <span class="tag tag--blue">${t('case.yourChoice')}</span>`
                          : nothing
                      }</span
                    >
                  </label>`,
              )}
            </div>
          </fieldset>
        </div>
        ${
          chosen
            ? nothing
            : html`<div class="button-group">
                <button class="button" type="submit">${t('case.choose')}</button>
              </div>`
        }
      </form>
      ${
        chosen
          ? html`<div class="outcome">
                <h4 class="outcome-title" tabindex="-1">${t('case.whatHappened')}</h4>
                ${this.renderOutcomeBody(chosen)}
              </div>
              <div class="button-group">
                <button class="button" type="button" @click=${this.handleContinue}>
                  ${t('case.continue')}
                </button>
              </div>`
          : nothing
      }`;
  }

  private renderDebrief(block: CaseBlock, end: CaseNode, steps: CaseStep[]) {
    return html`<div class="debrief">
        <h4>${t('case.debrief')}</h4>
        <div class="prose">${unsafeHTML(end.debriefHtml ?? '')}</div>
        <h4>${t('case.compareHeading')}</h4>
        <ol class="compare">
          ${steps.map(({ node, choice }) => {
            const best = (node.choices ?? []).filter((c) => c.quality === 'best');
            return html`<li>
              ${tParts('case.compareChose', {
                decision: html`<strong>${node.title}:</strong>`,
                choice: choice.text,
              })}
              ${this.renderQuality(choice.quality)}
              ${
                choice.quality === 'best'
                  ? nothing
                  : html`<br />${tParts('case.bestChoice', {
                        choices: best.map((c, i) => html`${i ? ` ${t('case.or')} ` : ''}“${c.text}”`),
                      })}`
              }
            </li>`;
          })}
        </ol>
      </div>
      <div class="button-group">
        <button
          class="button button--secondary"
          type="button"
          @click=${() => this.dispatchEvent(new PirCaseReplayEvent(block.id))}
        >
          ${t('case.replay')}
        </button>
      </div>`;
  }

  private renderQuality(quality: CaseQuality) {
    const { label, tag } = QUALITY[quality];
    return html`<span class="tag ${tag}">${t(label)}</span>`;
  }

  private handleSelect = (event: Event): void => {
    this.selected = (event.target as HTMLInputElement).value;
    this.showError = false;
  };

  private handleChoose = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.selected) {
      this.showError = true;
      this.#focusNext = 'input[type=radio]';
      return;
    }
    this.chosen = this.selected;
    // The response and feedback appear below; the learner reads them before moving on.
    this.#focusNext = '.outcome-title';
  };

  private handleContinue = (): void => {
    if (this.block && this.chosen) this.dispatchEvent(new PirCaseChooseEvent(this.block.id, this.chosen));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-case': PirCase;
  }
}
