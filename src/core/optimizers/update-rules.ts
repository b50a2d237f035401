/**
 * Every optimizer's update rule by name (each declared beside its implementation) and the parent -> variant pairs
 * the glossary compares with the <UpdateRuleDiff> tag. A rule added here is a valid `from` / `to` value at once;
 * a pair whose rules are not both registered yet is listed but not drawn until they are.
 */
import { adamUpdateRule, amsgradUpdateRule } from './adam';
import { adamwUpdateRule } from './adamw';
import { lambUpdateRule } from './lamb';
import { lionUpdateRule } from './lion';
import { muonUpdateRule } from './muon';
import { nadamUpdateRule } from './nadam';
import { radamUpdateRule } from './radam';
import { samUpdateRule } from './sam';
import { momentumUpdateRule, nesterovUpdateRule, sgdUpdateRule } from './sgd';
import type { UpdateRule } from './update-rule';

export const UPDATE_RULES = {
  sgd: sgdUpdateRule,
  momentum: momentumUpdateRule,
  nesterov: nesterovUpdateRule,
  adam: adamUpdateRule,
  amsgrad: amsgradUpdateRule,
  adamw: adamwUpdateRule,
  nadam: nadamUpdateRule,
  lion: lionUpdateRule,
  radam: radamUpdateRule,
  lamb: lambUpdateRule,
  sam: samUpdateRule,
  muon: muonUpdateRule,
} as const satisfies Record<string, UpdateRule>;

export type UpdateRuleName = keyof typeof UPDATE_RULES;

export interface UpdateRulePair {
  from: string;
  to: string;
}

/** The comparisons issue 14 asks for: SGD -> momentum -> Nesterov, Adam -> its variants, momentum SGD -> Muon. */
export const UPDATE_RULE_PAIRS: readonly UpdateRulePair[] = [
  { from: 'sgd', to: 'momentum' },
  { from: 'momentum', to: 'nesterov' },
  { from: 'adam', to: 'adamw' },
  { from: 'adam', to: 'amsgrad' },
  { from: 'adam', to: 'nadam' },
  { from: 'adam', to: 'radam' },
  { from: 'adam', to: 'lion' },
  { from: 'momentum', to: 'muon' },
];

export function isUpdateRuleName(name: unknown): name is UpdateRuleName {
  return typeof name === 'string' && Object.hasOwn(UPDATE_RULES, name);
}

/** The registered names, in table order (for error messages listing the allowed values). */
export function updateRuleNames(): UpdateRuleName[] {
  return Object.keys(UPDATE_RULES).filter(isUpdateRuleName);
}
