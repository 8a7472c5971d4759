/** The compiled course, inlined into the bundle by rollup.config.js (see `compiledCourse`). */
declare module 'virtual:course' {
  // A relative `import type` is not allowed in an ambient module; an import type annotation is.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const course: import('./content/course-schema.js').Course;
  export default course;
}
