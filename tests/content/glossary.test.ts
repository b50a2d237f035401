import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/content-error';
import { readTermFiles } from '../../src/lib/read-terms';
import { bodyTermLinks, validateTerms } from '../../src/lib/validate-terms';

const root = resolve(__dirname, '../..');
const { terms, errors } = validateTerms(readTermFiles(resolve(root, 'content/terms'), root));
const published = terms.filter((t) => !t.data.draft);

describe('the glossary content', () => {
  it('passes the schema, section and link checks', () => {
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it('publishes at least 60 entries', () => {
    expect(published.length).toBeGreaterThanOrEqual(60);
  });

  it('links every entry from at least two others (related or body links)', () => {
    const inbound = new Map(published.map((t) => [t.slug, new Set<string>()]));
    for (const t of published) {
      for (const target of new Set([...t.data.related, ...bodyTermLinks(t.body)])) {
        if (target !== t.slug) inbound.get(target)?.add(t.slug);
      }
    }
    const orphans = [...inbound].filter(([, from]) => from.size < 2).map(([slug, from]) => `${slug} (linked from ${[...from].join(', ') || 'nothing'})`);
    expect(orphans).toEqual([]);
  });

  it('gives every entry at least three related terms and at least one reference', () => {
    const thin = published.filter((t) => t.data.related.length < 3 || t.data.references.length < 1).map((t) => t.slug);
    expect(thin).toEqual([]);
  });

  // The terms the glossary promises to cover (issue "The glossary itself"), matched by title or alias.
  const REQUIRED_TERMS = [
    'Optimization', 'Objective Function', 'Loss Function', 'Cost Function', 'Gradient', 'Gradient Descent',
    'Stochastic Gradient Descent', 'Mini-Batch Gradient Descent', 'Batch Size', 'Epoch', 'Iteration', 'Step',
    'Learning Rate', 'Step Size', 'Learning-Rate Schedule', 'Warmup', 'Cosine Annealing', 'Momentum',
    'Nesterov Accelerated Gradient', 'Adagrad', 'RMSprop', 'Adam', 'AdamW', 'Adamax', 'NAdam', 'Lion',
    "Newton's Method", 'Hessian', 'Quasi-Newton Methods', 'BFGS', 'L-BFGS', 'Line Search', 'Backpropagation',
    'Chain Rule', 'Forward Pass', 'Backward Pass', 'Automatic Differentiation', 'Mean Squared Error',
    'Cross-Entropy Loss', 'Huber Loss', 'Convex Optimization', 'Non-Convex Optimization', 'Loss Landscape',
    'Local Minimum', 'Global Minimum', 'Saddle Point', 'Plateau', 'Overparameterization', 'Weight Initialization',
    'Xavier Initialization', 'He Initialization', 'Vanishing and Exploding Gradients', 'Gradient Clipping',
    'Overfitting', 'Underfitting', 'Regularization', 'L1 and L2 Regularization', 'Weight Decay', 'Dropout',
    'Early Stopping', 'Hyperparameter', 'Hyperparameter Optimization', 'Fine-Tuning', 'Training Optimization',
    'Inference Optimization', 'Quantization', 'Post-Training Quantization', 'Quantization-Aware Training',
    'Model Pruning', 'Knowledge Distillation', 'Mixed Precision', 'Hardware-Aware Optimization',
  ];
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const names = new Set(published.flatMap((t) => [t.data.title, ...t.data.aliases]).map(fold));

  it.each(REQUIRED_TERMS)('covers "%s" by title or alias', (term) => {
    expect(names.has(fold(term))).toBe(true);
  });
});

describe('originality against the seed documents', () => {
  const N = 8;
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const seedDir = resolve(root, '../shared/seeds');
  const seedShingles = new Set<string>();
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
    const w = words(readFileSync(resolve(seedDir, file), 'utf8'));
    for (let i = 0; i + N <= w.length; i++) seedShingles.add(w.slice(i, i + N).join(' '));
  }

  it('has seed documents to compare against', () => {
    expect(seedShingles.size).toBeGreaterThan(500);
  });

  it('repeats no run of 8 or more words from a seed document', () => {
    const repeats = published.flatMap((t) => {
      const w = words(`${JSON.stringify(t.data)} ${t.body}`);
      const hits: string[] = [];
      for (let i = 0; i + N <= w.length; i++) {
        const shingle = w.slice(i, i + N).join(' ');
        if (seedShingles.has(shingle)) hits.push(`${t.file}: "${shingle}"`);
      }
      return hits;
    });
    expect(repeats).toEqual([]);
  });
});
