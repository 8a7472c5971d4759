/** One problem found in the course content, located precisely enough for an educator to fix it. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `module/lessons/02-before-birth.md`. */
  file: string;
  /** The lesson, page, question or reference the problem is in, when there is one. */
  item?: string;
  /** The field, e.g. `options[2].id` or `alt`. */
  field?: string;
  reason: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** Formats a problem as one line: `file:line: item: field: reason`. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return [where, p.item, p.field, p.reason].filter(Boolean).join(': ');
}

/** Thrown when content is invalid; carries every problem found, not only the first. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The course content has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.problems = problems;
  }
}
