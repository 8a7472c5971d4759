/** The compiled course, inlined into the bundle by rollup.config.js. */
declare module 'virtual:course' {
  import type { Course } from './content/course-schema.js';
  const course: Course;
  export default course;
}
