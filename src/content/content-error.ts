/** A problem in one entry, phrased for the author who has to fix it. */
export interface ContentError {
  /** Path of the entry relative to the project root, e.g. `content/terms/adam.mdx`. */
  file: string;
  /** The frontmatter field or body part at fault, e.g. `related` or `body: ## ELI5`. */
  field: string;
  /** What is wrong. */
  problem: string;
  /** What to write instead. */
  fix: string;
}

export function formatContentError(e: ContentError): string {
  return `${e.file}: field "${e.field}": ${e.problem}. Fix: ${e.fix}`;
}

/** Thrown by the build when any entry is invalid; the message lists every problem, one per line. */
export class ContentValidationError extends Error {
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    const lines = errors.map((e) => `  - ${formatContentError(e)}`);
    super(`${errors.length} problem(s) in the glossary entries:\n${lines.join('\n')}`);
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}
