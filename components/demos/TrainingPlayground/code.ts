/** PyTorch and TensorFlow.js code for the training playground's current settings (shown in the CodePanel). Pure. */
import { formatNumber } from '../../charts/scales';
import type { SchedulePreset, TrainingOptimizer } from './options';
import type { TrainingPlaygroundState } from './state';

const n = formatNumber;

const PY_DATA: Record<TrainingPlaygroundState['dataset'], string> = {
  moons: 'X, y = sklearn.datasets.make_moons(n_samples=N, noise=NOISE, random_state=SEED)',
  circles: 'X, y = sklearn.datasets.make_circles(n_samples=N, noise=NOISE, factor=0.5, random_state=SEED)',
  spiral: 'X, y = make_spiral(n_samples=N, noise=NOISE, seed=SEED)  # two interleaved arms, as in the demo',
  xor: 'X = rng.uniform(-1, 1, (N, 2)); y = (X[:, 0] * X[:, 1] > 0).astype(int); X += NOISE * rng.standard_normal(X.shape)',
  regression: 'X = rng.uniform(-math.pi, math.pi, (N, 1)); y = np.sin(X[:, 0]) + NOISE * rng.standard_normal(N)',
};

function pyOptimizer(id: TrainingOptimizer, lr: number, m: number): string {
  const map: Record<TrainingOptimizer, string> = {
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
  };
  return map[id];
}

function pySchedule(id: SchedulePreset): string | undefined {
  const map: Record<SchedulePreset, string | undefined> = {
    constant: undefined,
    step: 'torch.optim.lr_scheduler.StepLR(opt, step_size=total_steps // 2, gamma=0.1)',
    exponential: 'torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.01 ** (1 / total_steps))',
    cosine: 'torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total_steps)',
    sgdr: 'torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=total_steps // 4)',
    'warmup-cosine':
      'torch.optim.lr_scheduler.SequentialLR(opt, [torch.optim.lr_scheduler.LinearLR(opt, 0.01, 1.0, total_iters=warm), torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total_steps - warm)], milestones=[warm])',
    'one-cycle': 'torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=opt.param_groups[0]["lr"], total_steps=total_steps, cycle_momentum=False)',
  };
  return map[id];
}

const PY_ACT = { tanh: 'nn.Tanh()', relu: 'nn.ReLU()', sigmoid: 'nn.Sigmoid()', linear: 'nn.Identity()' } as const;

export function pytorchCode(s: TrainingPlaygroundState, batchSize: number, nTrain: number): string {
  const regression = s.dataset === 'regression';
  const inputs = regression ? 1 : 2;
  const sizes = [inputs, ...s.hidden, 1];
  const layers: string[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    layers.push(`nn.Linear(${sizes[i]}, ${sizes[i + 1]})`);
    if (i + 2 < sizes.length) layers.push(PY_ACT[s.activation]);
  }
  const schedule = pySchedule(s.schedule);
  return [
    'import math, numpy as np, sklearn.datasets, torch',
    'from torch import nn',
    '',
    `N, NOISE, SEED = ${s.points}, ${n(s.noise)}, ${s.seed}`,
    'rng = np.random.default_rng(SEED)',
    PY_DATA[s.dataset],
    `X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.float32).reshape(-1, 1)`,
    `X_train, y_train, X_val, y_val = X[:${nTrain}], y[:${nTrain}], X[${nTrain}:], y[${nTrain}:]  # half held out`,
    '',
    'torch.manual_seed(SEED)',
    `model = nn.Sequential(${layers.join(', ')})`,
    `loss_fn = ${regression ? 'nn.MSELoss()' : 'nn.BCEWithLogitsLoss()'}`,
    `opt = ${pyOptimizer(s.optimizer, s.lr, s.momentum)}`,
    `epochs, batch_size, l2 = ${s.epochs}, ${batchSize}, ${n(s.l2)}`,
    `total_steps = epochs * math.ceil(len(X_train) / batch_size)`,
    ...(s.schedule === 'warmup-cosine' ? ['warm = max(1, round(total_steps / 10))'] : []),
    ...(schedule === undefined ? [] : [`sched = ${schedule}`]),
    '',
    'for epoch in range(epochs):',
    '    for idx in torch.randperm(len(X_train)).split(batch_size):',
    '        loss = loss_fn(model(X_train[idx]), y_train[idx])',
    '        # L2 on the weight matrices only (biases are not penalised), as in the demo',
    '        loss = loss + 0.5 * l2 * sum((m.weight ** 2).sum() for m in model if isinstance(m, nn.Linear))',
    '        opt.zero_grad()',
    '        loss.backward()',
    '        opt.step()',
    ...(schedule === undefined ? [] : ['        sched.step()']),
    '    with torch.no_grad():',
    '        print(epoch + 1, loss_fn(model(X_train), y_train).item(), loss_fn(model(X_val), y_val).item())',
  ].join('\n');
}

const JS_OPT: Record<TrainingOptimizer, (lr: number, m: number) => string> = {
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
};

export function tfjsCode(s: TrainingPlaygroundState, batchSize: number, nTrain: number): string {
  const regression = s.dataset === 'regression';
  const sizes = [...s.hidden, 1];
  const layers = sizes.map((units, i) => {
    const first = i === 0 ? `inputShape: [${regression ? 1 : 2}], ` : '';
    const act = i === sizes.length - 1 ? (regression ? 'linear' : 'sigmoid') : s.activation;
    const reg = s.l2 > 0 ? `, kernelRegularizer: tf.regularizers.l2({ l2: ${n(s.l2 / 2)} })` : '';
    return `  tf.layers.dense({ ${first}units: ${units}, activation: '${act}'${reg} }),`;
  });
  return [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `// xs: [${s.points}, ${regression ? 1 : 2}] inputs, ys: [${s.points}, 1] targets of the ${s.dataset} data (noise ${n(s.noise)}); first ${nTrain} rows train`,
    'const model = tf.sequential({ layers: [',
    ...layers,
    '] });',
    `model.compile({ optimizer: ${JS_OPT[s.optimizer](s.lr, s.momentum)}, loss: '${regression ? 'meanSquaredError' : 'binaryCrossentropy'}'${regression ? '' : ", metrics: ['accuracy']"} });`,
    ...(s.schedule === 'constant' ? [] : [`// lr schedule "${s.schedule}": tfjs has no built-in scheduler; set optimizer.learningRate in a callback`]),
    `await model.fit(xs.slice(0, ${nTrain}), ys.slice(0, ${nTrain}), {`,
    `  epochs: ${s.epochs}, batchSize: ${batchSize}, shuffle: true,`,
    `  validationData: [xs.slice(${nTrain}), ys.slice(${nTrain})],`,
    '});',
  ].join('\n');
}
