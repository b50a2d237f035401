import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../../src/core/data';
import { Mlp } from '../../../../src/core/model/mlp';
import { muonParameterGroups } from '../../../../src/core/model/parameter-groups';
import { trainModel } from '../../../../src/core/model/train';
import { createPlateauScheduler } from '../../../../src/core/schedules/plateau';
import { parseDemoProps } from '../../../../components/demos/shared/parse-demo-props';
import { parseUrlState, serializeUrlState } from '../../../../components/demos/shared/url-state';
import { pytorchCode, tfjsCode } from '../../../../components/demos/TrainingPlayground/code';
import { URL_PREFIX } from '../../../../components/demos/TrainingPlayground/limits';
import { trainingPlayground } from '../../../../components/demos/TrainingPlayground/manifest';
import { OPTIMIZER_LABELS, optimizerConfig, SCHEDULE_PRESETS, TRAINING_OPTIMIZERS, usesMomentum } from '../../../../components/demos/TrainingPlayground/options';
import { muonGroupsSentence, optimizerNote, scheduleNote } from '../../../../components/demos/TrainingPlayground/optimizer-notes';
import { assessSettings, defaultState, TrainingPlaygroundStateSchema } from '../../../../components/demos/TrainingPlayground/state';
import { trainRequest } from '../../../../components/demos/TrainingPlayground/training-request';
import { sweepRequest } from '../../../../components/demos/TrainingPlayground/training-sweep';
import { useBackend } from '../../../core/helpers';

const NEW_OPTIMIZERS = ['radam', 'adafactor', 'lamb', 'sam', 'adamw-schedulefree', 'sgd-schedulefree', 'muon'] as const;
const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 4, ny: 4 };
const stateFor = (props: Record<string, unknown>) => defaultState(parseDemoProps(trainingPlayground, props)).state;

/** Trains the run the playground would request (same model, data, optimizer config and schedule) in this process. */
async function trainAsRequested(s: ReturnType<typeof stateFor>) {
  const body = trainRequest(s, assessSettings(s), grid);
  const model = Mlp.create(body.model);
  try {
    return await trainModel(model, makeDataset(body.dataset.name, body.dataset.options), body.training);
  } finally {
    model.dispose();
  }
}

describe('the training playground optimizer menu', () => {
  it('offers every new optimizer, each with a label, and round-trips it through tp.opt', () => {
    for (const id of NEW_OPTIMIZERS) {
      expect(TRAINING_OPTIMIZERS).toContain(id);
      expect(OPTIMIZER_LABELS[id].length).toBeGreaterThan(3);
      const s = { ...stateFor({}), optimizer: id };
      const params = new URLSearchParams(serializeUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, s));
      expect(params.get('tp.opt')).toBe(id);
      expect(parseUrlState(TrainingPlaygroundStateSchema, URL_PREFIX, params, stateFor({})).state.optimizer).toBe(id);
    }
    expect(OPTIMIZER_LABELS.sam).toMatch(/SGD \+ momentum/);
  });

  it('accepts the new optimizers as the entry prop, with an SGD-sized default lr for the plain-step ones', () => {
    expect(stateFor({ optimizer: 'muon' })).toMatchObject({ optimizer: 'muon', lr: 0.01 });
    expect(stateFor({ optimizer: 'sam' })).toMatchObject({ optimizer: 'sam', lr: 0.1 });
    expect(stateFor({ optimizer: 'sgd-schedulefree' })).toMatchObject({ lr: 0.1 });
    expect(usesMomentum('sam') && usesMomentum('sgd-schedulefree')).toBe(true);
  });

  it('builds Muon for the hidden matrices with an AdamW group sharing its lr (match_rms_adamw), SAM around momentum SGD', () => {
    expect(optimizerConfig('muon', 0.02, 0.9)).toEqual({ name: 'muon', lr: 0.02, weightDecay: 0, adjustLrFn: 'match_rms_adamw', adamw: { lr: 0.02, weightDecay: 0 } });
    expect(optimizerConfig('sam', 0.1, 0.8)).toEqual({ name: 'sam', lr: 0.1, base: { name: 'sgd', lr: 0.1, momentum: 0.8 } });
    expect(optimizerConfig('lamb', 0.01, 0.9)).toMatchObject({ name: 'lamb', alwaysAdapt: true });
  });

  it('sweeps Muon with one lr for both groups', () => {
    const body = sweepRequest({ ...stateFor({}), optimizer: 'muon' });
    expect(body.training.optimizer).toMatchObject({ name: 'muon', adamw: { lr: 1 } });
  });

  it.each(NEW_OPTIMIZERS)('trains the default network with %s as requested: the loss is finite and falls', async (id) => {
    await useBackend('cpu');
    const s = { ...stateFor({ optimizer: id }), epochs: 8 };
    const result = await trainAsRequested(s);
    expect(result.stopReason).toBe('completed');
    const losses = result.history.map((p) => p.trainLoss);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.9);
  }, 60_000);
});

describe('Muon on networks without a hidden-to-hidden matrix', () => {
  it.each([[[] as number[]], [[8]]])('trains hidden %j with AdamW alone, the loss finite and falling', async (hidden) => {
    await useBackend('cpu');
    const result = await trainAsRequested({ ...stateFor({ optimizer: 'muon' }), hidden, epochs: 8 });
    const losses = result.history.map((p) => p.trainLoss);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
  }, 60_000);
});

describe('the notes under the menus', () => {
  it('names the tensors Muon and AdamW train, the same split training makes', () => {
    const sentence = muonGroupsSentence([2, 16, 16, 1]);
    expect(sentence).toMatch(/^Muon updates the 1 hidden weight matrix \(16x16\); AdamW the other 5 tensors: the 2 weight matrices \(input and output layers\) and 3 biases\./);
    const layout = Mlp.create({ layerSizes: [2, 32, 16, 8, 1], activation: 'tanh', seed: 1 });
    const groups = muonParameterGroups(layout.layout);
    layout.dispose();
    expect(muonGroupsSentence([2, 32, 16, 8, 1])).toContain(`the ${groups.muon.length} hidden weight matrices (32x16, 16x8); AdamW the other ${groups.adamw.length} tensors`);
    expect(muonGroupsSentence([2, 8, 1])).toMatch(/no weight matrix between two hidden layers, so Muon has nothing to update: AdamW trains all 4 tensors/);
  });

  it('mentions SAM\'s two gradients, the schedule-free evaluation point and what reduce-on-plateau follows', () => {
    expect(optimizerNote('sam', [2, 16, 16, 1])).toMatch(/two gradients per step/);
    expect(optimizerNote('adamw-schedulefree', [2, 16, 16, 1])).toMatch(/Schedule-free/);
    expect(optimizerNote('adam', [2, 16, 16, 1])).toBeUndefined();
    expect(scheduleNote('reduce-on-plateau', 100)).toBe('Follows the validation loss: after each epoch, once it has not improved for more than 5 epochs, the learning rate is multiplied by 0.5.');
    expect(scheduleNote('cosine', 100)).toBeUndefined();
  });
});

describe('the new schedules in training', () => {
  it('drives reduce-on-plateau with the real validation loss after each epoch', async () => {
    await useBackend('cpu');
    // A large lr on a small network stops improving early, so the scheduler cuts the lr within the run.
    const s = { ...stateFor({ optimizer: 'sgd' }), lr: 2, schedule: 'reduce-on-plateau' as const, epochs: 60, hidden: [4] };
    const result = await trainAsRequested(s);
    const replay = createPlateauScheduler({ lr: 2, factor: 0.5, patience: 3 });
    const expected = [2, ...result.history.slice(0, -1).map((p) => replay.step(p.validationLoss))];
    expect(result.history.map((p) => p.lr)).toEqual(expected);
    expect(Math.min(...expected)).toBeLessThan(2);
  }, 60_000);

  it.each(SCHEDULE_PRESETS)('trains with the "%s" schedule and Muon without errors', async (schedule) => {
    await useBackend('cpu');
    const result = await trainAsRequested({ ...stateFor({ optimizer: 'muon' }), schedule, epochs: 6 });
    expect(result.history).toHaveLength(6);
    expect(result.history.every((p) => Number.isFinite(p.trainLoss) && p.lr >= 0)).toBe(true);
  }, 60_000);

  it('writes PyTorch code for Muon groups, SAM\'s two steps, schedule-free eval and a per-epoch plateau step', () => {
    const base = stateFor({});
    const muon = pytorchCode({ ...base, optimizer: 'muon' }, 32, 150);
    expect(muon).toContain('torch.optim.Muon(hidden, lr=0.01, weight_decay=0, adjust_lr_fn="match_rms_adamw")');
    expect(muon).toContain('torch.optim.AdamW(others, lr=0.01, weight_decay=0)');
    expect(pytorchCode({ ...base, optimizer: 'muon', hidden: [8] }, 32, 150)).toContain('AdamW trains everything');
    const sam = pytorchCode({ ...base, optimizer: 'sam', lr: 0.1, momentum: 0.9 }, 32, 150);
    expect(sam).toContain('opt.first_step(zero_grad=True)');
    expect(sam).toContain('opt.second_step(zero_grad=True)');
    expect(pytorchCode({ ...base, optimizer: 'adamw-schedulefree' }, 32, 150)).toContain('opt.eval()');
    const plateau = pytorchCode({ ...base, schedule: 'reduce-on-plateau' }, 32, 150);
    expect(plateau).toContain('ReduceLROnPlateau(opt, factor=0.5, patience=5)');
    expect(plateau).toContain('for sch in scheds: sch.step(val_loss)');
    expect(plateau).not.toContain('        for sch in scheds: sch.step()');
    expect(pytorchCode({ ...base, schedule: 'cyclic' }, 32, 150)).toContain('CyclicLR(opt, base_lr=0.001, max_lr=0.01');
    expect(pytorchCode({ ...base, schedule: 'warmup-stable-decay' }, 32, 150)).toContain('transformers.get_wsd_schedule(opt');
    expect(tfjsCode({ ...base, optimizer: 'muon' }, 32, 150)).toContain('tfjs has no Muon');
  });
});
