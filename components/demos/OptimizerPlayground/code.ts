/**
 * PyTorch and TensorFlow.js code for the playground's current settings (shown in the CodePanel). Pure.
 */
import { formatNumber } from '../../charts/scales';
import type { Hyper, PlaygroundOptimizer } from '../shared/optimizer-menu';
import type { TestFunctionId } from './state';

const PY_F: Record<TestFunctionId, string> = {
  quadratic: '0.5 * (x**2 + 10 * y**2)',
  rosenbrock: '(1 - x)**2 + 100 * (y - x**2)**2',
  beale: '(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2',
  himmelblau: '(x**2 + y - 11)**2 + (x + y**2 - 7)**2',
  rastrigin: '20 + x**2 - 10*torch.cos(2*math.pi*x) + y**2 - 10*torch.cos(2*math.pi*y)',
  booth: '(x + 2*y - 7)**2 + (2*x + y - 5)**2',
  saddle: '0.5 * (x**2 - y**2)',
  reddi: 'x / 3 + 10 * torch.relu(x.abs() - 1)**2 + 0.5 * y**2  # the mean loss; the demo cycles the x gradient 3, -1, -1',
};

const JS_F: Record<TestFunctionId, string> = {
  quadratic: 'x.square().add(y.square().mul(10)).mul(0.5)',
  rosenbrock: 'tf.sub(1, x).square().add(y.sub(x.square()).square().mul(100))',
  beale: 'tf.add(tf.sub(1.5, x).add(x.mul(y)).square(), tf.sub(2.25, x).add(x.mul(y.square())).square()).add(tf.sub(2.625, x).add(x.mul(y.pow(3))).square())',
  himmelblau: 'x.square().add(y).sub(11).square().add(x.add(y.square()).sub(7).square())',
  rastrigin: 'tf.scalar(20).add(x.square()).sub(x.mul(2 * Math.PI).cos().mul(10)).add(y.square()).sub(y.mul(2 * Math.PI).cos().mul(10))',
  booth: 'x.add(y.mul(2)).sub(7).square().add(x.mul(2).add(y).sub(5).square())',
  saddle: 'x.square().sub(y.square()).mul(0.5)',
  reddi: 'x.div(3).add(x.abs().sub(1).relu().square().mul(10)).add(y.square().mul(0.5)) /* the mean loss */',
};

const n = formatNumber;

function pyOptimizer(id: PlaygroundOptimizer, h: Hyper): string {
  const wd = h.weightDecay > 0 ? `, weight_decay=${n(h.weightDecay)}` : '';
  const betas = `betas=(${n(h.beta1)}, ${n(h.beta2)})`;
  const eps = n(h.eps ?? 1e-8);
  switch (id) {
    case 'sgd': return `torch.optim.SGD(ps, lr=${n(h.lr)}${wd})`;
    case 'momentum': return `torch.optim.SGD(ps, lr=${n(h.lr)}, momentum=${n(h.momentum)}${wd})`;
    case 'nesterov': return `torch.optim.SGD(ps, lr=${n(h.lr)}, momentum=${n(h.momentum)}, nesterov=True${wd})`;
    case 'adagrad': return `torch.optim.Adagrad(ps, lr=${n(h.lr)}${wd})`;
    case 'rmsprop': return `torch.optim.RMSprop(ps, lr=${n(h.lr)}, alpha=0.99, eps=1e-8${wd})`;
    case 'adam': return `torch.optim.Adam(ps, lr=${n(h.lr)}, ${betas}, eps=${eps}${wd})`;
    case 'amsgrad': return `torch.optim.Adam(ps, lr=${n(h.lr)}, ${betas}, eps=${eps}${wd}, amsgrad=True)`;
    case 'adamw': return `torch.optim.AdamW(ps, lr=${n(h.lr)}, ${betas}, eps=${eps}, weight_decay=${n(h.weightDecay)})`;
    case 'adamax': return `torch.optim.Adamax(ps, lr=${n(h.lr)}, ${betas}, eps=${eps}${wd})`;
    case 'nadam': return `torch.optim.NAdam(ps, lr=${n(h.lr)}, ${betas}, eps=${eps}${wd})`;
    case 'lion': return `Lion(ps, lr=${n(h.lr)}, ${betas}, weight_decay=${n(h.weightDecay)})  # pip install lion-pytorch`;
    case 'lbfgs': return `torch.optim.LBFGS(ps, lr=1, max_iter=1, line_search_fn="strong_wolfe")`;
    case 'newton': return '';
    case 'radam': return `torch.optim.RAdam(ps, lr=${n(h.lr)}, ${betas}, eps=1e-8${wd})`;
    case 'lamb': return `Lamb(ps, lr=${n(h.lr)}, ${betas}, weight_decay=${n(h.weightDecay)}, always_adapt=True)`;
    case 'sam': return `SAM(ps, torch.optim.SGD, rho=0.05, lr=${n(h.lr)}, momentum=${n(h.momentum)}${wd})`;
    case 'adamw-schedulefree': return `schedulefree.AdamWScheduleFree(ps, lr=${n(h.lr)}, ${betas}${wd})`;
    case 'sgd-schedulefree': return `schedulefree.SGDScheduleFree(ps, lr=${n(h.lr)}, momentum=${n(h.momentum)}${wd})`;
    case 'adafactor': return `torch.optim.Adafactor(ps, lr=${n(h.lr)}${wd})  # PyTorch >= 2.5`;
  }
}

/** SAM takes its two gradients through first_step / second_step; schedule-free needs train() and, to read x, eval(). */
function twoModeBlock(id: 'sam' | 'adamw-schedulefree' | 'sgd-schedulefree', make: string, steps: number, x0: readonly [number, number]): string[] {
  const start = `p = torch.tensor([${n(x0[0])}, ${n(x0[1])}], dtype=torch.float64, requires_grad=True)`;
  if (id === 'sam') {
    return [
      '# SAM: the gradient at w, then at w + e(w); the base SGD steps with the second',
      start,
      `opt = ${make.replace('(ps,', '([p],')}`,
      `for _ in range(${steps}):`,
      '    f(p).backward(); opt.first_step(zero_grad=True)',
      '    f(p).backward(); opt.second_step(zero_grad=True)',
      'sam = p.detach()',
    ];
  }
  return [
    '# Schedule-free: gradients at y in train() mode; eval() moves p to x, the point drawn here',
    start,
    `opt = ${make.replace('(ps,', '([p],')}`,
    'opt.train()',
    `for _ in range(${steps}):`,
    '    opt.zero_grad(); f(p).backward(); opt.step()',
    'opt.eval()',
    `${id.replaceAll('-', '_')} = p.detach()`,
  ];
}

export function pytorchCode(fn: TestFunctionId, ids: readonly PlaygroundOptimizer[], h: Hyper, steps: number, x0: readonly [number, number], sigma = 0): string {
  const lines = [
    'import math',
    'import torch',
    ...(ids.includes('lion') ? ['from lion_pytorch import Lion'] : []),
    ...(ids.includes('lamb') ? ['from timm.optim import Lamb  # pip install timm'] : []),
    ...(ids.includes('sam') ? ['from sam import SAM  # github.com/davda54/sam, sam.py'] : []),
    ...(ids.includes('adamw-schedulefree') || ids.includes('sgd-schedulefree') ? ['import schedulefree  # pip install schedulefree'] : []),
    '',
    'def f(p):',
    '    x, y = p[0], p[1]',
    `    return ${PY_F[fn]}`,
    '',
    `def run(make_optimizer, steps=${steps}):`,
    `    p = torch.tensor([${n(x0[0])}, ${n(x0[1])}], dtype=torch.float64, requires_grad=True)`,
    '    opt = make_optimizer([p])',
    '    def closure():  # every torch optimizer accepts a closure; L-BFGS needs one',
    '        opt.zero_grad()',
    '        loss = f(p)',
    '        loss.backward()',
    ...(sigma > 0 ? [`        p.grad.add_(torch.randn(2, dtype=torch.float64), alpha=${n(sigma)})  # gradient noise (torch's own random stream, not the demo's seed)`] : []),
    '        return loss',
    '    losses = [opt.step(closure).item() for _ in range(steps)]',
    '    return p.detach(), losses',
    '',
  ];
  for (const id of ids) {
    if (id === 'newton') {
      lines.push(
        "# Newton's method has no torch.optim class: p <- p - H(p)^-1 grad f(p)",
        `p = torch.tensor([${n(x0[0])}, ${n(x0[1])}], dtype=torch.float64)`,
        `for _ in range(${steps}):`,
        '    p = p - torch.linalg.solve(torch.func.hessian(f)(p), torch.func.grad(f)(p))',
        'newton = p',
      );
    } else if (id === 'sam' || id === 'adamw-schedulefree' || id === 'sgd-schedulefree') {
      lines.push(...twoModeBlock(id, pyOptimizer(id, h), steps, x0));
    } else {
      lines.push(`${id} = run(lambda ps: ${pyOptimizer(id, h)})`);
    }
  }
  return lines.join('\n');
}

function jsOptimizer(id: PlaygroundOptimizer, h: Hyper): string {
  switch (id) {
    case 'sgd': return `tf.train.sgd(${n(h.lr)})`;
    case 'momentum': return `tf.train.momentum(${n(h.lr)}, ${n(h.momentum)})`;
    case 'nesterov': return `tf.train.momentum(${n(h.lr)}, ${n(h.momentum)}, true)`;
    case 'adagrad': return `tf.train.adagrad(${n(h.lr)})`;
    case 'rmsprop': return `tf.train.rmsprop(${n(h.lr)}, 0.99, 0, 1e-8) // tfjs adds eps inside the square root`;
    case 'adam': return `tf.train.adam(${n(h.lr)}, ${n(h.beta1)}, ${n(h.beta2)}, ${n(h.eps ?? 1e-8)})`;
    case 'adamax': return `tf.train.adamax(${n(h.lr)}, ${n(h.beta1)}, ${n(h.beta2)}, ${n(h.eps ?? 1e-8)})`;
    default: return '';
  }
}

const NOT_IN_TFJS: Partial<Record<PlaygroundOptimizer, string>> = {
  amsgrad: 'AMSGrad (src/core/optimizers/adam.ts)',
  adamw: 'AdamW (src/core/optimizers/adamw.ts)',
  nadam: 'NAdam (src/core/optimizers/nadam.ts)',
  lion: 'Lion (src/core/optimizers/lion.ts)',
  newton: "Newton's method (src/core/optimizers/newton.ts)",
  lbfgs: 'L-BFGS (src/core/optimizers/lbfgs.ts)',
  radam: 'RAdam (src/core/optimizers/radam.ts)',
  lamb: 'LAMB (src/core/optimizers/lamb.ts)',
  sam: 'SAM (src/core/optimizers/sam.ts)',
  'adamw-schedulefree': 'schedule-free AdamW (src/core/optimizers/adamw-schedulefree.ts)',
  'sgd-schedulefree': 'schedule-free SGD (src/core/optimizers/sgd-schedulefree.ts)',
  adafactor: 'Adafactor (src/core/optimizers/adafactor.ts)',
};

export function tfjsCode(fn: TestFunctionId, ids: readonly PlaygroundOptimizer[], h: Hyper, steps: number, x0: readonly [number, number]): string {
  const lines = [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    'const f = (p) => tf.tidy(() => {',
    '  const [x, y] = tf.unstack(p);',
    `  return ${JS_F[fn]};`,
    '});',
    '',
    `function run(optimizer, steps = ${steps}) {`,
    `  const p = tf.variable(tf.tensor1d([${n(x0[0])}, ${n(x0[1])}])); // float32, unlike the float64 PyTorch code`,
    '  const losses = [];',
    '  for (let i = 0; i < steps; i++) {',
    '    const loss = optimizer.minimize(() => f(p), true, [p]);',
    '    losses.push(loss.dataSync()[0]);',
    '    loss.dispose();',
    '  }',
    '  return { p: p.arraySync(), losses };',
    '}',
    '',
    "// tfjs's default epsilon depends on the backend, so pass PyTorch's 1e-8 explicitly.",
  ];
  if (h.weightDecay > 0) lines.push(`// tfjs optimizers have no weight_decay: add ${n(h.weightDecay / 2)} * tf.sum(p.square()) to f for coupled L2.`);
  for (const id of ids) {
    const missing = NOT_IN_TFJS[id];
    if (missing !== undefined) lines.push(`// ${id}: tfjs 4.22 has no built-in ${missing.split(' (')[0]}; this glossary implements it in ${missing.split(' (')[1]!.slice(0, -1)}.`);
    else lines.push(`const ${id} = run(${jsOptimizer(id, h)});`);
  }
  return lines.join('\n');
}
