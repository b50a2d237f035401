import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1: p * (1 - 0.1 * 0.01) = [0.999, -1.998], then the Adam step of +-0.1 -> [0.899000001, -1.89800000005].
describe('adamw', () => {
  describeReferenceVectors('adamw', ['adamw_wd_0.01']);
  describeNoLeaks({ name: 'adamw', lr: 0.01 });
});
