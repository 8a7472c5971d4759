import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { StringKey } from '../../content/string-keys.js';
import { t } from '../../content/strings.js';
import { shared } from '../../styles/shared.js';
import { noticesStyles } from './pir-notices.styles.js';

/** How the connection to the LMS stands (mirrors the course machine's `LmsStatus`). */
export type PirLmsStatus =
  'connecting' | 'saved' | 'saving' | 'retrying' | 'standalone' | 'closed' | 'deviceOnly';

const STATUS_TEXT = {
  connecting: 'notices.status.connecting',
  saved: 'notices.status.saved',
  saving: 'notices.status.saving',
  retrying: 'notices.status.retrying',
  standalone: 'notices.status.standalone',
  closed: 'notices.status.closed',
  deviceOnly: 'notices.status.deviceOnly',
} as const satisfies Record<PirLmsStatus, StringKey>;

/**
 * @summary The notices area: whether progress is saved (quietly, as a status line), a warning banner while
 * saving fails and is retried, a warning banner when the learning system could not give back the
 * saved progress (progress is then kept on this device only, never shown as saved), a banner for
 * standalone mode (nothing is recorded), and any
 * one-off notice from launch (for example, progress that could not be restored), which the
 * learner can dismiss. Only changes that matter are announced: saving failed, and saved again.
 *
 * @cssprop --pir-color-brand - The standalone banner and its title bar.
 * @cssprop --pir-color-error - The saving-failed banner.
 * @cssprop --pir-color-success - The saved dot.
 */
@customElement('pir-notices')
export class PirNotices extends LitElement {
  static override styles = [shared, noticesStyles];

  /** The LMS connection status. */
  @property() status: PirLmsStatus = 'connecting';

  /** What went wrong with the LMS, if anything (shown while retrying). */
  @property() problem = '';

  /** A one-off message from launch; dismissible. */
  @property() notice = '';

  /** Reflects whether a banner is showing, so the host page can give the area full width. */
  @property({ type: Boolean, reflect: true, attribute: 'has-banner' }) hasBanner = false;

  @state() private dismissed = false;
  @state() private announcement = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.hasBanner =
      this.status === 'retrying' ||
      this.status === 'standalone' ||
      this.status === 'deviceOnly' ||
      (!!this.notice && !this.dismissed);
    const before = changed.get('status');
    if (!changed.has('status') || before === undefined) return;
    if (this.status === 'retrying' && before !== 'retrying') {
      this.announcement = t('notices.announceRetrying');
    } else if (this.status === 'deviceOnly' && before !== 'deviceOnly') {
      this.announcement = t('notices.announceDeviceOnly');
    } else if (before === 'retrying' && this.status === 'saved') {
      this.announcement = t('notices.announceSavedAgain');
    }
  }

  override render() {
    return html`
      <p class="status status--${this.status}" tabindex="-1">
        <span class="dot" aria-hidden="true"></span>${t(STATUS_TEXT[this.status])}
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        this.status === 'retrying'
          ? html`<div class="banner banner--warning" role="region" aria-labelledby="retry-title">
              <h2 id="retry-title">${t('notices.retrying.heading')}</h2>
              <div class="body">
                <p>
                  ${t('notices.retrying.body')}${this.problem ? html` <span class="caption">(${this.problem})</span>` : nothing}
                </p>
              </div>
            </div>`
          : nothing
      }
      ${
        this.status === 'deviceOnly'
          ? html`<div class="banner banner--warning" role="region" aria-labelledby="device-title">
              <h2 id="device-title">${t('notices.deviceOnly.heading')}</h2>
              <div class="body">
                <p>
                  ${t('notices.deviceOnly.body')}${this.problem ? html` <span class="caption">(${this.problem})</span>` : nothing}
                </p>
              </div>
            </div>`
          : nothing
      }
      ${
        this.status === 'standalone'
          ? html`<div class="banner" role="region" aria-labelledby="standalone-title">
              <h2 id="standalone-title">${t('notices.standalone.heading')}</h2>
              <div class="body">
                <p>${t('notices.standalone.body')}</p>
              </div>
            </div>`
          : nothing
      }
      ${
        this.notice && !this.dismissed
          ? html`<div class="banner" role="region" aria-labelledby="notice-title">
              <h2 id="notice-title">${t('notices.notice.heading')}</h2>
              <div class="body">
                <p>${this.notice}</p>
                <button
                  class="button button--secondary button--small"
                  type="button"
                  @click=${this.handleDismissClick}
                >
                  ${t('notices.notice.dismiss')}<span class="visually-hidden">
                    ${t('notices.notice.dismissHidden')}</span
                  >
                </button>
              </div>
            </div>`
          : nothing
      }
    `;
  }

  private handleDismissClick = async (): Promise<void> => {
    this.dismissed = true;
    await this.updateComplete;
    // The button has gone; keep the keyboard user's place in the notices area.
    this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-notices': PirNotices;
  }
}
