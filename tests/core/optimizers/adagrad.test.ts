import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1: s = g^2, so p - 0.1 g / (|g| + 1e-10) = [0.90000000001, -1.9000000000005].
describe('adagrad', () => {
  describeReferenceVectors('adagrad', ['adagrad']);
  describeNoLeaks({ name: 'adagrad', lr: 0.01, lrDecay: 0.01, weightDecay: 0.01 });
});
