/** Entry of the SCORM 1.2 package: looks only for the 1.2 `API` object. */
import course from 'virtual:course';
import { scorm12 } from '../lms/scorm12-adapter.js';
import { markFirstPartOnly } from '../content/course-parts.js';
import { startPackage } from './start-course.js';

// The first part of the course runs the welcome and the first lesson; the rest follows at once.
markFirstPartOnly(course);
void startPackage(course, scorm12);
