import { describe, expect, it } from 'vitest';
import { diffUpdateRules } from '../../../src/core/optimizers/update-rule-diff';
import { isUpdateRuleName, UPDATE_RULE_PAIRS, UPDATE_RULES, updateRuleNames } from '../../../src/core/optimizers/update-rules';

/** The ids issue 14 fixes so rules written by different helpers line up. */
const SHARED_IDS = ['gradient', 'weight-decay', 'momentum', 'nesterov', 'first-moment', 'second-moment', 'max-second-moment', 'bias-correction', 'update'];

const statusOf = (from: string, to: string): Record<string, string> => {
  if (!isUpdateRuleName(from) || !isUpdateRuleName(to)) throw new Error(`${from} or ${to} is not registered`);
  return Object.fromEntries(diffUpdateRules(UPDATE_RULES[from], UPDATE_RULES[to]).map((r) => [r.id, r.status]));
};

describe('UPDATE_RULES', () => {
  it('registers the classic rules under their optimizer names', () => {
    expect(updateRuleNames()).toEqual(expect.arrayContaining(['sgd', 'momentum', 'nesterov', 'adam', 'amsgrad', 'adamw', 'nadam', 'lion', 'muon']));
    expect(isUpdateRuleName('toString')).toBe(false);
  });

  it('every rule starts from the gradient and has an update line, with unique ids', () => {
    for (const [name, rule] of Object.entries(UPDATE_RULES)) {
      const ids = rule.lines.map((l) => l.id);
      expect(ids[0], name).toBe('gradient');
      expect(ids, name).toContain('update');
      expect(new Set(ids).size, name).toBe(ids.length);
      for (const { tex } of rule.lines) expect(tex.trim(), name).not.toBe('');
    }
  });

  it('lists the pairs of the issue; every pair whose rules are registered diffs with at least one marked line', () => {
    expect(UPDATE_RULE_PAIRS.map((p) => `${p.from}->${p.to}`)).toEqual(['sgd->momentum', 'momentum->nesterov', 'adam->adamw', 'adam->amsgrad', 'adam->nadam', 'adam->radam', 'adam->lion', 'momentum->muon']);
    for (const { from, to } of UPDATE_RULE_PAIRS.filter((p) => isUpdateRuleName(p.from) && isUpdateRuleName(p.to))) {
      expect(Object.values(statusOf(from, to)).some((s) => s !== 'unchanged'), `${from}->${to}`).toBe(true);
    }
  });

  it('shows what each variant changes', () => {
    expect(statusOf('sgd', 'momentum')).toMatchObject({ momentum: 'added', update: 'changed', gradient: 'unchanged' });
    expect(statusOf('momentum', 'nesterov')).toMatchObject({ momentum: 'unchanged', nesterov: 'added', update: 'changed' });
    expect(statusOf('adam', 'adamw')).toEqual({ gradient: 'unchanged', 'weight-decay': 'changed', 'first-moment': 'unchanged', 'second-moment': 'unchanged', 'bias-correction': 'unchanged', update: 'unchanged' });
    expect(statusOf('adam', 'amsgrad')).toMatchObject({ 'max-second-moment': 'added', 'bias-correction': 'changed', update: 'unchanged' });
    expect(statusOf('adam', 'nadam')).toMatchObject({ 'momentum-schedule': 'added', update: 'changed' });
    expect(statusOf('momentum', 'muon')).toMatchObject({ gradient: 'unchanged', momentum: 'changed', nesterov: 'added', orthogonalize: 'added', update: 'changed' });
    expect(statusOf('adam', 'lion')).toMatchObject({ 'second-moment': 'removed', 'bias-correction': 'removed', direction: 'added', 'first-moment': 'changed' });
  });

  it('uses the shared ids for the shared steps', () => {
    const used = new Set(Object.values(UPDATE_RULES).flatMap((r) => r.lines.map((l) => l.id)));
    expect([...used].filter((id) => SHARED_IDS.includes(id)).sort()).toEqual([...SHARED_IDS].sort());
  });
});
