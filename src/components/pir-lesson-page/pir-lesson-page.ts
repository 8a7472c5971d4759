import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Block, GlossaryEntry, Page, Question, Reference } from '../../content/course-schema.js';
import type { StringKey } from '../../content/string-keys.js';
import { t } from '../../content/strings.js';
import { shared } from '../../styles/shared.js';
import { prose } from '../../styles/prose.js';
import { TermDefinitions, termStyles } from '../term-definitions.js';
import '../pir-question/pir-question.js';
// <pir-case>, <pir-figure> and <pir-reveal> are defined by whoever loads them (the package loads
// them with the later lessons, src/app/later-screens.ts), so the first lesson does not wait for them.

/** Read by screen readers before a callout's title. */
const CALLOUT_LABEL = {
  info: 'lessonPage.callout.info',
  tip: 'lessonPage.callout.tip',
  safety: 'lessonPage.callout.safety',
} as const satisfies Record<'info' | 'tip' | 'safety', StringKey>;

/**
 * One lesson page: rich text, images with alt text, figures, worked-example reveals, callouts
 * (safety notices stand out), scenarios that end with questions, branching cases, reflection
 * prompts and knowledge checks. Glossary terms in the text show their definition in place.
 *
 * Block HTML is trusted, sanitised at build time, and rendered as markup.
 *
 * @fires pir-answer - From a knowledge check on the page (re-dispatched by the check itself).
 * @fires pir-reflection - From a reflection on the page.
 * @fires pir-case-choose - From a case on the page: add the choice to the case's path.
 * @fires pir-case-replay - From a case on the page: clear the case's path.
 */
@customElement('pir-lesson-page')
export class PirLessonPage extends LitElement {
  static override styles = [
    shared,
    prose,
    termStyles,
    css`
      :host {
        display: block;
      }
      .kicker {
        display: block;
        color: var(--pir-color-text-secondary);
        font-size: 1.1875rem;
        margin-bottom: var(--pir-space-1);
        font-weight: 400;
        font-size: 1.125rem;
      }
      .blocks {
        max-width: var(--pir-measure);
      }
      figure {
        margin: var(--pir-space-4) 0;
      }
      img {
        display: block;
        max-width: 100%;
        height: auto;
        border: 1px solid var(--pir-color-border);
        background: var(--pir-color-surface);
      }
      figcaption {
        margin-top: var(--pir-space-2);
        color: var(--pir-color-text-secondary);
        font-size: 1rem;
      }
      .callout {
        margin: var(--pir-space-4) 0;
        padding: var(--pir-space-3) var(--pir-space-4);
        border-left: 8px solid var(--pir-color-brand);
        background: var(--pir-color-info-tint);
      }
      .callout--tip {
        border-left-color: var(--pir-color-success);
        background: var(--pir-color-tip-tint);
      }
      .callout--safety {
        border-left: 8px solid var(--pir-color-text);
        background: var(--pir-color-warning-tint);
        box-shadow: inset 0 0 0 2px var(--pir-color-warning-border);
      }
      .callout--safety h2 {
        display: inline-block;
        margin: 0 0 var(--pir-space-3);
        padding: var(--pir-space-1) var(--pir-space-3);
        background: var(--pir-color-text);
        color: var(--pir-color-text-inverse);
        font-size: 1.125rem;
      }
      .callout :last-child {
        margin-bottom: 0;
      }
      .scenario {
        margin: var(--pir-space-5) 0;
        padding: var(--pir-space-4);
        border: 1px solid var(--pir-color-border);
        border-radius: var(--pir-radius);
        background: var(--pir-color-surface);
      }
      .scenario .story {
        margin-bottom: var(--pir-space-4);
        padding-left: var(--pir-space-3);
        border-left: 4px solid var(--pir-color-border);
      }
      .check {
        margin: var(--pir-space-5) 0;
        padding-top: var(--pir-space-4);
        border-top: 1px solid var(--pir-color-border);
      }
      .check .label-caps {
        margin-bottom: var(--pir-space-2);
      }
    `,
  ];

  /** The page to show. */
  @property({ attribute: false }) page?: Page;

  /** Title of the lesson the page belongs to. */
  @property({ attribute: 'lesson-title' }) lessonTitle = '';

  /** 1-based number of the lesson. */
  @property({ type: Number, attribute: 'lesson-number' }) lessonNumber = 1;

  /** Number of lessons in the course. */
  @property({ type: Number, attribute: 'lesson-count' }) lessonCount = 1;

  /** 1-based number of the page within its lesson, and the lesson's page count. */
  @property({ type: Number, attribute: 'page-number' }) pageNumber = 1;

  @property({ type: Number, attribute: 'page-count' }) pageCount = 1;

  /** All questions of the course; checks and scenarios look theirs up by id. */
  @property({ attribute: false }) questions: Question[] = [];

  /** The course's references, for question feedback. */
  @property({ attribute: false }) references: Reference[] = [];

  /** The learner's reflection texts, by reflection id. */
  @property({ attribute: false }) reflections: Record<string, string> = {};

  /** Ids of checks answered before (to mark them "Answered before"). */
  @property({ attribute: false }) answered: string[] = [];

  /** Base URL that image sources (`assets/…`) are relative to. */
  @property({ attribute: 'asset-base' }) assetBase = '';

  /** The course glossary: linked terms show their definitions in place. */
  @property({ attribute: false }) glossary: readonly GlossaryEntry[] = [];

  /** Each case's path (the choice ids taken from its start), by case id. */
  @property({ attribute: false }) casePaths: Readonly<Record<string, readonly string[]>> = {};

  constructor() {
    super();
    new TermDefinitions(this, () => this.glossary);
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    return html`
      <h1 tabindex="-1">
        <span class="kicker"
          >${t('lessonPage.kicker', {
            number: this.lessonNumber,
            count: this.lessonCount,
            lesson: this.lessonTitle,
          })}</span
        >
        ${page.title}
      </h1>
      <div class="blocks">${page.blocks.map((block) => this.renderBlock(block))}</div>
    `;
  }

  private renderBlock(block: Block) {
    switch (block.type) {
      case 'text':
        return html`<div class="prose">${unsafeHTML(block.html)}</div>`;
      case 'image':
        return html`<figure>
          <img src="${this.assetBase}${block.src}" alt=${block.decorative ? '' : block.alt} loading="lazy" />
          ${block.caption ? html`<figcaption>${block.caption}</figcaption>` : nothing}
        </figure>`;
      case 'callout':
        return html`<div class="callout callout--${block.kind} prose">
          <h2>
            ${block.kind === 'safety' ? html`<span aria-hidden="true">⚠</span>` : nothing}
            <span class="visually-hidden">${t(CALLOUT_LABEL[block.kind])} </span>${block.title}
          </h2>
          ${unsafeHTML(block.html)}
        </div>`;
      case 'scenario':
        return html`<div class="scenario">
          <span class="label-caps">${t('lessonPage.scenario')}</span>
          <h2>${block.title}</h2>
          <div class="story prose">${unsafeHTML(block.html)}</div>
          ${block.questionIds.map((id) => this.renderQuestion(id, 3))}
        </div>`;
      case 'reflection':
        return html`<pir-reflection
          reflection-id=${block.id}
          .prompt=${block.prompt}
          .text=${this.reflections[block.id] ?? ''}
        ></pir-reflection>`;
      case 'check':
        return html`<div class="check">
          <span class="label-caps">${t('lessonPage.check')}</span>
          ${this.renderQuestion(block.questionId, 2)}
        </div>`;
      case 'figure':
        return html`<pir-figure .block=${block} .glossary=${this.glossary}></pir-figure>`;
      case 'reveal':
        return html`<pir-reveal .block=${block} .glossary=${this.glossary}></pir-reveal>`;
      case 'case':
        return html`<pir-case
          .block=${block}
          .path=${this.casePaths[block.id] ?? []}
          .glossary=${this.glossary}
        ></pir-case>`;
    }
  }

  private renderQuestion(id: string, level: 2 | 3) {
    const question = this.questions.find((q) => q.id === id);
    if (!question) return nothing;
    return html`<pir-question
      .question=${question}
      .references=${this.references}
      .level=${level}
      ?previously-answered=${this.answered.includes(id)}
    ></pir-question>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-lesson-page': PirLessonPage;
  }
}
