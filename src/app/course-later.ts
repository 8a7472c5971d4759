/**
 * The package's second file, course-later.js: the later part of the course, the later screens, and
 * the code that puts the later part in place.
 */
import later from 'virtual:course-later';
import { completeCourse } from '../content/course-parts-later.js';
import './later-screens.js';

export { completeCourse, later };
