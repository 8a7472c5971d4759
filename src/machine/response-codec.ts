/**
 * An assessment attempt's responses in suspend_data, for the review after the attempt: each as
 * base-36 indices into the question's own lists (options, targets, items), so ten responses cost a
 * few dozen characters rather than hundreds of ids. Dot-joined, in the order of the drawn questions.
 *
 *   single    the option's index            multiple  the options' indices, as chosen
 *   truefalse "t" or "f"                    matching  per item in written order, its target's index ("-": none)
 *   ordering  the items' indices, in the learner's order
 */
import type { Response } from '../content/answers.js';
import type { Course, Question } from '../content/course-schema.js';
import { questionById } from './progress.js';

const b36 = (index: number): string => (index >= 0 && index < 36 ? index.toString(36) : '');
const indexIn = (list: ReadonlyArray<{ id: string }>, id: string | undefined): string =>
  b36(list.findIndex((x) => x.id === id));

function encodeResponse(question: Question | undefined, r: Response | undefined): string {
  if (!question || !r || r.type !== question.type) return '';
  switch (r.type) {
    case 'single':
      return question.type === 'single' ? indexIn(question.options, r.optionId) : '';
    case 'multiple':
      return question.type === 'multiple'
        ? r.optionIds.map((id) => indexIn(question.options, id)).join('')
        : '';
    case 'truefalse':
      return r.value ? 't' : 'f';
    case 'matching':
      return question.type === 'matching'
        ? question.items.map((item) => indexIn(question.targets, r.pairs[item.id]) || '-').join('')
        : '';
    case 'ordering':
      return question.type === 'ordering' ? r.order.map((id) => indexIn(question.items, id)).join('') : '';
  }
}

/** The `a.e` value for an attempt's responses so far. */
export function encodeResponses(
  course: Course,
  questionIds: readonly string[],
  responses: ReadonlyArray<Response | undefined>,
) {
  return responses.map((r, i) => encodeResponse(questionById(course, questionIds[i] ?? ''), r)).join('.');
}

function decodeResponse(question: Question | undefined, text: string): Response | undefined {
  if (!question || !text) return undefined;
  const at = <T>(list: readonly T[], digit: string | undefined): T | undefined =>
    digit === undefined || digit === '-' ? undefined : list[parseInt(digit, 36)];
  const digits = [...text];
  switch (question.type) {
    case 'single': {
      const option = digits.length === 1 ? at(question.options, digits[0]) : undefined;
      return option && { type: 'single', optionId: option.id };
    }
    case 'multiple': {
      const options = digits.map((d) => at(question.options, d));
      return options.every(Boolean) ? { type: 'multiple', optionIds: options.map((o) => o!.id) } : undefined;
    }
    case 'truefalse':
      return text === 't' || text === 'f' ? { type: 'truefalse', value: text === 't' } : undefined;
    case 'matching': {
      if (digits.length !== question.items.length) return undefined;
      const pairs: Record<string, string> = {};
      question.items.forEach((item, i) => {
        const target = at(question.targets, digits[i]);
        if (target) pairs[item.id] = target.id;
      });
      return { type: 'matching', pairs };
    }
    case 'ordering': {
      const items = digits.map((d) => at(question.items, d));
      return items.every(Boolean) ? { type: 'ordering', order: items.map((x) => x!.id) } : undefined;
    }
  }
}

/**
 * Reads an `a.e` value (already checked against its pattern) for the drawn questions. A response
 * that no longer fits its question reads as no response (the review then says "No answer").
 */
export function decodeResponses(
  course: Course,
  questionIds: readonly string[],
  text: string,
  answered: number,
): Array<Response | undefined> {
  const parts = text === '' ? [] : text.split('.');
  return Array.from({ length: answered }, (_, i) =>
    decodeResponse(questionById(course, questionIds[i] ?? ''), parts[i] ?? ''),
  );
}
