/**
 * The shell's screens as templates: each takes what the machine's selectors derived and passes it
 * down as plain data. No course rule lives here; the rules are in src/machine/selectors.ts.
 */
import type { PirEarlierRecord } from '../components/pir-welcome/pir-welcome.js';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { PirTone } from '../components/pir-progress/pir-progress.js';
import type { PirSavedTo } from '../components/pir-exited/pir-exited.js';
import type { LmsStatusUpdate } from '../lms/lms-adapter.js';
import type { PirErrorLinkEvent } from '../components/pir-error-summary/pir-error-link-event.js';
import type { StringKey } from '../content/string-keys.js';
import { t } from '../content/strings.js';
import {
  lessonsCompleted,
  menuCurrent,
  menuLessons,
  pageView,
  type AssessmentState,
  type CourseSnapshot,
  type Screen,
} from '../machine/selectors.js';
import '../components/pir-error-summary/pir-error-summary.js';
import '../components/pir-exited/pir-exited.js';
import '../components/pir-lesson-menu/pir-lesson-menu.js';
import '../components/pir-lesson-page/pir-lesson-page.js';
import '../components/pir-pagination/pir-pagination.js';
import '../components/pir-question/pir-question.js';
import '../components/pir-welcome/pir-welcome.js';
// The other screens' elements and templates come in course-later.js (later-screens.ts).

/** The assessment's state in words and colour (presentation, so it lives with the interface). */
const ASSESSMENT_TAGS = {
  passed: { label: 'shell.assessment.passed', tone: 'green' },
  inProgress: { label: 'shell.assessment.inProgress', tone: 'blue' },
  notPassedYet: { label: 'shell.assessment.notPassedYet', tone: 'yellow' },
  notPassed: { label: 'shell.assessment.notPassed', tone: 'red' },
  ready: { label: 'shell.assessment.ready', tone: 'blue' },
  locked: { label: 'shell.assessment.locked', tone: 'grey' },
} as const satisfies Record<AssessmentState, { label: StringKey; tone: PirTone }>;

/** The assessment's state as a tag: its words (from the interface text) and colour. */
export function assessmentTag(state: AssessmentState): { label: string; tone: PirTone } {
  const { label, tone } = ASSESSMENT_TAGS[state];
  return { label: t(label), tone };
}

/** One empty record for every render before a case is begun, so Lit sees no change. */
const NO_CASE_PATHS: Readonly<Record<string, readonly string[]>> = Object.freeze({});

/** Where the learner's record goes: the LMS (once it confirms), or this device only. */
export function savedTo(lms: LmsStatusUpdate, standalone: boolean): PirSavedTo | 'sending' {
  if (standalone || lms.status === 'standalone') return 'device';
  if (lms.problem) return 'problem';
  return lms.status === 'saved' || lms.status === 'closed' ? 'lms' : 'sending';
}

/** The lesson menu, behind a disclosure toggle on narrow screens. */
export function renderMenu(
  s: CourseSnapshot,
  tag: { label: string; tone: PirTone },
  open: boolean,
  onToggle: () => void,
) {
  const { course, progress } = s.context;
  return html`<nav class="menu" aria-label=${t('shell.courseMenu')}>
    <button
      class="menu-toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="menu-body"
      @click=${onToggle}
    >
      ${t('shell.menuToggle')}
      <span class="count"
        >${t('shell.menuDone', { complete: lessonsCompleted(course, progress), total: course.lessons.length })}</span
      >
      <span class="chevron" aria-hidden="true">▾</span>
    </button>
    <div id="menu-body" class="menu-body ${open ? 'open' : ''}">
      <pir-lesson-menu
        .lessons=${menuLessons(course, progress)}
        .current=${menuCurrent(s)}
        assessment-label=${tag.label}
        assessment-tone=${tag.tone}
        ?completed=${progress.completedAt !== undefined}
      ></pir-lesson-menu>
    </div>
  </nav>`;
}

/**
 * The other screens' templates, set by later-screen-templates.ts when course-later.js arrives
 * (with their elements and text). The shell asks for them only once the later part is in place.
 */
export const laterScreens: {
  render?: (s: CourseSnapshot, screen: Screen, o: ScreenOptions) => unknown;
} = {};

export interface ScreenOptions {
  view: 'course' | 'glossary' | 'references';
  lms: LmsStatusUpdate;
  standalone: boolean;
  assetBase: string;
  pageError: boolean;
  timeSpent: () => number;
  /** A link in the page's error summary: focus its question (inside the lesson page's shadow root). */
  onErrorLink: (event: PirErrorLinkEvent) => void;
  /** An earlier attempt's record of completion, when the LMS has started a new attempt (issue 15 §5). */
  earlierRecord?: PirEarlierRecord | undefined;
}

export function renderScreen(s: CourseSnapshot, screen: Screen, o: ScreenOptions) {
  const { course, progress } = s.context;
  // After exit only the goodbye remains, whatever view was open.
  if (screen === 'exited') {
    const to = savedTo(o.lms, o.standalone);
    return html`<pir-exited
      data-screen
      saved-to=${to === 'sending' ? 'lms' : to}
      problem=${o.lms.problem?.message ?? ''}
    ></pir-exited>`;
  }
  if (o.view !== 'course') return laterScreens.render?.(s, screen, o) ?? nothing;
  switch (screen) {
    case 'welcome':
      return html`<pir-welcome
        data-screen
        .course=${course}
        ?can-resume=${s.context.canResume}
        ?completed=${progress.completedAt !== undefined}
        .earlierRecord=${o.earlierRecord}
      ></pir-welcome>`;
    case 'page':
      return renderPage(s, o);
    default:
      return laterScreens.render?.(s, screen, o) ?? nothing;
  }
}

function renderPage(s: CourseSnapshot, o: ScreenOptions) {
  const { course, progress, reflections } = s.context;
  const v = pageView(course, progress);
  if (!v) return nothing;
  return html`${keyed(
      v.page.id,
      html`<pir-lesson-page
        data-screen
        .page=${v.page}
        .lessonTitle=${v.lesson.title}
        .lessonNumber=${v.lessonIndex + 1}
        .lessonCount=${course.lessons.length}
        .pageNumber=${v.pageIndex + 1}
        .pageCount=${v.lesson.pages.length}
        .questions=${course.questions}
        .references=${course.references}
        .reflections=${reflections}
        .answered=${Object.keys(progress.checks)}
        .assetBase=${o.assetBase}
        .glossary=${course.glossary}
        .casePaths=${progress.cases ?? NO_CASE_PATHS}
      ></pir-lesson-page>`,
    )}
    ${
      o.pageError
        ? html`<pir-error-summary
            .errors=${v.unanswered.map((q) => ({
              text: t('shell.pageError.answer', { question: q.prompt }),
              field: `${q.id}-first`,
            }))}
            description=${t('shell.pageError.description')}
            @pir-error-link=${o.onErrorLink}
          ></pir-error-summary>`
        : nothing
    }
    <pir-pagination
      page-number=${v.pageIndex + 1}
      page-count=${v.lesson.pages.length}
      previous-title=${v.previousTitle ?? ''}
      next-title=${v.nextTitle}
      ?last=${v.isLastPage}
    ></pir-pagination>`;
}
