/**
 * Test-only, for Node tests: installs the English interface text of module/strings/en.yaml,
 * compiled and checked by the content compiler itself, as the course does at start-up (the
 * browser tests' twin is src/components/test-strings.ts). Import it before calling anything
 * that words a text, such as the answer review.
 */
import { fileURLToPath } from 'node:url';
import { formatProblem, type ContentProblem } from '../../tools/content/content-error.js';
import { loadStrings } from '../../tools/content/strings.js';
import { setStrings } from './strings.js';

const problems: ContentProblem[] = [];
const english = loadStrings(fileURLToPath(new URL('../../module', import.meta.url)), 'en-GB', problems);
if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
setStrings(english, 'en-GB');
