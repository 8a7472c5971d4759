import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PirCourseActionEvent } from '../../events/pir-course-action-event.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { shared } from '../../styles/shared.js';
import { styles } from './pir-header.styles.js';

/**
 * @summary The course's banner: its title and version, the Glossary and References toggles, and Exit.
 *
 * The toggles are buttons with `aria-pressed`: pressing the open one goes back to the course.
 *
 * @fires pir-navigate - `glossary`, `references`, or `course` when an open one is pressed again ({@link PirNavigateEvent}).
 * @fires pir-course-action - `requestExit` from Exit; the shell asks for confirmation ({@link PirCourseActionEvent}).
 * @csspart actions - The group of toggles and Exit.
 */
@customElement('pir-header')
export class PirHeader extends LitElement {
  static override styles = [shared, styles];

  @property({ attribute: 'course-title' }) courseTitle = '';

  @property() version = '';

  /** Which reference view is open (`course` for none). */
  @property() view: 'course' | 'glossary' | 'references' = 'course';

  /** Hides the toggles and Exit, as after the learner has left. */
  @property({ type: Boolean, attribute: 'no-actions' }) noActions = false;

  /** Moves focus to Exit, where a learner who decided to stay left off. */
  focusExit(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-exit]')?.focus();
  }

  override render() {
    return html`<header>
      <div class="wrap">
        <p class="course-title">${this.courseTitle}<small>Version ${this.version}</small></p>
        ${
          this.noActions
            ? nothing
            : html`<div class="actions" part="actions">
                ${this.renderToggle('glossary', 'Glossary')} ${this.renderToggle('references', 'References')}
                <button type="button" data-exit @click=${this.handleExitClick}>Exit</button>
              </div>`
        }
      </div>
    </header>`;
  }

  private renderToggle(view: 'glossary' | 'references', label: string) {
    const pressed = this.view === view;
    return html`<button
      type="button"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => this.dispatchEvent(new PirNavigateEvent({ to: pressed ? 'course' : view }))}
    >
      ${label}
    </button>`;
  }

  private handleExitClick = (): void => {
    this.dispatchEvent(new PirCourseActionEvent('requestExit'));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-header': PirHeader;
  }
}
