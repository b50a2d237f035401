/** PyTorch and TensorFlow.js code for the highlighted schedule with the viewer's settings. Pure. */
import { formatNumber as n } from '../../charts/scales';
import type { BaseSchedule, ScheduleViewerState } from './state';

function pyScheduler(name: BaseSchedule, s: ScheduleViewerState, span: number): string {
  const etaMin = n(s.minf * s.lr);
  switch (name) {
    case 'constant': return 'torch.optim.lr_scheduler.ConstantLR(opt, factor=1.0, total_iters=0)';
    case 'step': return `torch.optim.lr_scheduler.StepLR(opt, step_size=${s.size}, gamma=${n(s.gamma)})`;
    case 'exponential': return `torch.optim.lr_scheduler.ExponentialLR(opt, gamma=${n(s.decay)})`;
    case 'cosine': return `torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=${span}, eta_min=${etaMin})`;
    case 'sgdr': return `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=${s.t0}, T_mult=${s.tmult}, eta_min=${etaMin})`;
    case 'linear': return `torch.optim.lr_scheduler.LinearLR(opt, start_factor=${n(s.lsf)}, end_factor=1.0, total_iters=${s.lit})`;
    case 'one-cycle': return `torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=${n(s.lr)}, total_steps=${Math.max(2, span)}, pct_start=${n(s.pct)}, div_factor=${n(s.div)}, final_div_factor=${n(s.fdiv)})`;
  }
}

export function pytorchCode(s: ScheduleViewerState, warm: number): string {
  const span = Math.max(1, s.total - warm);
  const lines = [
    'import torch',
    '',
    'model = torch.nn.Linear(10, 1)',
    `opt = torch.optim.SGD(model.parameters(), lr=${n(s.lr)}, momentum=0.9)`,
  ];
  if (warm > 0) {
    lines.push(
      `main = ${pyScheduler(s.s, s, span)}`,
      `warmup = torch.optim.lr_scheduler.LinearLR(opt, start_factor=${n(s.wf)}, end_factor=1.0, total_iters=${warm})`,
      `sched = torch.optim.lr_scheduler.SequentialLR(opt, [warmup, main], milestones=[${warm}])`,
    );
  } else {
    lines.push(`sched = ${pyScheduler(s.s, s, span)}`);
  }
  lines.push('', `for step in range(${s.total}):`, '    # ... forward, loss.backward() ...', '    opt.step()', '    sched.step()  # once per step, after opt.step()', "    lr = sched.get_last_lr()[0]");
  return lines.join('\n');
}

function jsFormula(name: BaseSchedule, s: ScheduleViewerState, span: number): string[] {
  const lrMin = n(s.minf * s.lr);
  switch (name) {
    case 'constant': return [`  return ${n(s.lr)};`];
    case 'step': return [`  return ${n(s.lr)} * ${n(s.gamma)} ** Math.floor(e / ${s.size});`];
    case 'exponential': return [`  return ${n(s.lr)} * ${n(s.decay)} ** e;`];
    case 'cosine': return [`  return ${lrMin} + (${n(s.lr)} - ${lrMin}) * (1 + Math.cos(Math.PI * e / ${span})) / 2;`];
    case 'sgdr':
      return [
        `  let t = e, period = ${s.t0};`,
        `  while (t >= period) { t -= period; period *= ${s.tmult}; }`,
        `  return ${lrMin} + (${n(s.lr)} - ${lrMin}) * (1 + Math.cos(Math.PI * t / period)) / 2;`,
      ];
    case 'linear': return [`  return ${n(s.lr)} * (${n(s.lsf)} + (1 - ${n(s.lsf)}) * Math.min(e, ${s.lit}) / ${s.lit});`];
    case 'one-cycle':
      return [
        `  const start = ${n(s.lr)} / ${n(s.div)}, end = start / ${n(s.fdiv)}, up = ${n(s.pct)} * ${Math.max(2, span)} - 1;`,
        '  const cos = (a, b, p) => b + (a - b) / 2 * (1 + Math.cos(Math.PI * p));',
        `  return e <= up ? cos(start, ${n(s.lr)}, e / up) : cos(${n(s.lr)}, end, (e - up) / (${Math.max(2, span) - 1} - up));`,
      ];
  }
}

export function tfjsCode(s: ScheduleViewerState, warm: number): string {
  const span = Math.max(1, s.total - warm);
  const lines = [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    '// tfjs has no LR schedulers: compute the lr per step (closed form, as PyTorch) and set it.',
    'function baseLr(e) {',
    ...jsFormula(s.s, s, span),
    '}',
  ];
  if (warm > 0) {
    lines.push(
      'function lrAt(step) {',
      `  if (step >= ${warm}) return baseLr(step - ${warm});`,
      `  return baseLr(0) * (${n(s.wf)} + (1 - ${n(s.wf)}) * step / ${warm}); // linear warm-up`,
      '}',
    );
  } else {
    lines.push('const lrAt = baseLr;');
  }
  lines.push(
    '',
    `const optimizer = tf.train.sgd(lrAt(0));`,
    `for (let step = 0; step < ${s.total}; step++) {`,
    '  optimizer.setLearningRate(lrAt(step));',
    '  // optimizer.minimize(() => loss(), ...);',
    '}',
  );
  return lines.join('\n');
}
