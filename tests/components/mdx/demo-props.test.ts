import { describe, expect, it } from 'vitest';
import { parseDemoProps } from '../../../components/mdx/demo-props';

describe('demo props written in MDX', () => {
  it('applies defaults and splits comma lists', () => {
    expect(parseDemoProps('OptimizerPlayground', { fn: 'beale', optimizers: 'sgd, adam' })).toEqual({ fn: 'beale', optimizers: ['sgd', 'adam'] });
    expect(parseDemoProps('LossExplorer', {})).toEqual({ losses: ['mse', 'mae', 'huber'] });
  });

  it.each([
    ['OptimizerPlayground', { fn: 'banana' }, '<OptimizerPlayground>: prop "fn"'],
    ['OptimizerPlayground', { optimizers: 'sgd,adamm' }, 'use names from: sgd'],
    ['OptimizerPlayground', { optimizers: 'sgd,adam,lion,nadam,adamw' }, 'at most 4'],
    ['OptimizerPlayground', { lr: 0 }, 'prop "lr"'],
    ['TrainingPlayground', { dataset: 'moons', hidden: '16;16' }, 'hidden layer sizes as a comma list'],
    ['TrainingPlayground', { dataset: 'moons', batchsize: 3 }, 'prop "batchsize"'],
    ['CompressionLab', { mode: 'zip' }, '<CompressionLab>: prop "mode"'],
  ] as const)('rejects %s with %o, naming the component and prop', (name, props, expected) => {
    expect(() => parseDemoProps(name, props as Record<string, unknown>, 'content/terms/x.mdx')).toThrow(expected);
  });
});
