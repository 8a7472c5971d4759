/**
 * The one scoring rule: scores are truncated, never rounded, so the percentage the learner sees,
 * the certificate and the score sent to the LMS always agree (2/3 is 66%, "0.66", never 67).
 */

/** Truncates to `places` decimals; the epsilon absorbs float noise (0.57 * 100 = 56.999…). */
export function truncateScore(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.floor(value * factor + 1e-6) / factor;
}

/** A fraction of 1 as a whole percentage, truncated (0.666… → 66). */
export function percentScore(scaled: number): number {
  return Math.round(truncateScore(scaled, 2) * 100);
}

/** The percentage for `correct` answers out of `total` (0 when there were none). */
export function percentCorrect(correct: number, total: number): number {
  return total ? percentScore(correct / total) : 0;
}
