import { describe, expect, it } from 'vitest';
import { parseTermSource } from '../../src/content/read-terms';
import { scaffoldProblem, slugify, termTemplate } from '../../src/content/scaffold-term';
import { validateTerms } from '../../src/content/validate-terms';
import { fixtureEntry } from './fixture-entry';

describe('new-term scaffolding', () => {
  it.each([
    ['Learning Rate', 'learning-rate'],
    ["Newton's Method", 'newtons-method'],
    ['L-BFGS', 'l-bfgs'],
    ['  Régularisation (L2) ', 'regularisation-l2'],
  ])('slugifies %s as %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('produces a draft that passes validation as it stands', () => {
    const raw = parseTermSource('content/terms/learning-rate.mdx', termTemplate('Learning Rate'));
    expect(validateTerms([raw]).errors).toEqual([]);
  });

  it('fails validation once published with placeholders left in', () => {
    const raw = parseTermSource('content/terms/learning-rate.mdx', termTemplate('Learning Rate').replace('draft: true', 'draft: false'));
    expect(validateTerms([raw]).errors.map((e) => e.field)).toContain('draft');
  });

  it.each([
    ['an existing file', 'Alpha', 'already exists'],
    ['an existing title in another case', 'BETA FUNCTION', 'already the title of content/terms/beta.mdx'],
    ['an alias of another entry', 'GD', 'already an alias of content/terms/beta.mdx'],
    ['a name with no letters', '???', 'no letters or digits'],
  ])('refuses %s', (_case, title, expected) => {
    const existing = [fixtureEntry('alpha'), fixtureEntry('beta', { title: 'Beta Function', aliases: ['GD'] })];
    expect(scaffoldProblem(title, existing)).toContain(expected);
  });

  it('accepts a new name', () => {
    expect(scaffoldProblem('Gamma', [fixtureEntry('alpha')])).toBeUndefined();
  });
});
