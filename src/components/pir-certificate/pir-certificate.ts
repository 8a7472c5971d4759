import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../content/strings.js';
import { shared } from '../../styles/shared.js';
import { summaryList } from '../../styles/summary-list.js';
import { certificateStyles } from './pir-certificate.styles.js';

/** One reflection for the printable summary. */
export interface PirReflectionEntry {
  lessonTitle: string;
  prompt: string;
  text: string;
}

/** "1 hour 5 minutes", "25 minutes", "less than a minute". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return t('certificate.duration.lessThanMinute');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = t('certificate.duration.hours', { count: h });
  const mins = t('certificate.duration.minutes', { count: m });
  if (!h) return mins;
  return m ? t('certificate.duration.hoursAndMinutes', { hours, minutes: mins }) : hours;
}

/** Who issues the record: the organisation named in module/course.yaml, with an optional logo. */
export interface PirIssuer {
  name: string;
  /** A file in the package, such as `assets/logo.svg`. */
  logo?: string;
}

/** "About 33 minutes", "About 1 hour 5 minutes": the notional time, never shorter than a minute. */
export function formatNotionalTime(minutes: number): string {
  return t('certificate.notionalTime', { duration: formatDuration(Math.max(1, Math.round(minutes)) * 60) });
}

/**
 * The record of completion and the summary of the learner's reflections. The record fills one A4
 * page in print: the issuer, learner, course and version, date, score, the learning outcomes, the
 * notional learning time (the course's duration estimate, which NMC revalidation asks for) beside
 * the time actually spent, and a completion reference. The reflections print on their own, for a
 * revalidation portfolio. Before completion it says what remains.
 *
 * @csspart certificate - The printable record of completion.
 * @csspart reflections - The printable summary of reflections.
 */
@customElement('pir-certificate')
export class PirCertificate extends LitElement {
  static override styles = [shared, summaryList, certificateStyles];

  /** Course title and content version. */
  @property({ attribute: 'course-title' }) courseTitle = '';

  @property() version = '';

  /** The learner's name as the LMS gives it ("Last, First" is shown as "First Last"). */
  @property({ attribute: 'learner-name' }) learnerName = '';

  /** When the course was completed (ms since epoch); absent until then. */
  @property({ type: Number, attribute: 'completed-at' }) completedAt: number | undefined;

  /** Best passing score, as a whole percentage. */
  @property({ type: Number }) score: number | undefined;

  /** Total time spent in the course, in seconds. */
  @property({ type: Number, attribute: 'time-spent' }) timeSpent = 0;

  /** The organisation that issues the record; omitted when the course names none. */
  @property({ attribute: false }) issuer: PirIssuer | undefined;

  /** The learning outcomes the learner has met, as written in the course. */
  @property({ attribute: false }) outcomes: string[] = [];

  /** The course's notional learning time in minutes (its duration estimate). */
  @property({ type: Number, attribute: 'notional-minutes' }) notionalMinutes: number | undefined;

  /** A short code that identifies this completion (e.g. PIR-7K3D-Q9XM). */
  @property({ attribute: 'completion-reference' }) completionReference = '';

  /** What still stands between the learner and completion, shown before completion. */
  @property({ attribute: false }) remaining: string[] = [];

  /** The learner's reflections, for the printable summary. */
  @property({ attribute: false }) reflections: PirReflectionEntry[] = [];

  /** Which part is being printed; set while the print dialog is open. */
  @property({ reflect: true }) printing: 'certificate' | 'reflections' | '' = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('afterprint', this.handleAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.handleAfterPrint);
  }

  override render() {
    const done = this.completedAt !== undefined;
    return html`
      <div class="intro">
        <h1 tabindex="-1">${done ? t('certificate.heading') : t('certificate.headingBefore')}</h1>
        ${
          done
            ? html`<p>${t('certificate.completed')}</p>
                <div class="button-group no-print">
                  <button class="button" type="button" @click=${() => this.print('certificate')}>
                    ${t('certificate.print')}
                  </button>
                </div>`
            : html`<p>${t('certificate.remaining')}</p>
                <ul>
                  ${this.remaining.map((r) => html`<li>${r}</li>`)}
                </ul>`
        }
      </div>
      ${done ? this.renderCertificate(this.completedAt ?? 0) : nothing}
      <section class="reflections" part="reflections" aria-labelledby="reflections-title">
        <h2 id="reflections-title">${t('certificate.reflections.heading')}</h2>
        <p class="intro">${t('certificate.reflections.intro')}</p>
        <p class="print-only">
          ${
            this.learnerName
              ? t('certificate.reflections.printTitleLearner', {
                  title: this.courseTitle,
                  version: this.version,
                  learner: this.displayName(),
                })
              : t('certificate.reflections.printTitle', { title: this.courseTitle, version: this.version })
          }
        </p>
        ${this.reflections.map(
          (r) =>
            html`<div class="reflection">
              <h3>${r.prompt}</h3>
              <p class="lesson">${r.lessonTitle}</p>
              ${
                r.text.trim()
                  ? html`<p class="text">${r.text}</p>`
                  : html`<p class="empty">${t('certificate.reflections.empty')}</p>`
              }
            </div>`,
        )}
        <div class="button-group no-print">
          <button class="button button--secondary" type="button" @click=${() => this.print('reflections')}>
            ${t('certificate.reflections.print')}
          </button>
        </div>
      </section>
    `;
  }

  private renderCertificate(completedAt: number) {
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(completedAt));
    const issuer = this.issuer;
    return html`<section class="certificate" part="certificate" aria-labelledby="certificate-title">
      <div class="head">
        ${issuer?.logo ? html`<img class="logo" src=${issuer.logo} alt="" />` : nothing}
        ${issuer ? html`<p class="issuer">${issuer.name}</p>` : nothing}
        <p class="kicker">${t('certificate.record.kicker')}</p>
      </div>
      <h2 id="certificate-title">${this.courseTitle}</h2>
      <p>${t('certificate.record.before')}</p>
      <p class="name">${this.displayName() || t('certificate.record.noName')}</p>
      <p>${t('certificate.record.after')}</p>
      <dl class="summary">
        <div>
          <dt>${t('certificate.record.date')}</dt>
          <dd>${date}</dd>
        </div>
        <div>
          <dt>${t('certificate.record.score')}</dt>
          <dd>${t('certificate.record.scoreValue', { score: this.score ?? 0 })}</dd>
        </div>
        ${
          this.notionalMinutes === undefined
            ? nothing
            : html`<div>
                <dt>${t('certificate.record.notionalTime')}</dt>
                <dd>
                  ${t('certificate.record.notionalTimeValue', { time: formatNotionalTime(this.notionalMinutes) })}
                </dd>
              </div>`
        }
        <div>
          <dt>${t('certificate.record.timeSpent')}</dt>
          <dd>${t('certificate.record.timeSpentValue', { time: formatDuration(this.timeSpent) })}</dd>
        </div>
        <div>
          <dt>${t('certificate.record.version')}</dt>
          <dd>${this.version}</dd>
        </div>
        <div>
          <dt>${t('certificate.record.reference')}</dt>
          <dd class="ref">${this.completionReference}</dd>
        </div>
        ${
          issuer
            ? html`<div>
                <dt>${t('certificate.record.issuedBy')}</dt>
                <dd>${issuer.name}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        this.outcomes.length
          ? html`<div class="outcomes">
              <h3>${t('certificate.record.outcomes')}</h3>
              <p>${t('certificate.record.outcomesIntro')}</p>
              <ul>
                ${this.outcomes.map((o) => html`<li>${o}</li>`)}
              </ul>
            </div>`
          : nothing
      }
    </section>`;
  }

  private displayName(): string {
    const name = this.learnerName.trim();
    const [last, first] = name.split(',').map((s) => s.trim());
    return name.includes(',') && first ? `${first} ${last}` : name;
  }

  private print(part: 'certificate' | 'reflections'): void {
    this.printing = part;
    // The attribute must reach the DOM before the print snapshot is taken.
    void this.updateComplete.then(() => window.print());
  }

  private handleAfterPrint = (): void => {
    this.printing = '';
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pir-certificate': PirCertificate;
  }
}
