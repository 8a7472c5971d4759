/**
 * Development-only entry for `PIR_SCREENSHOTS_DEV=1`: mounts the learner interface on the compiled
 * course without the LMS layer, so the interface can be looked at before the package builds.
 * The screenshot test proper always runs against the built SCORM 2004 package.
 */
import { createActor } from 'xstate';
import type { Course } from '../../src/content/course-schema.js';
import { courseMachine } from '../../src/machine/course-machine.js';
import { setStrings } from '../../src/content/strings.js';
import '../../src/app/course-app.js';
import '../../src/app/later-screens.js';

const course = (await (await fetch('course.json')).json()) as Course;
if (course.strings) setStrings(course.strings, course.language);
const actor = createActor(courseMachine, { input: { course, learner: { id: 'L1', name: 'Doe, Jane' } } });
actor.start();
const app = document.createElement('pir-course-app');
app.actor = actor;
// No LMS here: the notices show progress as saved.
app.lms = { subscribe: (listener) => (listener({ status: 'saved' }), () => undefined) };
app.previousSeconds = 1260;
app.startedAt = Date.now();
document.querySelector('[data-loading]')?.remove();
document.body.append(app);
