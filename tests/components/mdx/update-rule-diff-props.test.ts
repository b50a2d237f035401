import { describe, expect, it } from 'vitest';
import { resolveUpdateRuleDiffProps, stepLabel } from '../../../components/mdx/update-rule-diff-props';

describe('<UpdateRuleDiff> props', () => {
  it('resolves two registered names to their rules', () => {
    const props = resolveUpdateRuleDiffProps({ from: 'adam', to: 'adamw', class: 'x' });
    expect([props.fromName, props.toName, props.from.title, props.to.title]).toEqual(['adam', 'adamw', 'Adam', 'AdamW']);
  });

  it('fails naming the file, the tag, the prop, the allowed values and the fix', () => {
    expect(() => resolveUpdateRuleDiffProps({ from: 'adam', to: 'adamv' }, 'content/terms/adamw.mdx')).toThrow(
      /^content\/terms\/adamw\.mdx: <UpdateRuleDiff>: prop "to": "adamv" is not a registered update rule\. Allowed: sgd, momentum, nesterov, adam, amsgrad, adamw, nadam, lion.*\. Fix: write one of the allowed values/,
    );
  });

  it('reports every bad prop at once, a missing one and an unknown one included', () => {
    let message = '';
    try {
      resolveUpdateRuleDiffProps({ to: 'lion', colour: 'red' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('<UpdateRuleDiff>: prop "colour": not a prop of <UpdateRuleDiff>');
    expect(message).toContain('<UpdateRuleDiff>: prop "from": nothing is not a registered update rule');
  });

  it('refuses comparing a rule with itself', () => {
    expect(() => resolveUpdateRuleDiffProps({ from: 'adam', to: 'adam' })).toThrow('props "from" and "to" are both "adam"');
  });

  it('names a step from its id', () => {
    expect(stepLabel('max-second-moment')).toBe('max second moment');
  });
});
