/**
 * Test-only entry for certificate-pdf.test.ts: the real shell on course.json (served by the test,
 * with an issuer), resumed at the record of completion with a passed attempt, no LMS layer.
 * The date, score, learner and time spent are fixed, so the record is the same on every run.
 */
import { createActor } from 'xstate';
import type { Course } from '../../src/content/course-schema.js';
import { courseMachine } from '../../src/machine/course-machine.js';
import { emptyProgress } from '../../src/machine/progress.js';
import { setStrings } from '../../src/content/strings.js';
import '../../src/app/course-app.js';
import '../../src/app/later-screens.js';

/** 14 March 2026, 10:30 UTC. */
export const COMPLETED_AT = Date.UTC(2026, 2, 14, 10, 30);

const course = (await (await fetch('course.json')).json()) as Course;
// The interface text first, as start-course.ts does: every element reads it as it renders.
if (course.strings) setStrings(course.strings, course.language);
const pages = course.lessons.flatMap((l) => l.pages.map((p) => p.id));
const actor = createActor(courseMachine, {
  input: {
    course,
    learner: { id: 'L1', name: 'Doe, Jane' },
    progress: {
      ...emptyProgress(),
      position: { screen: 'summary' },
      visited: pages,
      results: [{ number: 1, correct: 9, total: 10, scaled: 0.9, passed: true }],
      completedAt: COMPLETED_AT,
    },
  },
});
actor.start();
actor.send({ type: 'course.resume', at: COMPLETED_AT });
const app = document.createElement('pir-course-app');
app.actor = actor;
app.lms = { subscribe: (listener) => (listener({ status: 'saved' }), () => undefined) };
// 41 minutes and 30 seconds in all.
app.previousSeconds = 2490;
app.startedAt = Date.now();
document.querySelector('[data-loading]')?.remove();
document.body.append(app);
