/**
 * The props of the MDX tag <UpdateRuleDiff from="adam" to="adamw" />, checked at build time: each must name a rule in
 * UPDATE_RULES (src/core/optimizers/update-rules.ts). A wrong one fails the build with the file, the tag, the prop,
 * the allowed values and the fix, like the demo tags (components/demos/shared/parse-demo-props.ts). Pure.
 */
import { isUpdateRuleName, UPDATE_RULES, updateRuleNames, type UpdateRule, type UpdateRuleName } from '../../src/core/plain';

export const UPDATE_RULE_DIFF_TAG = 'UpdateRuleDiff';

export interface UpdateRuleDiffProps {
  fromName: UpdateRuleName;
  toName: UpdateRuleName;
  from: UpdateRule;
  to: UpdateRule;
}

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value));

/** Resolves the tag's props to the two rules; throws one message naming every bad prop. */
export function resolveUpdateRuleDiffProps(props: Record<string, unknown>, file?: string): UpdateRuleDiffProps {
  const where = file === undefined ? '' : `${file}: `;
  const allowed = updateRuleNames().join(', ');
  const { class: _class, ...input } = props;
  const problems: string[] = [];
  for (const key of Object.keys(input)) {
    if (key !== 'from' && key !== 'to') problems.push(`${where}<${UPDATE_RULE_DIFF_TAG}>: prop "${key}": not a prop of <${UPDATE_RULE_DIFF_TAG}>. Fix: remove it; the tag takes "from" and "to".`);
  }
  for (const prop of ['from', 'to'] as const) {
    const value = input[prop];
    if (!isUpdateRuleName(value)) {
      problems.push(
        `${where}<${UPDATE_RULE_DIFF_TAG}>: prop "${prop}": ${shown(value)} is not a registered update rule. Allowed: ${allowed}. Fix: write one of the allowed values (a new optimizer's rule is added to UPDATE_RULES in src/core/optimizers/update-rules.ts).`,
      );
    }
  }
  if (problems.length === 0 && input['from'] === input['to']) {
    problems.push(`${where}<${UPDATE_RULE_DIFF_TAG}>: props "from" and "to" are both "${String(input['from'])}". Fix: compare a variant with its parent, e.g. from="adam" to="adamw".`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const fromName = input['from'] as UpdateRuleName;
  const toName = input['to'] as UpdateRuleName;
  return { fromName, toName, from: UPDATE_RULES[fromName], to: UPDATE_RULES[toName] };
}

/** What a reader sees for each status: a word and a sign, so the change never rests on colour alone. */
export const STATUS_TEXT = {
  unchanged: { sign: '=', word: 'same' },
  changed: { sign: '~', word: 'changed' },
  added: { sign: '+', word: 'added' },
  removed: { sign: '\u2212', word: 'removed' },
} as const;

/** 'first-moment' -> 'first moment': the step's name as the row reads it. */
export function stepLabel(id: string): string {
  return id.replaceAll('-', ' ');
}
