/**
 * The templates of the screens whose elements come in course-later.js (later-screens.ts): the
 * assessment, its results, the record of completion, the glossary and the references. They
 * register with course-screens.ts when course-later.js arrives; until then the shell shows
 * "Loading…" on these screens (needsLaterPart), so they are never asked for before.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  assessmentQuestion,
  lessonsToComplete,
  summaryView,
  type CourseSnapshot,
  type Screen,
} from '../machine/selectors.js';
import { answerReview, resultView } from '../machine/result-selectors.js';
import { attemptsRemaining, hasPassed } from '../machine/progress.js';
import { laterScreens, savedTo, type ScreenOptions } from './course-screens.js';

export function renderLaterScreen(s: CourseSnapshot, screen: Screen, o: ScreenOptions) {
  const { course, progress } = s.context;
  if (o.view === 'glossary')
    return html`<pir-glossary data-screen .entries=${course.glossary}></pir-glossary>`;
  if (o.view === 'references')
    return html`<pir-references data-screen .references=${course.references}></pir-references>`;
  switch (screen) {
    case 'assessmentIntro':
      return html`<pir-assessment-intro
        data-screen
        .questionCount=${course.assessment.drawSize}
        .passMark=${course.assessment.passMark}
        .maxAttempts=${course.assessment.maxAttempts}
        .attemptsRemaining=${attemptsRemaining(course, progress)}
        ?passed=${hasPassed(progress)}
        .lessonsToComplete=${lessonsToComplete(course, progress)}
      ></pir-assessment-intro>`;
    case 'assessmentQuestion': {
      const q = assessmentQuestion(course, progress);
      return keyed(
        `${q.attempt}-${q.number}`,
        html`<pir-question
          data-screen
          mode="assessment"
          order-key=${q.attempt || ''}
          .level=${1}
          .number=${q.number}
          .total=${q.total}
          .question=${q.question}
          .references=${course.references}
        ></pir-question>`,
      );
    }
    case 'assessmentResult': {
      const r = resultView(course, progress);
      const to = savedTo(o.lms, o.standalone);
      return html`<pir-results
        data-screen
        .result=${r.result}
        .passMark=${course.assessment.passMark}
        .attemptsRemaining=${r.attemptsRemaining}
        .revisit=${r.revisit}
        .review=${answerReview(course, progress)}
        ?completed=${r.courseComplete}
        saved-to=${to === 'problem' ? 'sending' : to}
      ></pir-results>`;
    }
    case 'summary': {
      const v = summaryView(s.context);
      return html`<pir-certificate
        data-screen
        course-title=${course.title}
        version=${course.version}
        learner-name=${s.context.learner.name}
        .completedAt=${v.completedAt}
        .score=${v.score}
        .timeSpent=${o.timeSpent()}
        .issuer=${
          course.issuer && {
            name: course.issuer.name,
            ...(course.issuer.logo ? { logo: `${o.assetBase}${course.issuer.logo}` } : {}),
          }
        }
        .outcomes=${course.outcomes.map((outcome) => outcome.text)}
        .notionalMinutes=${course.duration.minutes}
        completion-reference=${v.completionReference}
        .remaining=${v.remaining}
        .reflections=${v.reflections}
      ></pir-certificate>`;
    }
    default:
      return nothing;
  }
}

laterScreens.render = renderLaterScreen;
