/**
 * Draws an assessment attempt's questions from the bank: deterministic for a given seed, so a
 * test (or a resumed attempt) sees the same draw, and fair: it covers as many learning outcomes as
 * the draw size allows, then fills at random, then shuffles. A resit draws questions the learner
 * has not seen first, and reuses seen ones only when the unseen ones run out, so a second attempt
 * tests the outcomes again rather than the learner's memory of the first.
 */
import type { Question } from '../content/course-schema.js';
import { seededRandom, shuffle } from '../content/random.js';

/**
 * Picks `size` distinct question ids from `bank` for one attempt. `seen` holds the ids asked in
 * earlier attempts; with none, the draw for a seed is the same as it has always been.
 */
export function drawQuestions(
  bank: readonly Question[],
  size: number,
  seed: number,
  seen: ReadonlySet<string> = new Set(),
): string[] {
  const random = seededRandom(seed);
  const shuffled = shuffle(bank, random);
  // Unseen first, each group in shuffled order: every pass below then prefers an unseen question.
  const pool = [...shuffled.filter((q) => !seen.has(q.id)), ...shuffled.filter((q) => seen.has(q.id))];
  const chosen: Question[] = [];
  const covered = new Set<string>();
  // First pass: one question for each outcome not yet covered, while room remains. An outcome
  // falls to a seen question only when no unseen question tests it.
  for (const q of pool) {
    if (chosen.length >= size) break;
    if (q.outcomes.some((o) => !covered.has(o))) {
      chosen.push(q);
      q.outcomes.forEach((o) => covered.add(o));
    }
  }
  for (const q of pool) {
    if (chosen.length >= size) break;
    if (!chosen.includes(q)) chosen.push(q);
  }
  return shuffle(chosen, random).map((q) => q.id);
}
