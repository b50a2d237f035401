import { describe, expect, it } from 'vitest';
import { editAllowance, isWeakAnswer, osaDistance, typoSuggestions, type NameEntry } from '../../../../components/site/search/typo-match';
import { readTermFiles } from '../../../../src/content/read-terms';

// The real glossary: the suggestions are only as good as the names they are matched against.
const entries: NameEntry[] = readTermFiles('content/terms')
  .map((f) => f.frontmatter as { title: string; aliases?: string[]; draft?: boolean; difficulty: string; category: string })
  .filter((fm) => !fm.draft)
  .map((fm) => ({ t: fm.title, u: `/terms/${fm.title}/`, a: fm.aliases ?? [], c: fm.category, d: fm.difficulty }));

describe('optimal string alignment distance', () => {
  it.each([
    ['adma', 'adam', 1],
    ['momentun', 'momentum', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // OSA, not full Damerau (which gives 2): a swapped pair is not edited again
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });

  it('stops past the bound and reports bound + 1', () => {
    expect(osaDistance('quantization', 'regularization', 2)).toBe(3);
    expect(osaDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('edit allowance', () => {
  it('forgives nothing below 4 letters, 1 edit for 4-7, 2 for 8 or more', () => {
    expect([1, 3, 4, 7, 8, 20].map(editAllowance)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('typo suggestions against the glossary', () => {
  it('reads the whole published glossary', () => {
    expect(entries.length).toBeGreaterThanOrEqual(133);
  });

  it.each([
    ['adma', 'Adam'],
    ['momentun', 'Momentum'],
    ['quantizaton', 'Quantization'],
    ['gradeint descent', 'Gradient Descent'],
    ['backpropogation', 'Backpropagation'],
    ['regularisaton', 'Regularization'],
    ['overfiting', 'Overfitting'],
    ['underfittng', 'Underfitting'],
    ['hesian', 'Hessian'],
    ['dropuot', 'Dropout'],
    ['rmsporp', 'RMSprop'],
    ['adagard', 'Adagrad'],
    ['adamww', 'AdamW'],
    ['nesterov momentun', 'Nesterov Accelerated Gradient'],
    ['cosine aneling', 'Cosine Annealing'],
    ['early stoping', 'Early Stopping'],
    ['weight decya', 'Weight Decay'],
    ['batch normalizaton', 'Batch Normalization'],
    ['knowlege distillation', 'Knowledge Distillation'],
    ['lookahaed', 'Lookahead'],
    ['shampo', 'Shampoo'],
    ['sadle point', 'Saddle Point'],
    ['stochastic gradient decent', 'Stochastic Gradient Descent'],
    ['hyperparamter', 'Hyperparameter'],
    ['autogard', 'Automatic Differentiation'],
    ['baysian optimization', 'Bayesian Optimization'],
    ['epohc', 'Epoch'],
    ['gradinet', 'Gradient'],
    ['Warmup Stable Dcay', 'Warmup-Stable-Decay'],
    ['label smothing', 'Label Smoothing'],
  ])('%s suggests %s first', (query, title) => {
    expect(typoSuggestions(query, entries)[0]?.entry.t).toBe(title);
  });

  it('suggests nothing for a query that names an entry exactly, so correct queries keep their ranking', () => {
    const names = entries.flatMap((e) => [e.t, ...e.a]);
    expect(names.length).toBeGreaterThan(600);
    expect(names.filter((n) => typoSuggestions(n, entries).length > 0)).toEqual([]);
  });

  it('suggests nothing for short queries or words far from every name', () => {
    expect(typoSuggestions('adm', entries)).toEqual([]);
    expect(typoSuggestions('wombat', entries)).toEqual([]);
  });

  it('names the alias that matched', () => {
    expect(typoSuggestions('autogard', entries)[0]).toMatchObject({ name: 'autograd', distance: 1 });
  });
});

describe('weak Pagefind answers', () => {
  const hit = (title: string, excerpt: string, aliases: string[] = []) => ({ title, aliases, excerpt });

  it('is weak when no result names the query and only other words are marked', () => {
    expect(isWeakAnswer('momentun', [hit('NAdam', 'uses <mark>momentum</mark> twice')])).toBe(true);
    expect(isWeakAnswer('adma', [])).toBe(true);
    expect(isWeakAnswer('gradeint descent', [hit('Gradient Descent', 'steepest <mark>descent</mark>')])).toBe(true);
  });

  it('is strong when a title or alias contains the query or an excerpt marks the query word itself', () => {
    expect(isWeakAnswer('momentum', [hit('NAdam', 'uses <mark>momentum</mark> twice')])).toBe(false);
    expect(isWeakAnswer('adam', [hit('AdamW', 'text')])).toBe(false);
    expect(isWeakAnswer('sgd', [hit('Stochastic Gradient Descent', 'text', ['SGD'])])).toBe(false);
    expect(isWeakAnswer('bias correction', [hit('Adam', '<mark>bias</mark> and its <mark>correction</mark>')])).toBe(false);
    expect(isWeakAnswer('adam bias', [hit('Adam', 'a <mark>bias</mark>'), hit('RAdam', 'x')])).toBe(false);
  });
});
