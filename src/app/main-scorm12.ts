/** Entry of the SCORM 1.2 package: looks only for the 1.2 `API` object. */
import course from 'virtual:course';
import { scorm12 } from '../lms/scorm12-adapter.js';
import { startCourse } from './start-course.js';

void startCourse(course, scorm12);
