import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';
import { pytorchCode, tfjsCode } from '../../../../components/demos/TrainingPlayground/code';
import { gridAround } from '../../../../components/demos/shared/grid';
import { batchOptions, optimizerConfig, scheduleFor, SCHEDULE_PRESETS } from '../../../../components/demos/TrainingPlayground/options';
import { trainingPlayground } from '../../../../components/demos/TrainingPlayground/manifest';
import { URL_PREFIX } from '../../../../components/demos/TrainingPlayground/limits';
import { assessSettings, defaultState, DIVERGENCE_LOSS, TrainingPlaygroundStateSchema } from '../../../../components/demos/TrainingPlayground/state';
import { trainRequest } from '../../../../components/demos/TrainingPlayground/training-request';
import { lineChartGeometry } from '../../../../components/charts/line-chart-geometry';
import { lineChartProblems, nonFinite, seededRng } from '../../charts/finite-geometry';
import { sampleStates } from '../shared/url-state-samples';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { scheduleAt, validateSchedule } from '../../../../src/core/index';

const parseProps = (props: Record<string, unknown>) => parseDemoProps(trainingPlayground, props);
const base = defaultState(parseProps({ dataset: 'moons', hidden: '16,16', optimizer: 'adam', lr: 0.01 })).state;

describe('training playground state', () => {
  it('round-trips every field through the URL', () => {
    const state = { ...base, dataset: 'spiral' as const, hidden: [8, 4], optimizer: 'nesterov' as const, lr: 0.003, schedule: 'warmup-cosine' as const, batchSize: 1, epochs: 250, l2: 0.01, noise: 0.35, points: 100, seed: 7 };
    const params = new URLSearchParams(serializeUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, state));
    expect([...params.keys()]).toEqual(['tp.ds', 'tp.h', 'tp.act', 'tp.opt', 'tp.lr', 'tp.m', 'tp.sch', 'tp.bs', 'tp.ep', 'tp.l2', 'tp.noise', 'tp.n', 'tp.seed']);
    expect(parseUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, params, base)).toEqual({ state, warnings: [] });
  });

  it('reads an empty hidden list as no hidden layer', () => {
    const { state } = parseUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, new URLSearchParams('tp.h=0'), base);
    expect(state.hidden).toEqual([]);
  });

  it.each([
    ['tp.lr=abc', 'URL value tp.lr=abc is not valid (not a number): using the default 0.01 instead.'],
    ['tp.h=16,x', 'URL value tp.h=16,x is not valid (not whole numbers): using the default 16,16 instead.'],
    ['tp.h=1000', 'URL value tp.h=1000 is not valid (each at most 64): using the default 16,16 instead.'],
    // Decimal notation only, as every URL number (Number('0x10') would be 16).
    ['tp.h=0x10,8', 'URL value tp.h=0x10,8 is not valid (not whole numbers): using the default 16,16 instead.'],
    ['tp.h=16,Infinity', 'URL value tp.h=16,Infinity is not valid (not whole numbers): using the default 16,16 instead.'],
    ['tp.bs=0', 'URL value tp.bs=0 is not valid (below the minimum 1): using the default 32 instead.'],
    ['tp.ds=mnist', 'URL value tp.ds=mnist is not valid (not one of moons, spiral, circles, xor, regression): using the default moons instead.'],
  ])('replaces %s by the default with a message', (query, warning) => {
    const { state, warnings } = parseUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, new URLSearchParams(query), base);
    expect(warnings).toEqual([warning]);
    expect(state).toEqual(base);
  });

  it('takes its defaults from the MDX props', () => {
    const { state } = defaultState(parseProps({ dataset: 'circles', hidden: '8,8', optimizer: 'sgd', lr: 0.1, batchSize: 16, epochs: 50, l2: 0.01 }));
    expect(state).toMatchObject({ dataset: 'circles', hidden: [8, 8], optimizer: 'sgd', lr: 0.1, batchSize: 16, epochs: 50, l2: 0.01 });
  });

  it('falls back to Adam with a note for optimizers it does not offer', () => {
    const { state, notes } = defaultState(parseProps({ optimizer: 'newton' }));
    expect(state.optimizer).toBe('adam');
    expect(notes[0]).toMatch(/"newton" is not offered/);
  });

  it('rejects a bad prop naming the component', () => {
    expect(() => parseProps({ dataset: 'mnist' })).toThrow(/^<TrainingPlayground>: prop "dataset"/);
  });

  it('reads the hidden prop with the URL codec and refuses what it would have clamped', () => {
    expect(parseProps({ hidden: '32,32,32' }).hidden).toEqual([32, 32, 32]);
    expect(() => parseProps({ hidden: '16,100' })).toThrow('<TrainingPlayground>: prop "hidden": each at most 64');
    expect(() => parseProps({ hidden: '8,8,8,8,8' })).toThrow('at most 4 layers');
    expect(() => parseProps({ hidden: '16;16' })).toThrow('prop "hidden"');
    expect(() => parseProps({ epochs: 5000 })).toThrow('prop "epochs"');
  });

  it('clamps a batch larger than the training set with a message', () => {
    const a = assessSettings({ ...base, batchSize: 500, points: 300 });
    expect(a.batchSize).toBe(150);
    expect(a.stepsPerEpoch).toBe(1);
    expect(a.messages).toContain('batch size 500 is larger than the 150 training points: using 150 (full batch).');
  });

  it('warns about a huge learning rate with the rule the run really follows', () => {
    const a = assessSettings({ ...base, optimizer: 'sgd', lr: 10 });
    expect(a.blocking).toBe(false);
    expect(a.messages).toEqual(['learning rate 10 is very large for SGD: expect the loss to jump around or blow up. The run stops early only if the loss passes 10,000 or stops being a number.']);
  });

  it('offers batch sizes up to the full batch, and labels a larger one from the URL', () => {
    expect(batchOptions(32, 150).map((o) => o.label)).toEqual(['1 (pure SGD)', '2', '4', '8', '16', '32', '64', '128', '150 (full batch)']);
    expect(batchOptions(500, 150).at(-1)).toEqual({ value: 500, label: '500 (more than the 150 training points: full batch)' });
    expect(batchOptions(4, 4).map((o) => o.value)).toEqual([1, 2, 4]);
  });

  it('blocks training at learning rate 0 and explains why', () => {
    const a = assessSettings({ ...base, lr: 0 });
    expect(a.blocking).toBe(true);
    expect(a.messages[0]).toMatch(/^learning rate 0 never moves the weights/);
  });

  it.each(SCHEDULE_PRESETS)('builds a valid core schedule for "%s" that starts near the base lr', (id) => {
    const s = scheduleFor(id, 400);
    expect(() => validateSchedule(s)).not.toThrow();
    expect(scheduleAt(s, 0, 0.1)).toBeLessThanOrEqual(0.1 + 1e-12);
  });

  it('maps the momentum variants to SGD with momentum and Nesterov', () => {
    expect(optimizerConfig('nesterov', 0.1, 0.9)).toEqual({ name: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true });
    expect(optimizerConfig('momentum', 0.1, 0.5)).toEqual({ name: 'sgd', lr: 0.1, momentum: 0.5 });
  });

  it('writes code with the current settings', () => {
    const s = { ...base, optimizer: 'momentum' as const, lr: 0.05, momentum: 0.8, batchSize: 8, l2: 0.01 };
    expect(pytorchCode(s, 8, 150)).toContain('torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.8)');
    expect(pytorchCode(s, 8, 150)).toContain('epochs, batch_size, l2 = 100, 8, 0.01');
    expect(tfjsCode(s, 8, 150)).toContain('tf.train.momentum(0.05, 0.8)');
  });

  it('pads the grid around the points', () => {
    const g = gridAround([{ x: Float32Array.from([0, 0, 1, 2]), y: Float32Array.from([0, 1]), n: 2, inputDim: 2 }], 10);
    expect(g).toEqual({ xMin: -0.08, xMax: 1.08, yMin: -0.16, yMax: 2.16, nx: 10, ny: 10 });
  });
});

describe('no chart ever draws NaN or Infinity (property test over the URL schema)', () => {
  it('200 random valid states, extremes included: the settings check, the request and the loss/accuracy charts stay finite', () => {
    const rng = seededRng(18);
    const states = sampleStates(TrainingPlaygroundStateSchema, rng, 200);
    expect(states.some((s) => s.lr === 0) && states.some((s) => s.epochs === 1) && states.some((s) => s.points === 8)).toBe(true);
    for (const [i, s] of states.entries()) {
      const a = assessSettings(s);
      const problems = nonFinite({ batchSize: a.batchSize, stepsPerEpoch: a.stepsPerEpoch }, 'assessment');
      if (!(a.batchSize >= 1 && a.stepsPerEpoch >= 1)) problems.push(`batch ${a.batchSize}, steps per epoch ${a.stepsPerEpoch}`);
      problems.push(...a.messages.filter((m) => /NaN|Infinity/.test(m)));
      const grid = gridAround([{ n: 1, inputDim: 2, x: new Float32Array([-1, 1]), y: new Float32Array([0]) }]);
      if (!a.blocking) problems.push(...nonFinite(JSON.parse(JSON.stringify(trainRequest(s, a, grid), (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))), 'request'));
      // The worker's history as TrainingView draws it: a loss that may climb to the divergence limit and then stop
      // being a number (the run ends there), accuracies in [0, 1].
      let loss = 10 ** (rng() * 8 - 4);
      const history = Array.from({ length: s.epochs }, (_, epoch) => {
        loss = rng() < 0.02 ? Number.NaN : Math.min(DIVERGENCE_LOSS, loss * 10 ** (rng() - 0.5));
        return { epoch: epoch + 1, trainLoss: loss, validationLoss: loss * 2, accuracy: rng() };
      });
      const lossChart = lineChartGeometry({ logY: true, xDomain: [0, s.epochs], series: [{ id: 'train', points: history.map((p) => [p.epoch, p.trainLoss] as const) }, { id: 'validation', points: history.map((p) => [p.epoch, p.validationLoss] as const) }] });
      const accChart = lineChartGeometry({ xDomain: [0, s.epochs], yDomain: [0, 1], series: [{ id: 'acc', points: history.map((p) => [p.epoch, p.accuracy] as const) }] });
      problems.push(...lineChartProblems(lossChart), ...lineChartProblems(accChart));
      expect(problems, `state ${i}: ${JSON.stringify(s)}`).toEqual([]);
    }
  });
});
