import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1: v = 0.01 g^2 = [0.01, 4]; sqrt(v) + eps = [0.10000001, 2.00000001]; the step is 0.1 g / that,
// about 1 per coordinate -> [1e-7, -1.000000005] (a cancellation: torch float32 gives 6e-8).
// Centered: gbar = [0.01, -0.2], sqrt(v - gbar^2) = [0.0994987, 1.9899749] -> [-0.0050377, -0.9949622].
describe('rmsprop', () => {
  describeReferenceVectors('rmsprop', ['rmsprop', 'rmsprop_centered', 'rmsprop_momentum_0.9']);
  describeNoLeaks({ name: 'rmsprop', lr: 0.01, centered: true, momentum: 0.9 });
  describeNoLeaks({ name: 'rmsprop', lr: 0.01 });
});
