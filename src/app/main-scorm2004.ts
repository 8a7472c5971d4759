/** Entry of the SCORM 2004 4th Edition package: looks only for `API_1484_11`. */
import course from 'virtual:course';
import { scorm2004 } from '../lms/scorm2004-adapter.js';
import { markFirstPartOnly } from '../content/course-parts.js';
import { startPackage } from './start-course.js';

// The first part of the course runs the welcome and the first lesson; the rest follows at once.
markFirstPartOnly(course);
void startPackage(course, scorm2004);
