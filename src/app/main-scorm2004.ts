/** Entry of the SCORM 2004 4th Edition package: looks only for `API_1484_11`. */
import course from 'virtual:course';
import { scorm2004 } from '../lms/scorm2004-adapter.js';
import { startCourse } from './start-course.js';

void startCourse(course, scorm2004);
