/**
 * The completion reference shown on the record of completion. Derived, never stored: an auditor
 * can recompute it from the course id and version, the learner id and the completion time.
 */
import { fnv1a } from './random.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `PIR-XXXX-XXXX` in Crockford base 32 (no I, L, O or U, so it reads back without confusion). */
export function completionReference(
  courseId: string,
  version: string,
  learnerId: string,
  completedAt: number,
): string {
  const text = `${courseId}|${version}|${learnerId}|${completedAt}`;
  const a = fnv1a(text, 0x811c9dc5);
  const b = fnv1a(text, 0x01000193 ^ a);
  let bits = (BigInt(a) << 32n) | BigInt(b);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `PIR-${code.slice(0, 4)}-${code.slice(4)}`;
}
