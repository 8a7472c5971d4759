import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import type { PirTone } from '../pir-progress/pir-progress.js';
import { lessonMenuStyles } from './pir-lesson-menu.styles.js';
import { t } from '../../content/strings.js';

/** A lesson in the menu. */
export interface PirMenuLesson {
  title: string;
  status: 'notStarted' | 'inProgress' | 'completed';
  /** The page the lesson link opens, or undefined when the lesson cannot be opened yet. */
  target: number | undefined;
  pages: Array<{ title: string; available: boolean; visited: boolean }>;
}

const STATUS: Record<
  PirMenuLesson['status'],
  { label: `menu.status.${PirMenuLesson['status']}`; tone: PirTone }
> = {
  notStarted: { label: 'menu.status.notStarted', tone: 'grey' },
  inProgress: { label: 'menu.status.inProgress', tone: 'blue' },
  completed: { label: 'menu.status.completed', tone: 'green' },
};

/**
 * @summary The lesson menu, as an NHS.UK-style task list: each lesson with its status tag, the pages of
 * the current lesson, then the assessment and the record of completion. Lessons the learner
 * cannot open yet are shown as text, not links.
 *
 * @fires pir-navigate - A lesson, page, the assessment or the summary ({@link PirNavigateEvent}).
 * @cssprop --pir-color-border - The rule between tasks.
 * @cssprop --pir-color-brand - The marker of the current page.
 * @cssprop --pir-color-text-secondary - Lessons and pages not open yet.
 */
@customElement('pir-lesson-menu')
export class PirLessonMenu extends LitElement {
  static override styles = [shared, lessonMenuStyles];

  /** The lessons with their status and pages. */
  @property({ attribute: false }) lessons: PirMenuLesson[] = [];

  /** Where the learner is: a page (lesson and page index), the assessment or the summary. */
  @property({ attribute: false }) current:
    | { screen: 'page'; lesson: number; page: number }
    | { screen: 'assessment' }
    | { screen: 'summary' }
    | { screen: 'other' } = { screen: 'other' };

  /** How the assessment stands, and its tag colour. */
  @property({ attribute: 'assessment-label' }) assessmentLabel = '';

  @property({ attribute: 'assessment-tone' }) assessmentTone: PirTone = 'grey';

  /** True when the learner has completed the course (the record is ready). */
  @property({ type: Boolean }) completed = false;

  override render() {
    const cur = this.current;
    return html`
      <h2 id="lessons-title">${t('menu.lessons')}</h2>
      <ol aria-labelledby="lessons-title">
        ${this.lessons.map((lesson, i) => {
          const isCurrent = cur.screen === 'page' && cur.lesson === i;
          const status = STATUS[lesson.status];
          return html`<li class="task ${isCurrent ? 'task--current' : ''}">
            <span class="task-name">
              ${
                lesson.target === undefined
                  ? html`<span class="locked">${i + 1}. ${lesson.title}</span>`
                  : html`<button
                      class="link-button"
                      type="button"
                      aria-current=${isCurrent ? 'step' : nothing}
                      @click=${() => this.go({ to: 'page', lesson: i, page: lesson.target ?? 0 })}
                    >
                      ${i + 1}. ${lesson.title}
                    </button>`
              }
            </span>
            <span class="tag tag--${status.tone}">${t(status.label)}</span>
            ${
              isCurrent && cur.screen === 'page' && lesson.pages.length > 1
                ? html`<ol class="pages" aria-label=${t('menu.pagesIn', { lesson: lesson.title })}>
                    ${lesson.pages.map((p, j) => {
                      const here = cur.page === j;
                      return html`<li>
                        <span class="current-marker" aria-hidden="true">${here ? '›' : ''}</span>
                        ${
                          p.available && !here
                            ? html`<button
                                class="link-button"
                                type="button"
                                @click=${() => this.go({ to: 'page', lesson: i, page: j })}
                              >
                                ${p.title}
                              </button>`
                            : html`<span class=${here ? '' : 'locked'} aria-current=${here ? 'page' : nothing}
                                >${p.title}</span
                              >`
                        }
                      </li>`;
                    })}
                  </ol>`
                : nothing
            }
          </li>`;
        })}
      </ol>
      <ul class="section" aria-label=${t('menu.assessmentAndRecord')}>
        <li class="task ${cur.screen === 'assessment' ? 'task--current' : ''}">
          <span class="task-name">
            <button
              class="link-button"
              type="button"
              aria-current=${cur.screen === 'assessment' ? 'step' : nothing}
              @click=${() => this.go({ to: 'assessment' })}
            >
              ${t('menu.assessment')}
            </button>
          </span>
          <span class="tag tag--${this.assessmentTone}">${this.assessmentLabel}</span>
        </li>
        <li class="task ${cur.screen === 'summary' ? 'task--current' : ''}">
          <span class="task-name">
            <button
              class="link-button"
              type="button"
              aria-current=${cur.screen === 'summary' ? 'step' : nothing}
              @click=${() => this.go({ to: 'summary' })}
            >
              ${t(this.completed ? 'menu.record' : 'menu.summary')}
            </button>
          </span>
        </li>
      </ul>
    `;
  }

  private go(destination: ConstructorParameters<typeof PirNavigateEvent>[0]): void {
    this.dispatchEvent(new PirNavigateEvent(destination));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-lesson-menu': PirLessonMenu;
  }
}
