import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1: m = [0.1, -2], u = |g| + 1e-8, lr / (1 - beta1) = 1 -> [1 - 0.1/(1 + 1e-8), -2 + 2/(20 + 1e-8)].
describe('adamax', () => {
  describeReferenceVectors('adamax', ['adamax']);
  describeNoLeaks({ name: 'adamax', lr: 0.01 });
});
