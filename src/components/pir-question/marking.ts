import type { Question } from '../../content/course-schema.js';
import type { PirResponse } from '../../events/pir-response.js';

/**
 * Marking for feedback shown in the browser. The course machine marks the same answer for the
 * record; the shell's tests prove the two agree for every question type.
 */
export function isAnswerComplete(
  question: Question,
  response: PirResponse | undefined,
): response is PirResponse {
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
      return question.type === 'ordering' && response.order.length === question.items.length;
  }
}

/** All or nothing, as in the course record. */
export function isAnswerCorrect(question: Question, response: PirResponse): boolean {
  if (!isAnswerComplete(question, response)) return false;
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.optionId === question.correct;
    case 'multiple':
      return (
        response.type === 'multiple' &&
        response.optionIds.length === question.correct.length &&
        question.correct.every((id) => response.optionIds.includes(id))
      );
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
