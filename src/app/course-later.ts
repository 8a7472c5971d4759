/** The package's second file, course-later.js: the later part of the course and the later screens. */
import later from 'virtual:course-later';
import './later-screens.js';

export { later };
