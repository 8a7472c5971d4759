/** The first part of the compiled course, inlined into course.js by rollup.config.js (see `compiledCourse`). */
declare module 'virtual:course' {
  // A relative `import type` is not allowed in an ambient module; an import type annotation is.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const course: import('./content/course-schema.js').Course;
  export default course;
}

/** The later part of the compiled course (src/content/course-parts.ts), in course-later.js. */
declare module 'virtual:course-later' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const later: import('./content/course-parts.js').CourseLater;
  export default later;
}
