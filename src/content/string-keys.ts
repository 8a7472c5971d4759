/**
 * Every interface text the player shows (buttons, hints, notices, error messages), by key, with the
 * placeholders the player fills in for it. The words themselves are content: they live in
 * `module/strings/<language>.yaml`, where an educator can change them and a translator can write
 * another language's file. This list is the contract between the two: the content compiler
 * rejects a strings file with a key not listed here, a listed key missing, or a placeholder the
 * player does not fill; and `t()` accepts only these keys, with exactly these placeholders.
 *
 * A text whose placeholders include `count` may have plural forms (`one:`, `other:`, …).
 * The player imports this file for its types only; the compiler reads the values.
 */
export const STRING_KEYS = {
  // Shared by several elements.
  'common.errorPrefix': [],
  'common.opensInNewTab': [],
  'common.backToCourse': [],
  'common.viewRecord': [],
  'common.noAttemptsLeft': [],
  'common.true': [],
  'common.false': [],

  // pir-question: one question, its hints and its error message.
  'question.number': ['number', 'total'],
  'question.answeredBefore': [],
  'question.hint.multiple': [],
  'question.hint.matching': [],
  'question.hint.ordering': [],
  'question.error.single': [],
  'question.error.multiple': [],
  'question.error.truefalse': [],
  'question.error.matching': [],
  'question.error.ordering': [],
  'question.submit.check': [],
  'question.submit.assessment': [],
  'question.submit.last': [],
  'question.answerAgain': [],

  // The answer controls.
  'choiceGroup.yourAnswer': [],
  'matching.placeholder': [],
  'matching.yourMatch': ['target'],
  'ordering.listLabel': [],
  'ordering.moveUp': [],
  'ordering.moveDown': [],
  'ordering.itemPosition': ['item', 'position', 'total'],
  'ordering.moved': ['item', 'position', 'total'],

  // pir-feedback: after a knowledge check is marked.
  'feedback.correct': [],
  'feedback.incorrect': [],
  'feedback.announceCorrect': ['feedback'],
  'feedback.announceIncorrect': ['feedback'],
  'feedback.youChose': ['option'],
  'feedback.correctAnswer': [],
  'feedback.correctAnswers': [],
  'feedback.correctMatches': [],
  'feedback.correctOrder': [],
  'feedback.why': [],
  'feedback.references': ['count'],

  // pir-error-summary.
  'errorSummary.heading': [],

  // pir-assessment-intro.
  'assessmentIntro.heading': [],
  'assessmentIntro.questions': [],
  'assessmentIntro.questionsValue': ['count'],
  'assessmentIntro.passMark': [],
  'assessmentIntro.passMarkValue': ['passMark'],
  'assessmentIntro.attemptsLeft': [],
  'assessmentIntro.attemptsLeftValue': ['remaining', 'max'],
  'assessmentIntro.passed': [],
  'assessmentIntro.locked': [],
  'assessmentIntro.howItWorks': [],
  'assessmentIntro.lookBack': [],
  'assessmentIntro.start': [],

  // pir-results.
  'results.passed': [],
  'results.notPassed': [],
  'results.yourScore': [],
  'results.percent': ['percent'],
  'results.correctOf': ['correct', 'total', 'passMark'],
  'results.attemptsLeft': ['count'],
  'results.passedIncomplete': [],
  'results.passedOnDevice': [],
  'results.passedRecorded': [],
  'results.passedSending': [],
  'results.worthAnotherLook': [],
  'results.outcomesToRevisit': [],
  'results.revisitLesson': ['lesson'],
  'results.reviewHeading': [],
  'results.reviewCorrect': ['number'],
  'results.reviewIncorrect': ['number'],
  'results.yourAnswer': [],
  'results.correctAnswer': [],
  'results.tryAgain': [],

  // pir-glossary, pir-references, pir-reflection.
  'glossary.heading': [],
  'references.heading': [],
  'references.intro': [],
  'reflection.label': [],
  'reflection.hint': [],

  // pir-lesson-menu and pir-progress.
  'menu.lessons': [],
  'menu.status.notStarted': [],
  'menu.status.inProgress': [],
  'menu.status.completed': [],
  'menu.pagesIn': ['lesson'],
  'menu.assessmentAndRecord': [],
  'menu.assessment': [],
  'menu.record': [],
  'menu.summary': [],
  'progress.lessonsComplete': ['fraction'],
  'progress.fraction': ['complete', 'total'],
  'progress.assessment': [],

  // pir-pagination.
  'pagination.label': [],
  'pagination.pageOf': ['number', 'count'],
  'pagination.back': [],
  'pagination.next': [],
  'pagination.toAssessment': [],

  // pir-exit-dialog and pir-exited.
  'exitDialog.heading': [],
  'exitDialog.body': [],
  'exitDialog.exit': [],
  'exitDialog.stay': [],
  'exited.heading': [],
  'exited.savedToDevice': [],
  'exited.savedToLms': [],
  'exited.notConfirmed': ['problem'],
  'exited.closeWindow': [],

  // pir-figure, and glossary terms in lesson text (term-definitions.ts).
  'figure.description': [],
  'terms.definitionOf': ['term'],
} as const satisfies Record<string, readonly string[]>;

export type StringKey = keyof typeof STRING_KEYS;

/** The placeholders the player fills in for `K`. */
export type StringVarName<K extends StringKey> = (typeof STRING_KEYS)[K][number];
