import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PirCourseActionEvent } from '../../events/pir-course-action-event.js';
import { PirNavigateEvent } from '../../events/pir-navigate-event.js';
import { t } from '../../content/strings.js';
import { shared } from '../../styles/shared.js';
import { styles } from './pir-header.styles.js';

/**
 * @summary The course's banner: its title and version, the Glossary and References toggles, and Exit.
 *
 * The toggles are buttons with `aria-pressed`: pressing the open one goes back to the course. On a
 * narrow screen the banner is one row: the title on one line (cut short with an ellipsis; the
 * whole title is still read out), and a "Menu" disclosure button (`aria-expanded`) that shows the
 * version, the toggles and Exit. Escape closes the menu and returns focus to its button.
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

  /** Whether the narrow-screen menu is open (wide screens always show the actions). */
  @state() private menuOpen = false;

  /** Moves focus to Exit, where a learner who decided to stay left off (opening the menu if Exit is in it). */
  focusExit(): void {
    const exit = () => this.renderRoot.querySelector<HTMLElement>('[data-exit]');
    if (!exit() || exit()?.offsetParent) {
      exit()?.focus();
      return;
    }
    this.menuOpen = true;
    void this.updateComplete.then(() => exit()?.focus());
  }

  override render() {
    return html`<header @keydown=${this.handleKeydown} @focusout=${this.handleFocusOut}>
      <div class="wrap">
        <p class="course-title">
          <span class="title-text">${this.courseTitle}</span
          ><small>${t('header.version', { version: this.version })}</small>
        </p>
        ${
          this.noActions
            ? nothing
            : html`<button
                  class="menu-button"
                  type="button"
                  aria-expanded=${this.menuOpen ? 'true' : 'false'}
                  aria-controls="header-actions"
                  @click=${() => (this.menuOpen = !this.menuOpen)}
                >
                  ${t('header.menu')}<span class="chevron" aria-hidden="true"></span>
                </button>
                <div id="header-actions" class="actions ${this.menuOpen ? 'open' : ''}" part="actions">
                  <p class="menu-version">${t('header.version', { version: this.version })}</p>
                  ${this.renderToggle('glossary', t('header.glossary'))}
                  ${this.renderToggle('references', t('header.references'))}
                  <button type="button" data-exit @click=${this.handleExitClick}>${t('header.exit')}</button>
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
      @click=${() => {
        this.menuOpen = false;
        this.dispatchEvent(new PirNavigateEvent({ to: pressed ? 'course' : view }));
      }}
    >
      ${label}
    </button>`;
  }

  private handleExitClick = (): void => {
    this.menuOpen = false;
    this.dispatchEvent(new PirCourseActionEvent('requestExit'));
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    event.preventDefault();
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.menu-button')?.focus();
  };

  /** The menu closes when focus leaves the banner, so it never hides content the learner moved on to. */
  private handleFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (this.menuOpen && to && !this.renderRoot.contains(to)) this.menuOpen = false;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-header': PirHeader;
  }
}
