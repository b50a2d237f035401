import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/content/content-error';
import { readTermFiles } from '../../src/content/read-terms';
import { bodyTermLinks, validateTerms } from '../../src/content/validate-terms';

const root = resolve(__dirname, '../..');
const { terms, errors } = validateTerms(readTermFiles(resolve(root, 'content/terms'), root));
const published = terms.filter((t) => !t.data.draft);

describe('the glossary content', () => {
  it('passes the schema, section and link checks', () => {
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it('publishes at least 130 entries', () => {
    expect(published.length).toBeGreaterThanOrEqual(130);
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

  // The terms the glossary promises to cover (issue "The glossary itself"), A-Z, matched by title or alias.
  const REQUIRED_TERMS = [
    'Adagrad', 'Adam', 'Adamax', 'AdamW', 'Automatic Differentiation', 'Backpropagation', 'Backward Pass',
    'Batch Size', 'BFGS', 'Chain Rule', 'Convex Optimization', 'Cosine Annealing', 'Cost Function',
    'Cross-Entropy Loss', 'Dropout', 'Early Stopping', 'Epoch', 'Fine-Tuning', 'Forward Pass', 'Global Minimum',
    'Gradient', 'Gradient Clipping', 'Gradient Descent', 'Hardware-Aware Optimization', 'He Initialization',
    'Hessian', 'Huber Loss', 'Hyperparameter', 'Hyperparameter Optimization', 'Inference Optimization', 'Iteration',
    'Knowledge Distillation', 'L-BFGS', 'L1 and L2 Regularization', 'Learning Rate', 'Learning-Rate Schedule',
    'Line Search', 'Lion', 'Local Minimum', 'Loss Function', 'Loss Landscape', 'Mean Squared Error',
    'Mini-Batch Gradient Descent', 'Mixed Precision', 'Model Pruning', 'Momentum', 'NAdam',
    'Nesterov Accelerated Gradient', "Newton's Method", 'Non-Convex Optimization', 'Objective Function',
    'Optimization', 'Overfitting', 'Overparameterization', 'Plateau', 'Post-Training Quantization', 'Quantization',
    'Quantization-Aware Training', 'Quasi-Newton Methods', 'Regularization', 'RMSprop', 'Saddle Point', 'Step',
    'Step Size', 'Stochastic Gradient Descent', 'Training Optimization', 'Underfitting',
    'Vanishing and Exploding Gradients', 'Warmup', 'Weight Decay', 'Weight Initialization', 'Xavier Initialization',
  ];
  // What a practitioner searches for in 2026 (issue #13, "The glossary in 2026"), group by group.
  const REQUIRED_2026_TERMS = [
    // optimizers
    'Muon', 'Shampoo', 'SOAP', 'Adafactor', 'RAdam', 'LAMB', 'signSGD', 'Schedule-Free AdamW', 'Schedule-Free SGD',
    'Sharpness-Aware Minimization', 'SAM', 'Lookahead', 'EMA', 'Polyak Averaging', 'Stochastic Weight Averaging', 'SWA',
    'Natural Gradient', 'K-FAC', 'Gauss-Newton Method',
    // schedules and tuning
    'One-Cycle Policy', 'one cycle', 'Warmup-Stable-Decay', 'WSD', 'Step Decay', 'Exponential Decay',
    'Cyclical Learning Rates', 'Learning-Rate Range Test', 'ReduceLROnPlateau', 'muP',
    // training practice and numerics
    'Gradient Accumulation', 'Activation Checkpointing', 'Batch Normalization', 'batch norm', 'Layer Normalization',
    'Label Smoothing', 'Loss Scaling', 'bfloat16', 'FP8', 'E4M3', 'E5M2', 'TF32', 'ZeRO', 'FSDP',
    'Data-Parallel Training', 'Large-Batch Training', 'Critical Batch Size', 'Condition Number',
    // classical optimization
    'Conjugate Gradient Method', 'Trust-Region Methods', 'trust region', 'Proximal Gradient Methods',
    'Constrained Optimization', 'Lagrange Multipliers', 'KKT Conditions', 'Convergence Rate', 'Bayesian Optimization',
    // compression and inference
    'Quantization Granularity', 'per-group quantization', 'block-wise quantization', 'NF4', 'QLoRA', 'LoRA', 'GPTQ',
    'AWQ', 'SmoothQuant', 'LLM.int8()', 'activation outliers', 'MXFP4', 'MXFP8', 'NVFP4', '2:4 sparsity',
    'KV Cache', 'KV-Cache Quantization', 'Weight Clustering', 'Low-Rank Factorization', 'dynamic quantization',
    'static quantization', 'calibration',
  ];
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const names = new Set(published.flatMap((t) => [t.data.title, ...t.data.aliases]).map(fold));

  it.each([...REQUIRED_TERMS, ...REQUIRED_2026_TERMS])('covers "%s" by title or alias', (term) => {
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
