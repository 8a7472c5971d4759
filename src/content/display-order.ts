/**
 * The order in which a question's options (or matching targets) are shown. Authors may write the
 * right answer first; the learner sees a shuffled order, so position gives nothing away. The order
 * is fixed for a question and a key (the assessment attempt), so it does not move while the
 * learner answers, after a relaunch, or when an auditor replays the attempt. Marking and LMS
 * reporting use ids, never positions, so they are unaffected.
 */
import type { Question } from './course-schema.js';
import { fnv1a, seededRandom, shuffle } from './random.js';

/** The question as shown: the same question with its options or targets in display order. */
export function inDisplayOrder(question: Question, key = ''): Question {
  // True/false keeps True first; an ordering question's items are its puzzle, shown as written.
  if (question.type === 'truefalse' || question.type === 'ordering' || question.shuffle === false) {
    return question;
  }
  const random = seededRandom(fnv1a(`${question.id}|${key}`));
  return question.type === 'matching'
    ? { ...question, targets: shuffle(question.targets, random) }
    : { ...question, options: shuffle(question.options, random) };
}
