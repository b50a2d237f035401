/** PyTorch and TensorFlow.js code for the highlighted schedule with the viewer's settings. Pure. */
import { formatNumber as n } from '../../charts/scales';
import type { BaseSchedule } from './base-schedules';
import type { ScheduleViewerState } from './state';

function pyScheduler(name: BaseSchedule, s: ScheduleViewerState, span: number): string {
  const etaMin = n(s.minFactor * s.lr);
  switch (name) {
    case 'constant': return 'torch.optim.lr_scheduler.ConstantLR(opt, factor=1.0, total_iters=0)';
    case 'step': return `torch.optim.lr_scheduler.StepLR(opt, step_size=${s.stepSize}, gamma=${n(s.gamma)})`;
    case 'exponential': return `torch.optim.lr_scheduler.ExponentialLR(opt, gamma=${n(s.decay)})`;
    case 'cosine': return `torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=${span}, eta_min=${etaMin})`;
    case 'sgdr': return `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=${s.t0}, T_mult=${s.tMult}, eta_min=${etaMin})`;
    case 'linear': return `torch.optim.lr_scheduler.LinearLR(opt, start_factor=${n(s.linearStartFactor)}, end_factor=1.0, total_iters=${s.linearSteps})`;
    case 'one-cycle': return `torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=${n(s.lr)}, total_steps=${Math.max(2, span)}, pct_start=${n(s.pctStart)}, div_factor=${n(s.divFactor)}, final_div_factor=${n(s.finalDivFactor)})`;
  }
}

export function pytorchCode(s: ScheduleViewerState, warm: number): string {
  const span = Math.max(1, s.totalSteps - warm);
  const lines = [
    'import torch',
    '',
    'model = torch.nn.Linear(10, 1)',
    `opt = torch.optim.SGD(model.parameters(), lr=${n(s.lr)}, momentum=0.9)`,
  ];
  if (warm > 0) {
    lines.push(
      `main = ${pyScheduler(s.schedule, s, span)}`,
      `warmup = torch.optim.lr_scheduler.LinearLR(opt, start_factor=${n(s.warmupFactor)}, end_factor=1.0, total_iters=${warm})`,
      `sched = torch.optim.lr_scheduler.SequentialLR(opt, [warmup, main], milestones=[${warm}])`,
    );
  } else {
    lines.push(`sched = ${pyScheduler(s.schedule, s, span)}`);
  }
  lines.push('', `for step in range(${s.totalSteps}):`, '    # ... forward, loss.backward() ...', '    opt.step()', '    sched.step()  # once per step, after opt.step()', "    lr = sched.get_last_lr()[0]");
  return lines.join('\n');
}

function jsFormula(name: BaseSchedule, s: ScheduleViewerState, span: number): string[] {
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
  }
}

export function tfjsCode(s: ScheduleViewerState, warm: number): string {
  const span = Math.max(1, s.totalSteps - warm);
  const lines = [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    '// tfjs has no LR schedulers: compute the lr per step (closed form, as PyTorch) and set it.',
    'function baseLr(e) {',
    ...jsFormula(s.schedule, s, span),
    '}',
  ];
  if (warm > 0) {
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
