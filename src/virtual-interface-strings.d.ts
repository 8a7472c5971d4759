/** Test-only: the English interface text, compiled by the test runner (web-test-runner.config.js). */
declare module 'virtual:interface-strings' {
  const english: {
    language: string;
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports
    strings: import('./content/course-schema.js').InterfaceStrings;
  };
  export default english;
}
