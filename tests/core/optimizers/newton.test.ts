import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived: H = diag(1, 10), so H^-1 g = p and p <- p - lr p: lr 1 lands on the minimum [0, 0] in one step,
// lr 0.1 gives 0.9^k p0.
describe('newton', () => {
  describeReferenceVectors('newton', ['newton_full_step', 'newton_damped_lr_0.1']);
  describeNoLeaks({ name: 'newton', lr: 0.5, damping: 0.1 });
});
