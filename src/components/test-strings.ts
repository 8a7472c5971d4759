/**
 * Test-only: installs the English interface text (module/strings/en.yaml, compiled by the content
 * compiler through the test runner's `interface-strings` plugin), as the course does at start-up.
 * Imported by test-helpers.ts, so every element test renders the words the course ships.
 */
import english from 'virtual:interface-strings';
import { setStrings } from '../content/strings.js';

setStrings(english.strings, english.language);
