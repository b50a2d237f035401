/** PyTorch and TensorFlow.js code for the highlighted schedule with the viewer's settings. Pure. */
import { formatNumber as n } from '../../charts/scales';
import { wsdDecaySteps } from '../../../src/core/plain';
import { takesSharedWarmup, type BaseSchedule } from './base-schedules';
import type { ScheduleViewerState } from './state';

/** WSD's decay steps with the decay fraction the viewer uses (effectiveSettings shortens it to fit). */
function wsdDecay(s: ScheduleViewerState, warm: number): number {
  return Math.min(wsdDecaySteps({ totalSteps: s.totalSteps, decayFraction: s.decayFraction }), s.totalSteps - warm);
}

function pyScheduler(name: BaseSchedule, s: ScheduleViewerState, span: number, warm: number): string {
  const etaMin = n(s.minFactor * s.lr);
  switch (name) {
    case 'constant': return 'torch.optim.lr_scheduler.ConstantLR(opt, factor=1.0, total_iters=0)';
    case 'step': return `torch.optim.lr_scheduler.StepLR(opt, step_size=${s.stepSize}, gamma=${n(s.gamma)})`;
    case 'exponential': return `torch.optim.lr_scheduler.ExponentialLR(opt, gamma=${n(s.decay)})`;
    case 'cosine': return `torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=${span}, eta_min=${etaMin})`;
    case 'sgdr': return `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=${s.t0}, T_mult=${s.tMult}, eta_min=${etaMin})`;
    case 'linear': return `torch.optim.lr_scheduler.LinearLR(opt, start_factor=${n(s.linearStartFactor)}, end_factor=1.0, total_iters=${s.linearSteps})`;
    case 'one-cycle': return `torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=${n(s.lr)}, total_steps=${Math.max(2, span)}, pct_start=${n(s.pctStart)}, div_factor=${n(s.divFactor)}, final_div_factor=${n(s.finalDivFactor)})`;
    case 'cyclic': return `torch.optim.lr_scheduler.CyclicLR(opt, base_lr=${n(s.cycleBase * s.lr)}, max_lr=${n(s.lr)}, step_size_up=${s.cycleSteps})  # also cycles momentum 0.8-0.9`;
    case 'reduce-on-plateau': return `torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=${n(s.plateauFactor)}, patience=${s.patience})`;
    case 'warmup-stable-decay':
      return `transformers.get_wsd_schedule(opt, num_warmup_steps=${warm}, num_decay_steps=${wsdDecay(s, warm)}, num_training_steps=${s.totalSteps}, decay_type="${s.decayShape}", min_lr_ratio=${n(s.minFactor)})`;
  }
}

export function pytorchCode(s: ScheduleViewerState, warm: number): string {
  const span = Math.max(1, s.totalSteps - warm);
  const lines = [
    s.schedule === 'warmup-stable-decay' ? 'import torch, transformers' : 'import torch',
    '',
    'model = torch.nn.Linear(10, 1)',
    `opt = torch.optim.SGD(model.parameters(), lr=${n(s.lr)}, momentum=0.9)`,
  ];
  if (s.schedule === 'reduce-on-plateau') {
    lines.push(
      `sched = ${pyScheduler(s.schedule, s, span, warm)}`,
      '',
      `for epoch in range(${s.totalSteps}):`,
      '    # ... train one epoch ...',
      '    val_loss = evaluate(model)  # the metric it follows',
      '    sched.step(val_loss)  # once per epoch, with the loss: not a function of the step',
      '    lr = opt.param_groups[0]["lr"]',
    );
    return lines.join('\n');
  }
  if (warm > 0 && takesSharedWarmup(s.schedule)) {
    lines.push(
      `main = ${pyScheduler(s.schedule, s, span, warm)}`,
      `warmup = torch.optim.lr_scheduler.LinearLR(opt, start_factor=${n(s.warmupFactor)}, end_factor=1.0, total_iters=${warm})`,
      `sched = torch.optim.lr_scheduler.SequentialLR(opt, [warmup, main], milestones=[${warm}])`,
    );
  } else {
    lines.push(`sched = ${pyScheduler(s.schedule, s, span, warm)}`);
  }
  lines.push('', `for step in range(${s.totalSteps}):`, '    # ... forward, loss.backward() ...', '    opt.step()', '    sched.step()  # once per step, after opt.step()', "    lr = sched.get_last_lr()[0]");
  return lines.join('\n');
}

function jsFormula(name: BaseSchedule, s: ScheduleViewerState, span: number, warm: number): string[] {
  const lrMin = n(s.minFactor * s.lr);
  switch (name) {
    case 'constant': return [`  return ${n(s.lr)};`];
    case 'step': return [`  return ${n(s.lr)} * ${n(s.gamma)} ** Math.floor(e / ${s.stepSize});`];
    case 'exponential': return [`  return ${n(s.lr)} * ${n(s.decay)} ** e;`];
    case 'cosine': return [`  return ${lrMin} + (${n(s.lr)} - ${lrMin}) * (1 + Math.cos(Math.PI * e / ${span})) / 2;`];
    case 'sgdr':
      return [
        `  let t = e, period = ${s.t0};`,
        `  while (t >= period) { t -= period; period *= ${s.tMult}; }`,
        `  return ${lrMin} + (${n(s.lr)} - ${lrMin}) * (1 + Math.cos(Math.PI * t / period)) / 2;`,
      ];
    case 'linear': return [`  return ${n(s.lr)} * (${n(s.linearStartFactor)} + (1 - ${n(s.linearStartFactor)}) * Math.min(e, ${s.linearSteps}) / ${s.linearSteps});`];
    case 'one-cycle':
      return [
        `  const start = ${n(s.lr)} / ${n(s.divFactor)}, end = start / ${n(s.finalDivFactor)}, up = ${n(s.pctStart)} * ${Math.max(2, span)} - 1;`,
        '  const cos = (a, b, p) => b + (a - b) / 2 * (1 + Math.cos(Math.PI * p));',
        `  return e <= up ? cos(start, ${n(s.lr)}, e / up) : cos(${n(s.lr)}, end, (e - up) / (${Math.max(2, span) - 1} - up));`,
      ];
    case 'cyclic':
      return [
        `  const base = ${n(s.cycleBase * s.lr)}, max = ${n(s.lr)}, up = ${s.cycleSteps};`,
        '  const x = (e % (2 * up)) / up; // 0..2 within the cycle',
        '  return base + (max - base) * (x <= 1 ? x : 2 - x);',
      ];
    case 'reduce-on-plateau':
      return [
        `  // ReduceLROnPlateau follows the loss: call onEpoch(valLoss) after each epoch (threshold 1e-4 relative, as PyTorch).`,
        '  return state.lr;',
        '}',
        `const state = { lr: ${n(s.lr)}, best: Infinity, bad: 0 };`,
        'function onEpoch(valLoss) {',
        '  if (valLoss < state.best * (1 - 1e-4)) { state.best = valLoss; state.bad = 0; } else state.bad++;',
        `  if (state.bad > ${s.patience}) { state.lr *= ${n(s.plateauFactor)}; state.bad = 0; }`,
      ];
    case 'warmup-stable-decay': {
      const decay = wsdDecay(s, warm);
      const shape = { linear: '1 - p', cosine: '0.5 * (1 + Math.cos(Math.PI * p))', '1-sqrt': '1 - Math.sqrt(p)' }[s.decayShape];
      return [
        `  const max = ${n(s.lr)}, ratio = ${n(s.minFactor)}, warm = ${warm}, decay = ${decay}, stable = ${s.totalSteps - warm - decay};`,
        '  if (e < warm) return max * ((e / Math.max(1, warm)) * (1 - ratio) + ratio);',
        '  if (e < warm + stable) return max;',
        '  const p = Math.min(1, (e - warm - stable) / Math.max(1, decay));',
        `  return max * ((${shape}) * (1 - ratio) + ratio); // ${s.decayShape} cool-down`,
      ];
    }
  }
}

export function tfjsCode(s: ScheduleViewerState, warm: number): string {
  const span = Math.max(1, s.totalSteps - warm);
  const lines = [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    '// tfjs has no LR schedulers: compute the lr per step (closed form, as PyTorch) and set it.',
    'function baseLr(e) {',
    ...jsFormula(s.schedule, s, span, warm),
    '}',
  ];
  if (warm > 0 && takesSharedWarmup(s.schedule)) {
    lines.push(
      'function lrAt(step) {',
      `  if (step >= ${warm}) return baseLr(step - ${warm});`,
      `  return baseLr(0) * (${n(s.warmupFactor)} + (1 - ${n(s.warmupFactor)}) * step / ${warm}); // linear warm-up`,
      '}',
    );
  } else {
    lines.push('const lrAt = baseLr;');
  }
  lines.push(
    '',
    `const optimizer = tf.train.sgd(lrAt(0));`,
    `for (let step = 0; step < ${s.totalSteps}; step++) {`,
    '  optimizer.setLearningRate(lrAt(step));',
    '  // optimizer.minimize(() => loss(), ...);',
    '}',
  );
  return lines.join('\n');
}
