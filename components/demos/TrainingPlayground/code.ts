/** PyTorch and TensorFlow.js code for the training playground's current settings (shown in the CodePanel). Pure. */
import { formatNumber } from '../../charts/scales';
import { JS_OPT, muonLines, pyOptimizer, pySchedule } from './code-optimizers';
import type { TrainingPlaygroundState } from './state';

const n = formatNumber;

const PY_DATA: Record<TrainingPlaygroundState['dataset'], string> = {
  moons: 'X, y = sklearn.datasets.make_moons(n_samples=N, noise=NOISE, random_state=SEED)',
  circles: 'X, y = sklearn.datasets.make_circles(n_samples=N, noise=NOISE, factor=0.5, random_state=SEED)',
  spiral: 'X, y = make_spiral(n_samples=N, noise=NOISE, seed=SEED)  # two interleaved arms, as in the demo',
  xor: 'X = rng.uniform(-1, 1, (N, 2)); y = (X[:, 0] * X[:, 1] > 0).astype(int); X += NOISE * rng.standard_normal(X.shape)',
  regression: 'X = rng.uniform(-math.pi, math.pi, (N, 1)); y = np.sin(X[:, 0]) + NOISE * rng.standard_normal(N)',
};

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
  const schedule = pySchedule(s.schedule, s.lr, s.epochs);
  const muon = s.optimizer === 'muon';
  const sam = s.optimizer === 'sam';
  const scheduleFree = s.optimizer === 'adamw-schedulefree' || s.optimizer === 'sgd-schedulefree';
  const plateau = s.schedule === 'reduce-on-plateau';
  // Muon trains two groups with two optimizers (and a scheduler each); the others build one `opt`.
  const opts = muon ? 'opts' : '[opt]';
  const penalty = 'l2_penalty = lambda: 0.5 * l2 * sum((m.weight ** 2).sum() for m in model if isinstance(m, nn.Linear))';
  const batchLoss = 'loss_fn(model(X_train[idx]), y_train[idx]) + l2_penalty()';
  return [
    `import math, numpy as np, sklearn.datasets, torch${scheduleFree ? ', schedulefree' : ''}${s.schedule === 'warmup-stable-decay' ? ', transformers' : ''}`,
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
    ...(muon ? muonLines(s.lr, s.hidden.length) : [`opt = ${pyOptimizer(s.optimizer as Exclude<typeof s.optimizer, 'muon'>, s.lr, s.momentum)}`]),
    `epochs, batch_size, l2 = ${s.epochs}, ${batchSize}, ${n(s.l2)}`,
    `total_steps = epochs * math.ceil(len(X_train) / batch_size)`,
    '# L2 on the weight matrices only (biases are not penalised), as in the demo',
    penalty,
    ...(s.schedule === 'warmup-cosine' ? ['warm = max(1, round(total_steps / 10))'] : []),
    ...(schedule === undefined ? [] : muon ? ['def make_sched(opt):', `    return ${schedule}`, 'scheds = [make_sched(o) for o in opts]  # one scheduler per optimizer'] : [`scheds = [${schedule}]`]),
    '',
    'for epoch in range(epochs):',
    ...(scheduleFree ? ['    opt.train()  # schedule-free: train at y, evaluate at x'] : []),
    '    for idx in torch.randperm(len(X_train)).split(batch_size):',
    `        loss = ${batchLoss}`,
    `        for o in ${opts}: o.zero_grad()`,
    '        loss.backward()',
    ...(sam
      ? ['        opt.first_step(zero_grad=True)  # climb to the worst nearby weights (1st gradient)', `        (${batchLoss}).backward()  # 2nd gradient, at the perturbed weights`, '        opt.second_step(zero_grad=True)']
      : [`        for o in ${opts}: o.step()`]),
    ...(schedule === undefined || plateau ? [] : ['        for sch in scheds: sch.step()']),
    ...(scheduleFree ? ['    opt.eval()'] : []),
    '    with torch.no_grad():',
    '        train_loss, val_loss = loss_fn(model(X_train), y_train).item(), loss_fn(model(X_val), y_val).item()',
    ...(plateau ? ['    for sch in scheds: sch.step(val_loss)'] : []),
    '    print(epoch + 1, train_loss, val_loss)',
  ].join('\n');
}

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
