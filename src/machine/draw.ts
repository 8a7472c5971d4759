/**
 * Draws an assessment attempt's questions from the bank: deterministic for a given seed, so a
 * test (or a resumed attempt) sees the same draw, and fair: it first covers as many learning
 * outcomes as the draw size allows, then fills at random, then shuffles.
 */
import type { Question } from '../content/course-schema.js';
import { seededRandom, shuffle } from '../content/random.js';

/** Picks `size` distinct question ids from `bank` for one attempt. */
export function drawQuestions(bank: readonly Question[], size: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pool = shuffle(bank, random);
  const chosen: Question[] = [];
  const covered = new Set<string>();
  // First pass: one question for each outcome not yet covered, while room remains.
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
