import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1 (g0 = [1, -20]): plain SGD gives [1 - 0.1, -2 + 2] = [0.9, 0].
// Momentum: the buffer starts as g, so step 1 equals SGD. Nesterov: direction g + 0.9 g = [1.9, -38] -> [0.81, 1.8].
// Weight decay 0.01: g = [1.01, -20.02] -> [0.899, 0.002]. PyTorch applies dampening only from step 2.
describe('sgd', () => {
  describeReferenceVectors('sgd', ['sgd', 'sgd_weight_decay_0.01', 'sgd_momentum_0.9', 'sgd_momentum_0.9_dampening_0.1', 'sgd_nesterov_0.9']);
  describeNoLeaks({ name: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true, weightDecay: 0.01 });
});
