import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1: c = 0.1 g, sign(c) = [1, -1] -> [0.9, -1.9]; every coordinate moves by exactly lr.
describe('lion', () => {
  describeReferenceVectors('lion', ['lion']);
  describeNoLeaks({ name: 'lion', lr: 0.01, weightDecay: 0.1 });
});
