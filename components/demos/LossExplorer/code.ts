/** PyTorch and TensorFlow.js code for the losses shown, with the current Huber delta and the experiment's data. Pure. */
import { formatNumber as n } from '../../charts/scales';
import type { ExplorerLoss } from './losses';
import type { LossExplorerState } from './state';

const PY: Record<ExplorerLoss, (delta: number) => string> = {
  mse: () => 'mse = torch.nn.MSELoss()(pred, y)',
  mae: () => 'mae = torch.nn.L1Loss()(pred, y)',
  huber: (d) => `huber = torch.nn.HuberLoss(delta=${n(d)})(pred, y)`,
  'cross-entropy': () => 'ce = torch.nn.BCEWithLogitsLoss()(logits, labels)  # labels in {0, 1}',
  hinge: () => 'hinge = torch.clamp(1 - labels_pm * scores, min=0).mean()  # labels_pm in {-1, +1}',
};

const JS: Record<ExplorerLoss, (delta: number) => string> = {
  mse: () => 'const mse = tf.losses.meanSquaredError(y, pred);',
  mae: () => 'const mae = tf.losses.absoluteDifference(y, pred);',
  huber: (d) => `const huber = tf.losses.huberLoss(y, pred, undefined, ${n(d)});`,
  'cross-entropy': () => 'const ce = tf.losses.sigmoidCrossEntropy(labels, logits); // labels in {0, 1}',
  hinge: () => 'const hinge = tf.losses.hingeLoss(labels, scores); // tfjs maps 0/1 labels to -1/+1',
};

export function pytorchCode(s: LossExplorerState, y: readonly number[]): string {
  const classification = s.losses.some((l) => l === 'cross-entropy' || l === 'hinge');
  return [
    'import torch',
    '',
    'x = torch.arange(10.0)',
    `y = torch.tensor([${y.map(n).join(', ')}])${s.outlier ? '  # point 8 is the outlier' : ''}`,
    'w = torch.zeros(2, requires_grad=True)',
    'pred = w[0] + w[1] * x',
    ...(classification ? ['logits = scores = torch.linspace(-4, 4, 9)', 'labels = torch.ones(9); labels_pm = 2 * labels - 1'] : []),
    '',
    ...s.losses.map((l) => PY[l](s.delta)),
    '# note: HuberLoss is 0.5 e^2 inside delta, MSELoss is e^2 (no 0.5)',
  ].join('\n');
}

export function tfjsCode(s: LossExplorerState, y: readonly number[]): string {
  const classification = s.losses.some((l) => l === 'cross-entropy' || l === 'hinge');
  return [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    'const x = tf.range(0, 10);',
    `const y = tf.tensor1d([${y.map(n).join(', ')}]);`,
    'const w = tf.variable(tf.zeros([2]));',
    'const pred = w.slice(0, 1).add(w.slice(1, 1).mul(x));',
    ...(classification ? ['const logits = tf.linspace(-4, 4, 9), scores = logits;', 'const labels = tf.ones([9]);'] : []),
    '',
    ...s.losses.map((l) => JS[l](s.delta)),
  ].join('\n');
}
