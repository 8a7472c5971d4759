/**
 * What a learner answered, one shape per question type, and how it is marked against the answer
 * key in the content. Pure functions, shared by the course machine (the record), the question
 * component (immediate feedback) and the LMS adapters (response patterns), so they always agree.
 */
import type { Question } from '../content/course-schema.js';

export type Response =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'matching'; pairs: Record<string, string> }
  | { type: 'ordering'; order: string[] };

/** True when `response` is a complete answer of the question's type (every item matched, etc.). */
export function isComplete(question: Question, response: Response | undefined): response is Response {
  if (!response || response.type !== question.type) return false;
  switch (response.type) {
    case 'single':
      return response.optionId !== '';
    case 'multiple':
      return response.optionIds.length > 0;
    case 'truefalse':
      return true;
    case 'matching':
      return question.type === 'matching' && question.items.every((item) => !!response.pairs[item.id]);
    case 'ordering':
      return (
        question.type === 'ordering' &&
        response.order.length === question.items.length &&
        question.items.every((item) => response.order.includes(item.id))
      );
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === a.length && a.length === b.length && a.every((x) => b.includes(x));

/** Marks a response: all or nothing (a multiple-response answer is right only if exactly right). */
export function isCorrect(question: Question, response: Response): boolean {
  if (!isComplete(question, response)) return false;
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.optionId === question.correct;
    case 'multiple':
      return response.type === 'multiple' && sameSet(response.optionIds, question.correct);
    case 'truefalse':
      return response.type === 'truefalse' && response.value === question.correct;
    case 'matching':
      return (
        response.type === 'matching' &&
        question.items.every((item) => response.pairs[item.id] === question.correct[item.id])
      );
    case 'ordering':
      return response.type === 'ordering' && response.order.join() === question.correct.join();
  }
}

/** The correct answer to a question, as a Response (for feedback and LMS correct patterns). */
export function correctResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.correct };
    case 'multiple':
      return { type: 'multiple', optionIds: [...question.correct] };
    case 'truefalse':
      return { type: 'truefalse', value: question.correct };
    case 'matching':
      return { type: 'matching', pairs: { ...question.correct } };
    case 'ordering':
      return { type: 'ordering', order: [...question.correct] };
  }
}
