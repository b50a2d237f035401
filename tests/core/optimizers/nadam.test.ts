import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1: mu1 = 0.9(1 - 0.5 * 0.96^0.004) = 0.4500734736, mu2 = 0.4501469352; the g-term is 0.1 sign(g),
// the m-term 0.1 mu2 / (1 - mu1 mu2) * 0.1 sign(g) = 0.0056452 sign(g) -> p0 = 1 - 0.1 - 0.0056452 = 0.8943548.
describe('nadam', () => {
  describeReferenceVectors('nadam', ['nadam']);
  describeNoLeaks({ name: 'nadam', lr: 0.01 });
});
