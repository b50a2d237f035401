import { describe, expect, it } from 'vitest';
import { compressionLab } from '../../../../components/demos/CompressionLab/manifest';
import { lossExplorer } from '../../../../components/demos/LossExplorer/manifest';
import { optimizerPlayground } from '../../../../components/demos/OptimizerPlayground/manifest';
import type { DemoManifest } from '../../../../components/demos/shared/demo-manifest';
import { entryFileOf, parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { trainingPlayground } from '../../../../components/demos/TrainingPlayground/manifest';

describe('demo props written in MDX', () => {
  it('applies defaults and splits comma lists, giving the island the parsed output', () => {
    expect(parseDemoProps(optimizerPlayground, { fn: 'beale', optimizers: 'sgd, adam' })).toEqual({ fn: 'beale', optimizers: ['sgd', 'adam'] });
    expect(parseDemoProps(lossExplorer, {})).toEqual({ losses: ['mse', 'mae', 'huber'] });
    expect(parseDemoProps(trainingPlayground, { hidden: '16,16' })).toEqual({ dataset: 'moons', hidden: [16, 16] });
  });

  it("ignores Astro's own class attribute", () => {
    expect(parseDemoProps(compressionLab, { class: 'x', mode: 'prune' })).toEqual({ mode: 'prune' });
  });

  it.each([
    [optimizerPlayground, { fn: 'banana' }, '<OptimizerPlayground>: prop "fn"'],
    [optimizerPlayground, { optimizers: 'sgd,adamm' }, 'use names from sgd'],
    [optimizerPlayground, { optimizers: 'sgd,adam,lion,nadam,adamw' }, 'at most 4'],
    [optimizerPlayground, { lr: 0 }, 'prop "lr"'],
    [optimizerPlayground, { lr: 1e7 }, 'prop "lr"'],
    [trainingPlayground, { dataset: 'moons', hidden: '16;16' }, 'prop "hidden": not whole numbers'],
    [trainingPlayground, { dataset: 'moons', batchsize: 3 }, 'prop "batchsize"'],
    [compressionLab, { mode: 'zip' }, '<CompressionLab>: prop "mode"'],
  ] as const)('rejects %#, naming the component and prop', (manifest, props, expected) => {
    expect(() => parseDemoProps(manifest as DemoManifest, props as Record<string, unknown>, 'content/terms/x.mdx')).toThrow(expected);
  });

  it('names the file, the written value, the allowed values and the fix', () => {
    expect(() => parseDemoProps(compressionLab, { mode: 'zip' }, 'content/terms/quantization.mdx')).toThrow(
      'content/terms/quantization.mdx: <CompressionLab>: prop "mode": not one of quantize, prune, distill (written: "zip"). Allowed: quantize, prune, distill. Fix: write one of the allowed values, or leave "mode" out for its default.',
    );
  });

  it('lists the props a tag takes when one is unknown', () => {
    expect(() => parseDemoProps(trainingPlayground, { batchsize: 3 })).toThrow('<TrainingPlayground>: prop "batchsize": not a prop of <TrainingPlayground>. Fix: remove it or use one of: dataset, hidden, optimizer, lr, schedule, batchSize, epochs, l2.');
  });

  it('reports every bad prop, one line each, and where the props are declared', () => {
    let message = '';
    try {
      parseDemoProps(optimizerPlayground, { fn: 'banana', lr: -1 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^<OptimizerPlayground>: prop "fn": /),
      expect.stringMatching(/^<OptimizerPlayground>: prop "lr": .*\(written: -1\)/),
      '(The props of <OptimizerPlayground> are declared in components/demos/OptimizerPlayground/manifest.ts.)',
    ]);
  });

  it('finds the entry file of a term page', () => {
    expect(entryFileOf('/terms/adam/')).toBe('content/terms/adam.mdx');
    expect(entryFileOf('/terms/adam')).toBe('content/terms/adam.mdx');
    expect(entryFileOf('/search/')).toBeUndefined();
  });
});
