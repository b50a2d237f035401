import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1 (g0 = [1, -20]): m_hat = g, v_hat = g^2, so the step is lr * g / (|g| + 1e-8)
//   -> [1 - 0.1/(1 + 1e-8), -2 + 0.1 * 20/(20 + 1e-8)] = [0.900000001, -1.90000000005].
// AMSGrad equals Adam here because raw v only grows over these three steps.
describe('adam', () => {
  describeReferenceVectors('adam', ['adam', 'adam_amsgrad', 'adam_l2_weight_decay_0.01']);
  describeNoLeaks({ name: 'adam', lr: 0.01 });
  describeNoLeaks({ name: 'adam', lr: 0.01, amsgrad: true, weightDecay: 0.1 });
});
