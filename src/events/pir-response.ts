/**
 * What a learner answered, one shape per question type. Components may not import the course
 * machine, so this mirrors `Response` in src/machine/responses.ts structurally; the shell passes it
 * on unchanged, and the type-checker proves the two stay the same shape.
 */
export type PirResponse =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'matching'; pairs: Record<string, string> }
  | { type: 'ordering'; order: string[] };
