import { describe, expect, it } from 'vitest';
import type { UpdateRule } from '../../../src/core/optimizers/update-rule';
import { diffUpdateRules } from '../../../src/core/optimizers/update-rule-diff';

const rule = (title: string, lines: [string, string][]): UpdateRule => ({ title, lines: lines.map(([id, tex]) => ({ id, tex })) });

describe('diffUpdateRules', () => {
  it('marks lines by id: same tex unchanged, other tex changed, only in the variant added', () => {
    const parent = rule('P', [['a', 'x'], ['b', 'y']]);
    const variant = rule('V', [['a', 'x'], ['b', 'y2'], ['c', 'z']]);
    expect(diffUpdateRules(parent, variant)).toEqual([
      { id: 'a', status: 'unchanged', from: 'x', to: 'x' },
      { id: 'b', status: 'changed', from: 'y', to: 'y2' },
      { id: 'c', status: 'added', from: undefined, to: 'z' },
    ]);
  });

  it('puts a removed line after the parent line it followed, and at the top when nothing kept precedes it', () => {
    const parent = rule('P', [['r0', 'q'], ['a', 'x'], ['r1', 'u'], ['r2', 'w'], ['b', 'y']]);
    const variant = rule('V', [['a', 'x'], ['b', 'y']]);
    expect(diffUpdateRules(parent, variant).map((r) => `${r.status}:${r.id}`)).toEqual(['removed:r0', 'unchanged:a', 'removed:r1', 'removed:r2', 'unchanged:b']);
  });

  it('matches a line that moved (by id, not position) and keeps the variant order', () => {
    const parent = rule('P', [['m', 'mx'], ['u', 'ux']]);
    const variant = rule('V', [['u', 'ux'], ['m', 'my']]);
    expect(diffUpdateRules(parent, variant).map((r) => `${r.status}:${r.id}`)).toEqual(['unchanged:u', 'changed:m']);
  });

  it('refuses a rule with a repeated line id', () => {
    expect(() => diffUpdateRules(rule('P', [['a', 'x'], ['a', 'y']]), rule('V', []))).toThrow('update rule "P" has the line id "a" twice');
  });
});
