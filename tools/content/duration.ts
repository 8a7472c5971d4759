/**
 * Estimates how long the course takes, from its content. The constants are stated in
 * module/README.md so educators can see how the figure in the manifest is reached.
 */
import type { Course } from '../../src/content/course-schema.js';
import { countWords, htmlToText } from './markdown.js';

export const WORDS_PER_MINUTE = 180;
export const MINUTES_PER_QUESTION = 0.5;
export const MINUTES_PER_SCENARIO = 1;
export const MINUTES_PER_REFLECTION = 1;

/** Words of instructional prose: welcome, page text, callouts and scenarios (not questions). */
export function countProseWords(course: Pick<Course, 'welcomeHtml' | 'lessons'>): number {
  let words = countWords(htmlToText(course.welcomeHtml));
  for (const lesson of course.lessons) {
    for (const page of lesson.pages) {
      words += countWords(page.title);
      for (const block of page.blocks) {
        if (block.type === 'text') words += countWords(htmlToText(block.html));
        if (block.type === 'callout' || block.type === 'scenario') {
          words += countWords(block.title) + countWords(htmlToText(block.html));
        }
        if (block.type === 'reflection') words += countWords(block.prompt);
      }
    }
  }
  return words;
}

export function estimateDuration(
  course: Pick<Course, 'welcomeHtml' | 'lessons' | 'assessment'>,
): Course['duration'] {
  const words = countProseWords(course);
  const blocks = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));
  const checks = blocks.reduce(
    (n, b) => n + (b.type === 'check' ? 1 : b.type === 'scenario' ? b.questionIds.length : 0),
    0,
  );
  const scenarios = blocks.filter((b) => b.type === 'scenario').length;
  const reflections = blocks.filter((b) => b.type === 'reflection').length;
  const drawn = course.assessment.drawSize;
  const minutes =
    words / WORDS_PER_MINUTE +
    (checks + drawn) * MINUTES_PER_QUESTION +
    scenarios * MINUTES_PER_SCENARIO +
    reflections * MINUTES_PER_REFLECTION;
  const formula =
    `${words} words / ${WORDS_PER_MINUTE} wpm + (${checks} checks + ${drawn} assessment questions) × ${MINUTES_PER_QUESTION} min` +
    ` + ${scenarios} scenarios × ${MINUTES_PER_SCENARIO} min + ${reflections} reflections × ${MINUTES_PER_REFLECTION} min`;
  return { minutes: Math.round(minutes * 10) / 10, words, formula };
}
