/**
 * Draws an assessment attempt's questions from the bank: deterministic for a given seed, so a
 * test (or a resumed attempt) sees the same draw, and fair: it first covers as many learning
 * outcomes as the draw size allows, then fills at random, then shuffles.
 */
import type { Question } from '../content/course-schema.js';

/** mulberry32: a tiny, well-distributed 32-bit PRNG. Returns a function giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

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
