// Runs in Node: proves the layer rules in eslint.config.js are real. Each probe is a one-line
// import (or a global) linted as if it were in a file of that layer; each ban must fire, and the
// allowed probes prove the test can tell the difference.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The layer rules that fired for `code` placed in the (existing) file `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const banned: Array<[string, string, string]> = [
  ['lms → machine', 'src/lms/clock.ts', "import type { CourseContext } from '../machine/course-machine.js';"],
  ['lms → app', 'src/lms/clock.ts', "import type { CourseActor } from '../app/course-app.js';"],
  ['lms → xstate', 'src/lms/clock.ts', "import type { AnyActorRef } from 'xstate';"],
  ['content → app', 'src/content/random.ts', "import type { CourseActor } from '../app/course-app.js';"],
  ['content → machine', 'src/content/random.ts', "import type { Progress } from '../machine/progress.js';"],
  ['content → lms', 'src/content/random.ts', "import type { Clock } from '../lms/clock.js';"],
  ['content → lit', 'src/content/random.ts', "import { html } from 'lit';"],
  [
    'controllers → components',
    'src/controllers/actor-selector.ts',
    "import type { PirHeader } from '../components/pir-header/pir-header.js';",
  ],
  [
    'controllers → machine',
    'src/controllers/actor-selector.ts',
    "import type { Progress } from '../machine/progress.js';",
  ],
  ['machine → lit', 'src/machine/draw.ts', "import { html } from 'lit';"],
  ['machine → lms', 'src/machine/draw.ts', "import type { Clock } from '../lms/clock.js';"],
  ['machine → document', 'src/machine/draw.ts', 'export const title = () => document.title;'],
  ['machine → window', 'src/machine/draw.ts', 'export const width = () => window.innerWidth;'],
  ['machine → clock', 'src/machine/draw.ts', 'export const later = () => setTimeout(() => undefined, 1);'],
  [
    'components → machine',
    'src/components/pir-progress/pir-progress.ts',
    "import type { Progress } from '../../machine/progress.js';",
  ],
  [
    'components → xstate',
    'src/components/pir-progress/pir-progress.ts',
    "import { createActor } from 'xstate';",
  ],
  [
    'components → app',
    'src/components/pir-progress/pir-progress.ts',
    "import type { CourseActor } from '../../app/course-app.js';",
  ],
  [
    'components → schema values (zod)',
    'src/components/pir-progress/pir-progress.ts',
    "import { Course } from '../../content/course-schema.js';",
  ],
  ['app → zod', 'src/app/course-app.ts', "import { z } from 'zod';"],
  ['app → scorm-again', 'src/app/course-app.ts', "import 'scorm-again';"],
];

const allowed: Array<[string, string, string]> = [
  ['lms → content types', 'src/lms/clock.ts', "import type { Course } from '../content/course-schema.js';"],
  ['machine → content', 'src/machine/draw.ts', "import { fnv1a } from '../content/random.js';"],
  [
    'components → schema types',
    'src/components/pir-progress/pir-progress.ts',
    "import type { Course } from '../../content/course-schema.js';",
  ],
  ['app → machine', 'src/app/course-app.ts', "import { courseMachine } from '../machine/course-machine.js';"],
  [
    'controllers → lit',
    'src/controllers/actor-selector.ts',
    "import type { ReactiveController } from 'lit';",
  ],
];

describe('layer rules (eslint.config.js)', () => {
  for (const [name, file, code] of banned) {
    it(`bans ${name}`, async () => {
      assert.notDeepEqual(await layerErrors(file, `${code}\n`), [], `${name} should be refused in ${file}`);
    });
  }
  for (const [name, file, code] of allowed) {
    it(`allows ${name}`, async () => {
      assert.deepEqual(await layerErrors(file, `${code}\n`), []);
    });
  }
});
