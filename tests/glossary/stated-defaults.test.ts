import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optimizerDefaults, type OptimizerName } from '../../src/core/index';
import { readTermFiles } from '../../src/content/read-terms';

/**
 * Entries state library defaults on a line "PyTorch defaults: `name=value`, ...". The core defines the same
 * defaults; this keeps prose and code from drifting apart.
 */
const ENTRY_OPTIMIZER: Record<string, OptimizerName> = {
  'stochastic-gradient-descent': 'sgd',
  adagrad: 'adagrad',
  rmsprop: 'rmsprop',
  adam: 'adam',
  adamw: 'adamw',
  adamax: 'adamax',
  nadam: 'nadam',
  lion: 'lion',
  'l-bfgs': 'lbfgs',
  radam: 'radam',
  adafactor: 'adafactor',
  muon: 'muon',
};

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function parseValue(text: string): number | number[] | boolean {
  if (text === 'True' || text === 'False') return text === 'True';
  const tuple = /^\((.*)\)$/.exec(text);
  if (tuple) return tuple[1]!.split(',').map((x) => Number(x.trim()));
  return Number(text);
}

export function statedDefaults(body: string): Record<string, number | number[] | boolean> | undefined {
  const line = body.split('\n').find((l) => l.includes('PyTorch defaults:'));
  if (!line) return undefined;
  return Object.fromEntries([...line.matchAll(/`([a-z_]+)=([^`]+)`/g)].map((m) => [camel(m[1]!), parseValue(m[2]!.trim())]));
}

const entries = readTermFiles(resolve(__dirname, '../../content/terms'));

describe('defaults stated in the entries match the core', () => {
  it.each(Object.entries(ENTRY_OPTIMIZER))('%s states the defaults of core "%s"', (slug, name) => {
    const entry = entries.find((e) => e.slug === slug);
    expect(entry, `content/terms/${slug}.mdx exists`).toBeDefined();
    const stated = statedDefaults(entry!.body);
    expect(stated, `content/terms/${slug}.mdx has a "PyTorch defaults:" line`).toBeDefined();
    const core: Record<string, unknown> = { ...optimizerDefaults(name) };
    for (const [key, value] of Object.entries(stated!)) {
      expect(core, `core "${name}" defines ${key} (stated in ${slug}.mdx)`).toHaveProperty(key);
      expect(core[key], `${slug}.mdx states ${key}=${JSON.stringify(value)}`).toEqual(value);
    }
  });

  it('reads tuples, numbers in exponent form and booleans', () => {
    expect(statedDefaults('PyTorch defaults: `lr=1e-4`, `betas=(0.9, 0.99)`, `nesterov=False`.')).toEqual({ lr: 1e-4, betas: [0.9, 0.99], nesterov: false });
  });
});
