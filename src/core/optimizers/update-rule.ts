/**
 * An optimizer's update rule as a reader sees it: a few lines of KaTeX, each with a stable id, declared in the same
 * file as the rule that runs (so prose and code change together). The update-rule diff compares two rules line by
 * line: a line whose id both have but whose tex differs is "changed", an id only one has is "added" or "removed".
 */
export interface UpdateRuleLine {
  /** Stable across variants: the same id means "the same step of the algorithm" (e.g. 'second-moment'). */
  id: string;
  /** KaTeX source, e.g. 'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2'. */
  tex: string;
}

export interface UpdateRule {
  /** The variant's display name, e.g. 'SGD with momentum'. */
  title: string;
  lines: readonly UpdateRuleLine[];
}
