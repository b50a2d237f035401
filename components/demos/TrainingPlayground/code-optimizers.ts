/**
 * The optimizer and schedule lines of the training playground's PyTorch and TensorFlow.js code (code.ts assembles
 * them). Optimizers outside torch.optim name the package they come from. Pure.
 */
import { formatNumber as n } from '../../charts/scales';
import { CYCLIC_BASE_FRACTION, CYCLIC_CYCLES, PLATEAU_FACTOR, plateauPatience, type SchedulePreset } from '../shared/schedule-presets';
import type { TrainingOptimizer } from './options';

/** The Python expression building the optimizer over `params` (Muon is built by muonLines instead). */
export function pyOptimizer(id: Exclude<TrainingOptimizer, 'muon'>, lr: number, m: number): string {
  const map: Record<Exclude<TrainingOptimizer, 'muon'>, string> = {
    sgd: `torch.optim.SGD(model.parameters(), lr=${n(lr)})`,
    momentum: `torch.optim.SGD(model.parameters(), lr=${n(lr)}, momentum=${n(m)})`,
    nesterov: `torch.optim.SGD(model.parameters(), lr=${n(lr)}, momentum=${n(m)}, nesterov=True)`,
    adagrad: `torch.optim.Adagrad(model.parameters(), lr=${n(lr)})`,
    rmsprop: `torch.optim.RMSprop(model.parameters(), lr=${n(lr)})`,
    adam: `torch.optim.Adam(model.parameters(), lr=${n(lr)})`,
    adamw: `torch.optim.AdamW(model.parameters(), lr=${n(lr)}, weight_decay=0)`,
    adamax: `torch.optim.Adamax(model.parameters(), lr=${n(lr)})`,
    nadam: `torch.optim.NAdam(model.parameters(), lr=${n(lr)})`,
    lion: `Lion(model.parameters(), lr=${n(lr)})  # pip install lion-pytorch`,
    radam: `torch.optim.RAdam(model.parameters(), lr=${n(lr)})`,
    adafactor: `torch.optim.Adafactor(model.parameters(), lr=${n(lr)})  # PyTorch >= 2.5`,
    lamb: `Lamb(model.parameters(), lr=${n(lr)}, always_adapt=True)  # from timm.optim import Lamb`,
    sam: `SAM(model.parameters(), torch.optim.SGD, rho=0.05, lr=${n(lr)}, momentum=${n(m)})  # github.com/davda54/sam`,
    'adamw-schedulefree': `schedulefree.AdamWScheduleFree(model.parameters(), lr=${n(lr)}, weight_decay=0)  # pip install schedulefree`,
    'sgd-schedulefree': `schedulefree.SGDScheduleFree(model.parameters(), lr=${n(lr)}, momentum=${n(Math.max(m, 1e-3))})  # pip install schedulefree`,
  };
  return map[id];
}

/** Muon for the matrices between hidden layers, AdamW for the rest: two optimizers in a list `opts`. */
export function muonLines(lr: number, hiddenLayers: number): string[] {
  const adamw = [
    'linears = [m for m in model if isinstance(m, nn.Linear)]',
    '# Muon: the weight matrices between hidden layers; AdamW: the first and last weight matrices and every bias',
    'hidden = [m.weight for m in linears[1:-1]]',
    'others = [linears[0].weight, linears[-1].weight] + [m.bias for m in linears]',
  ];
  if (hiddenLayers < 2) return [...adamw.slice(0, 1), '# no matrix between two hidden layers: AdamW trains everything', `opts = [torch.optim.AdamW(model.parameters(), lr=${n(lr)}, weight_decay=0)]`];
  return [
    ...adamw,
    `opts = [torch.optim.Muon(hidden, lr=${n(lr)}, weight_decay=0, adjust_lr_fn="match_rms_adamw"),  # PyTorch >= 2.9`,
    `        torch.optim.AdamW(others, lr=${n(lr)}, weight_decay=0)]`,
  ];
}

/** The scheduler expression for an optimizer named `opt`, or undefined for a constant lr. */
export function pySchedule(id: SchedulePreset, lr: number, epochs: number): string | undefined {
  const map: Record<SchedulePreset, string | undefined> = {
    constant: undefined,
    step: 'torch.optim.lr_scheduler.StepLR(opt, step_size=total_steps // 2, gamma=0.1)',
    exponential: 'torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.01 ** (1 / total_steps))',
    cosine: 'torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total_steps)',
    sgdr: 'torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=total_steps // 4)',
    'warmup-cosine':
      'torch.optim.lr_scheduler.SequentialLR(opt, [torch.optim.lr_scheduler.LinearLR(opt, 0.01, 1.0, total_iters=warm), torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total_steps - warm)], milestones=[warm])',
    'one-cycle': 'torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=opt.param_groups[0]["lr"], total_steps=total_steps, cycle_momentum=False)',
    cyclic: `torch.optim.lr_scheduler.CyclicLR(opt, base_lr=${n(CYCLIC_BASE_FRACTION * lr)}, max_lr=${n(lr)}, step_size_up=max(1, round(total_steps / ${2 * CYCLIC_CYCLES})), cycle_momentum=False)`,
    'reduce-on-plateau': `torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=${PLATEAU_FACTOR}, patience=${plateauPatience(epochs)})`,
    'warmup-stable-decay':
      'transformers.get_wsd_schedule(opt, num_warmup_steps=round(total_steps / 10), num_decay_steps=round(0.2 * total_steps), num_training_steps=total_steps, decay_type="1-sqrt")',
  };
  return map[id];
}

export const JS_OPT: Record<TrainingOptimizer, (lr: number, m: number) => string> = {
  sgd: (lr) => `tf.train.sgd(${n(lr)})`,
  momentum: (lr, m) => `tf.train.momentum(${n(lr)}, ${n(m)})`,
  nesterov: (lr, m) => `tf.train.momentum(${n(lr)}, ${n(m)}, true)`,
  adagrad: (lr) => `tf.train.adagrad(${n(lr)})`,
  rmsprop: (lr) => `tf.train.rmsprop(${n(lr)}, 0.99, 0, 1e-8)  // PyTorch's RMSprop defaults`,
  adam: (lr) => `tf.train.adam(${n(lr)}, 0.9, 0.999, 1e-8)`,
  adamw: (lr) => `tf.train.adam(${n(lr)}, 0.9, 0.999, 1e-8)  // tfjs has no AdamW; weight decay 0 here anyway`,
  adamax: (lr) => `tf.train.adamax(${n(lr)})`,
  nadam: (lr) => `tf.train.adam(${n(lr)})  // tfjs has no NAdam: closest built-in`,
  lion: (lr) => `tf.train.adam(${n(lr)})  // tfjs has no Lion: closest built-in`,
  radam: (lr) => `tf.train.adam(${n(lr)})  // tfjs has no RAdam: closest built-in`,
  adafactor: (lr) => `tf.train.adam(${n(lr)})  // tfjs has no Adafactor: closest built-in`,
  lamb: (lr) => `tf.train.adam(${n(lr)})  // tfjs has no LAMB: closest built-in`,
  sam: (lr, m) => `tf.train.momentum(${n(lr)}, ${n(m)})  // tfjs has no SAM: the base optimizer without the perturbation`,
  'adamw-schedulefree': (lr) => `tf.train.adam(${n(lr)})  // tfjs has no schedule-free AdamW: closest built-in`,
  'sgd-schedulefree': (lr, m) => `tf.train.momentum(${n(lr)}, ${n(Math.max(m, 1e-3))})  // tfjs has no schedule-free SGD: closest built-in`,
  muon: (lr) => `tf.train.adam(${n(lr)})  // tfjs has no Muon: AdamW-like for every layer`,
};
