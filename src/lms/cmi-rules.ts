/**
 * Both versions' rules by version, for tests and the test LMS harness. The packages never import
 * this file: each adapter's driver carries its own version's rules (scorm-api.ts).
 */
import { RULES_12 } from './cmi-rules-12.js';
import { RULES_2004 } from './cmi-rules-2004.js';
import type { CmiRules, CmiVersion } from './cmi-validator.js';

export const CMI_RULES: Record<CmiVersion, CmiRules> = { '1.2': RULES_12, '2004': RULES_2004 };
