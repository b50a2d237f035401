import { describe } from 'vitest';
import { describeNoLeaks, describeReferenceVectors } from './reference';

// Hand-derived step 1 without line search: t = min(1, 1/||g||_1) * 0.1 = 0.1/21, d = -g -> [0.9952381, -1.9047619].
// Strong Wolfe: the first trial t = 1/21 meets both conditions (f = 5.94 <= 20.498, |g'd| = 210.5 <= 0.9 * 401) -> [0.952381, -1.047619].
describe('lbfgs', () => {
  describeReferenceVectors('lbfgs', ['lbfgs_lr0.1_maxiter1_noLS', 'lbfgs_lr1_maxiter1_strong_wolfe', 'lbfgs_torch_defaults']);
  describeNoLeaks({ name: 'lbfgs', maxIter: 5, historySize: 4, lineSearch: 'strong_wolfe' });
});
