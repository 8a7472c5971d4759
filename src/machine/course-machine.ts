/**
 * The course flow as an xstate machine: welcome (start or resume) → lesson pages and knowledge
 * checks → final assessment (locked until every lesson is complete) → result → summary.
 *
 * Pure: no DOM, no LMS, no clocks. Every event that needs a time carries it (`at`, ms since epoch),
 * the random seed for a draw arrives with `assessment.start`, and what the LMS must hear leaves as
 * typed `report.*` events (`actor.on(...)`), which the app shell turns into LMS calls.
 */
import { and, assertEvent, assign, emit, enqueueActions, not, setup } from 'xstate';
import { drawQuestions } from './draw.js';
import {
  answeredQuestion,
  answerReport,
  at,
  caseChoice,
  caseOnPage,
  resumePagePosition,
} from './event-lookups.js';
import {
  areLessonsComplete,
  attemptsRemaining,
  canVisit,
  newlyCompletedLessons,
  withCaseChoice,
  emptyProgress,
  hasPassed,
  isAttemptInProgress,
  isPageDone,
  isPassingScore,
  positionAfter,
  questionById,
  type Progress,
} from './progress.js';
import type { CourseContext, CourseEmitted, CourseEvent, CourseInput } from './course-events.js';

export type { CourseContext, CourseEmitted, CourseEvent, CourseInput, Learner } from './course-events.js';

const machineSetup = setup({
  types: {
    input: {} as CourseInput,
    context: {} as CourseContext,
    events: {} as CourseEvent,
    emitted: {} as CourseEmitted,
  },
  guards: {
    canResume: ({ context }) => context.canResume,
    hasNextPage: ({ context }) => !!positionAfter(context.course, context.progress.position, 1),
    hasPreviousPage: ({ context }) => !!positionAfter(context.course, context.progress.position, -1),
    isPageDone: ({ context }) => isPageDone(context.course, context.progress),
    canVisitPage: ({ context, event }) => {
      assertEvent(event, 'nav.page');
      return canVisit(context.course, context.progress, event.lesson, event.page);
    },
    areLessonsComplete: ({ context }) => areLessonsComplete(context.course, context.progress),
    isAttemptInProgress: ({ context }) => isAttemptInProgress(context.progress),
    hasPassed: ({ context }) => hasPassed(context.progress),
    hasAttemptsLeft: ({ context }) => attemptsRemaining(context.course, context.progress) > 0,
    hasFinishedAttempt: ({ context }) => !!context.progress.attempt && !isAttemptInProgress(context.progress),
    isAtAssessment: ({ context }) => context.progress.position.screen === 'assessment',
    isAtSummary: ({ context }) => context.progress.position.screen === 'summary',
    isValidCheckAnswer: ({ context, event }) => !!answeredQuestion(context, event, 'check'),
    isValidAssessmentAnswer: ({ context, event }) => !!answeredQuestion(context, event, 'assessment'),
    isValidCaseChoice: ({ context, event }) => !!caseChoice(context, event),
    /** A case on this page that has been begun, so there is something to replay. */
    hasCaseToReplay: ({ context, event }) => {
      assertEvent(event, 'case.replay');
      return !!caseOnPage(context, event.caseId) && !!context.progress.cases?.[event.caseId]?.length;
    },
    /** The answer being submitted is to the attempt's last question. */
    isLastAssessmentQuestion: ({ context }) => {
      const attempt = context.progress.attempt;
      return !!attempt && attempt.answers.length === attempt.questionIds.length - 1;
    },
  },
  actions: {
    goToNextPage: assign({
      progress: ({ context }) => ({
        ...context.progress,
        position: positionAfter(context.course, context.progress.position, 1) ?? context.progress.position,
      }),
    }),
    goToPreviousPage: assign({
      progress: ({ context }) => ({
        ...context.progress,
        position: positionAfter(context.course, context.progress.position, -1) ?? context.progress.position,
      }),
    }),
    goToChosenPage: assign({
      progress: ({ context, event }) => {
        assertEvent(event, 'nav.page');
        return { ...context.progress, position: { screen: 'page', lesson: event.lesson, page: event.page } };
      },
    }),
    goToResumePage: assign({
      progress: ({ context }) => ({ ...context.progress, position: resumePagePosition(context.progress) }),
    }),
    goToFirstPage: assign({
      progress: ({ context }) => ({ ...context.progress, position: { screen: 'page', lesson: 0, page: 0 } }),
    }),
    /** Keeps the saved position in step with the screen: run on entry, so no transition forgets. */
    placeAtAssessment: assign({
      progress: ({ context }) =>
        context.progress.position.screen === 'assessment'
          ? context.progress
          : { ...context.progress, position: { screen: 'assessment' } },
    }),
    placeAtSummary: assign({
      progress: ({ context }) =>
        context.progress.position.screen === 'summary'
          ? context.progress
          : { ...context.progress, position: { screen: 'summary' } },
    }),
    /** Marks the current page seen; reports the view and any lesson it completes. */
    viewPage: enqueueActions(({ context, event, enqueue }) => {
      const pos = context.progress.position;
      if (pos.screen !== 'page') return;
      const lesson = context.course.lessons[pos.lesson];
      const page = lesson?.pages[pos.page];
      if (!lesson || !page) return;
      const visited = context.progress.visited.includes(page.id)
        ? context.progress.visited
        : [...context.progress.visited, page.id];
      const progress = { ...context.progress, visited };
      enqueue.assign({ progress, shownAt: at(event) });
      enqueue.emit({ type: 'report.pageViewed', lessonId: lesson.id, pageId: page.id, at: at(event) });
      for (const id of newlyCompletedLessons(context.course, context.progress, progress))
        enqueue.emit({ type: 'report.lessonCompleted', lessonId: id, at: at(event) });
    }),
    recordCheck: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'answer.submit');
      const question = answeredQuestion(context, event, 'check');
      if (!question) return;
      const report = answerReport(context, question, event, { phase: 'check' });
      const progress = {
        ...context.progress,
        checks: { ...context.progress.checks, [question.id]: { correct: report.correct } },
      };
      enqueue.assign({ progress, shownAt: event.at });
      enqueue.emit({ type: 'report.answerSubmitted', ...report });
      for (const id of newlyCompletedLessons(context.course, context.progress, progress))
        enqueue.emit({ type: 'report.lessonCompleted', lessonId: id, at: event.at });
    }),
    /**
     * Adds the choice to the case's path; reports any lesson it completes. Cases are practice: no
     * answer is reported, so the LMS records no interaction and no score for them.
     */
    recordCaseChoice: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'case.choose');
      const found = caseChoice(context, event);
      if (!found) return;
      const progress = withCaseChoice(context.progress, found.block, [...found.path, event.choiceId]);
      enqueue.assign({ progress });
      for (const id of newlyCompletedLessons(context.course, context.progress, progress))
        enqueue.emit({ type: 'report.lessonCompleted', lessonId: id, at: event.at });
    }),
    /** Clears the case's path; a case once finished stays counted for its lesson. */
    replayCase: assign({
      progress: ({ context, event }) => {
        assertEvent(event, 'case.replay');
        return { ...context.progress, cases: { ...context.progress.cases, [event.caseId]: [] } };
      },
    }),
    /** The course is completed once every lesson is complete and the assessment passed, in either order. */
    completeCourseIfDue: enqueueActions(({ context, event, enqueue }) => {
      const { progress, course } = context;
      const pass = progress.results.find((r) => r.passed);
      if (!pass || progress.completedAt || !areLessonsComplete(course, progress)) return;
      enqueue.assign({ progress: { ...progress, completedAt: at(event) } });
      enqueue.emit({ type: 'report.courseCompleted', scaled: pass.scaled, at: at(event) });
    }),
    recordReflection: assign({
      reflections: ({ context, event }) => {
        assertEvent(event, 'reflection.change');
        return { ...context.reflections, [event.id]: event.text };
      },
    }),
    reportReflection: emit(({ event }) => {
      assertEvent(event, 'reflection.change');
      return { type: 'report.reflectionChanged' as const, id: event.id };
    }),
    startAttempt: assign({
      progress: ({ context, event }) => {
        assertEvent(event, 'assessment.start');
        const { course } = context;
        const bank = course.assessment.bank.flatMap((id) => questionById(course, id) ?? []);
        // The questions of every earlier attempt, in bank order, so the resit draws unseen ones first.
        const asked = new Set([
          ...(context.progress.seen ?? []),
          ...(context.progress.attempt?.questionIds ?? []),
        ]);
        const seen = course.assessment.bank.filter((id) => asked.has(id));
        return {
          ...context.progress,
          ...(seen.length ? { seen } : {}),
          attempt: {
            number: context.progress.results.length + 1,
            questionIds: drawQuestions(bank, course.assessment.drawSize, event.seed, new Set(seen)),
            answers: [],
            responses: [],
          },
        };
      },
      shownAt: ({ event }) => at(event),
    }),
    recordAssessmentAnswer: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'answer.submit');
      const attempt = context.progress.attempt;
      const question = answeredQuestion(context, event, 'assessment');
      if (!attempt || !question) return;
      const report = answerReport(context, question, event, { phase: 'assessment', attempt: attempt.number });
      enqueue.assign({
        progress: {
          ...context.progress,
          attempt: {
            ...attempt,
            answers: [...attempt.answers, report.correct],
            responses: [...(attempt.responses ?? []), event.response],
          },
        },
        shownAt: event.at,
      });
      enqueue.emit({ type: 'report.answerSubmitted', ...report });
    }),
    /** Scores the finished attempt; reports the result and, on a pass, the course completion. */
    finishAttempt: enqueueActions(({ context, event, enqueue }) => {
      const attempt = context.progress.attempt;
      if (!attempt) return;
      const total = attempt.questionIds.length;
      const correct = attempt.answers.filter(Boolean).length;
      const scaled = total ? correct / total : 0;
      const passed = isPassingScore(correct, total, context.course.assessment.passMark);
      const results = [
        ...context.progress.results,
        { number: attempt.number, correct, total, scaled, passed },
      ];
      const progress: Progress = { ...context.progress, results };
      enqueue.assign({ progress });
      enqueue.emit({
        type: 'report.assessmentResult',
        attempt: attempt.number,
        scaled,
        passed,
        attemptsRemaining: attemptsRemaining(context.course, progress),
        at: at(event),
      });
    }),
    /**
     * Start again: lesson progress (cases included) is cleared; results, the current attempt (so no
     * attempt is ever given back), the questions already seen, completion and reflections are kept.
     */
    resetLessons: assign({
      progress: ({ context }) => {
        const { attempt, results, completedAt, seen } = context.progress;
        return { ...emptyProgress(), attempt, results, completedAt, ...(seen ? { seen } : {}) };
      },
      canResume: false,
    }),
    reportReset: emit(({ event }) => ({ type: 'report.progressReset' as const, at: at(event) })),
    reportExit: emit({ type: 'report.exited' }),
  },
});

/** A new attempt needs every lesson complete, no pass yet, none in progress and one left. */
const canStartAttempt = and([
  'areLessonsComplete',
  not('hasPassed'),
  not('isAttemptInProgress'),
  'hasAttemptsLeft',
]);

export const courseMachine = machineSetup.createMachine({
  id: 'course',
  context: ({ input }) => {
    const progress = input.progress ?? emptyProgress();
    return {
      course: input.course,
      learner: input.learner ?? { id: '', name: '' },
      progress,
      reflections: input.reflections ?? {},
      canResume: progress.visited.length > 0 || progress.results.length > 0 || !!progress.attempt,
    };
  },
  initial: 'welcome',
  on: {
    // Once the LMS session has ended (Terminate on pagehide), nothing more can be recorded: a page
    // brought back from the back/forward cache shows the exit screen, not a course that no longer saves.
    'lms.sessionClosed': { target: '.exited' },
    'reflection.change': { actions: ['recordReflection', 'reportReflection'] },
    'course.exit': { target: '.exited' },
  },
  states: {
    welcome: {
      on: {
        'course.start': [
          // "Start" when there is nothing to resume; with saved progress the choice is explicit.
          { guard: 'canResume', target: 'routing' },
          { target: 'page', actions: 'goToFirstPage' },
        ],
        'course.resume': { guard: 'canResume', target: 'routing' },
        'course.restart': { target: 'page', actions: ['resetLessons', 'reportReset', 'goToFirstPage'] },
      },
    },
    /** Returns a resuming learner to where they left off. */
    routing: {
      // The answer clock starts when a resuming learner arrives.
      entry: assign({ shownAt: ({ event }) => at(event) }),
      always: [
        { guard: 'isAtAssessment', target: 'assessment' },
        { guard: 'isAtSummary', target: 'summary' },
        { target: 'page', actions: 'goToResumePage' },
      ],
    },
    page: {
      entry: ['viewPage', 'completeCourseIfDue'],
      on: {
        // After the last page the assessment follows (its intro explains what is still needed).
        'nav.next': [
          {
            guard: and(['isPageDone', 'hasNextPage']),
            target: 'page',
            reenter: true,
            actions: 'goToNextPage',
          },
          { guard: 'isPageDone', target: 'assessment' },
        ],
        'nav.back': { guard: 'hasPreviousPage', target: 'page', reenter: true, actions: 'goToPreviousPage' },
        'nav.page': { guard: 'canVisitPage', target: 'page', reenter: true, actions: 'goToChosenPage' },
        // The assessment intro is always reachable: while locked it says which lessons remain.
        'nav.assessment': { target: 'assessment' },
        'nav.summary': { target: 'summary' },
        'answer.submit': { guard: 'isValidCheckAnswer', actions: ['recordCheck', 'completeCourseIfDue'] },
        'case.choose': { guard: 'isValidCaseChoice', actions: ['recordCaseChoice', 'completeCourseIfDue'] },
        'case.replay': { guard: 'hasCaseToReplay', actions: 'replayCase' },
      },
    },
    assessment: {
      initial: 'choosing',
      entry: 'placeAtAssessment',
      on: {
        'nav.page': { guard: 'canVisitPage', target: 'page', actions: 'goToChosenPage' },
        'nav.summary': { target: 'summary' },
      },
      states: {
        choosing: {
          always: [
            { guard: 'isAttemptInProgress', target: 'question' },
            { guard: 'hasFinishedAttempt', target: 'result' },
            { target: 'intro' },
          ],
        },
        intro: {
          on: {
            'assessment.start': { guard: canStartAttempt, target: 'question', actions: 'startAttempt' },
          },
        },
        question: {
          on: {
            'answer.submit': [
              {
                guard: and(['isValidAssessmentAnswer', 'isLastAssessmentQuestion']),
                target: 'result',
                actions: ['recordAssessmentAnswer', 'finishAttempt', 'completeCourseIfDue'],
              },
              {
                guard: 'isValidAssessmentAnswer',
                target: 'question',
                reenter: true,
                actions: 'recordAssessmentAnswer',
              },
            ],
          },
        },
        result: {
          on: {
            'assessment.start': { guard: canStartAttempt, target: 'question', actions: 'startAttempt' },
          },
        },
      },
    },
    summary: {
      entry: 'placeAtSummary',
      on: {
        'nav.page': { guard: 'canVisitPage', target: 'page', actions: 'goToChosenPage' },
        'nav.assessment': { target: 'assessment' },
      },
    },
    // The end. Not `final`: a page restored from the back/forward cache may still send events,
    // and they are ignored here rather than sent to a stopped actor (a console warning).
    exited: {
      entry: 'reportExit',
      on: { 'course.exit': {}, 'reflection.change': {}, 'lms.sessionClosed': {} },
    },
  },
});

export type CourseMachine = typeof courseMachine;
