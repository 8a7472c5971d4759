/**
 * A learner's answers in words: what they chose and what the key is, as option text rather than
 * ids, for the question-by-question review after an assessment and for anyone reading a record.
 */
import type { Question } from './course-schema.js';
import { correctResponse, isCorrect, type Response } from './answers.js';
import { t } from './strings.js';

/** One question of a finished attempt, as the review shows it. */
export interface ReviewItem {
  questionId: string;
  prompt: string;
  /** The learner's answer in words; "No answer" (strings `review.noAnswer`) when there is none. */
  yours: string;
  /** The key in words. */
  correct: string;
  isCorrect: boolean;
  /** The rationale, as compiled (trusted) HTML. */
  rationaleHtml: string;
}

const textOf = (list: ReadonlyArray<{ id: string; text: string }>, id: string): string =>
  list.find((x) => x.id === id)?.text ?? id;

/** A response in words: option texts, "True"/"False", "item → target" pairs, or the order given. */
export function responseText(question: Question, response: Response | undefined): string {
  if (!response || response.type !== question.type) return t('review.noAnswer');
  switch (response.type) {
    case 'single':
      return question.type === 'single' ? textOf(question.options, response.optionId) : '';
    case 'multiple':
      // In the written order, so the same answer always reads the same way.
      return question.type === 'multiple'
        ? question.options
            .filter((o) => response.optionIds.includes(o.id))
            .map((o) => o.text)
            .join('; ')
        : '';
    case 'truefalse':
      return response.value ? t('common.true') : t('common.false');
    case 'matching':
      return question.type === 'matching'
        ? question.items
            .map((item) => {
              const target = response.pairs[item.id];
              return `${item.text} → ${target ? textOf(question.targets, target) : t('review.noMatch')}`;
            })
            .join('; ')
        : '';
    case 'ordering':
      return question.type === 'ordering'
        ? response.order.map((id, i) => `${i + 1}. ${textOf(question.items, id)}`).join('; ')
        : '';
  }
}

/**
 * The review of one attempt: each drawn question in the order shown, with the learner's answer
 * (absent when the attempt kept only right/wrong), the key and the rationale.
 */
export function reviewItems(
  questions: ReadonlyMap<string, Question> | ReadonlyArray<Question>,
  questionIds: readonly string[],
  responses: ReadonlyArray<Response | undefined>,
): ReviewItem[] {
  const byId =
    questions instanceof Map
      ? (questions as ReadonlyMap<string, Question>)
      : new Map((questions as ReadonlyArray<Question>).map((q) => [q.id, q]));
  return questionIds.flatMap((id, i) => {
    const question = byId.get(id);
    if (!question) return [];
    const response = responses[i];
    return [
      {
        questionId: id,
        prompt: question.prompt,
        yours: responseText(question, response),
        correct: responseText(question, correctResponse(question)),
        isCorrect: response ? isCorrect(question, response) : false,
        rationaleHtml: question.rationale,
      },
    ];
  });
}
