import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { TEST_FUNCTIONS, type TestFunction } from '../../src/core/functions';
import { evaluateGrid, PLAIN_TEST_FUNCTIONS } from '../../src/core/plain-functions';
import { createRng } from '../../src/core/random';
import { useBackend, vectors } from './helpers';

const fns = Object.values(TEST_FUNCTIONS).map((fn): [string, TestFunction] => [fn.name, fn]);
const ref = vectors.test_functions;

describe('2-D test functions', () => {
  it('offers the same functions, with the same plain definitions, with and without tfjs', () => {
    expect(Object.keys(TEST_FUNCTIONS)).toEqual(Object.keys(PLAIN_TEST_FUNCTIONS));
    for (const [name, fn] of Object.entries(TEST_FUNCTIONS)) {
      const { tensor, ...plain } = fn;
      expect(typeof tensor, name).toBe('function');
      expect(JSON.stringify(plain), name).toEqual(JSON.stringify(PLAIN_TEST_FUNCTIONS[name]));
      expect(fn.f(0.3, -0.7), name).toBe(PLAIN_TEST_FUNCTIONS[name]!.f(0.3, -0.7));
    }
  });

  it.each([
    ['rosenbrock', -1.5, 2, (ref['rosenbrock(a=1,b=100)']!['f(-1.5,2)'] as number)],
    ['beale', 1, 1, ref.beale!['f(1,1)'] as number],
    ['rastrigin', 1, 1, ref['rastrigin(A=10,n=2)']!['f(1,1)'] as number],
    ['booth', 0, 0, ref.booth!['f(0,0)'] as number],
  ])('%s(%d, %d) equals the reference value %d', (name, x, y, expected) => {
    expect(TEST_FUNCTIONS[name]!.f(x, y)).toBeCloseTo(expected, 10);
  });

  it.each(fns.filter(([, fn]) => fn.minima.length > 0))('%s has zero gradient and f = fMin at every listed minimum', (_n, fn) => {
    for (const [x, y] of fn.minima) {
      expect(Math.abs(fn.f(x, y) - fn.fMin!)).toBeLessThan(1e-9);
      for (const g of fn.grad(x, y)) expect(Math.abs(g)).toBeLessThan(1e-6);
    }
  });

  it.each(fns)('%s: the exact gradient matches central differences at random points', (_n, fn) => {
    const rng = createRng(fn.name);
    for (let k = 0; k < 5; k++) {
      const x = rng.uniform(fn.view.xMin, fn.view.xMax) * 0.5;
      const y = rng.uniform(fn.view.yMin, fn.view.yMax) * 0.5;
      const h = 1e-6;
      const [gx, gy] = fn.grad(x, y);
      const scale = Math.max(1, Math.abs(gx), Math.abs(gy));
      expect(Math.abs((fn.f(x + h, y) - fn.f(x - h, y)) / (2 * h) - gx) / scale).toBeLessThan(1e-5);
      expect(Math.abs((fn.f(x, y + h) - fn.f(x, y - h)) / (2 * h) - gy) / scale).toBeLessThan(1e-5);
    }
  });

  it.each(fns)('%s: the tfjs objective and its gradient match the plain versions', async (_n, fn) => {
    await useBackend('cpu');
    const [x, y] = fn.start;
    const { value, grad } = tf.valueAndGrad(fn.tensor)(tf.tensor1d([x, y]));
    const scale = Math.max(1, Math.abs(fn.f(x, y)));
    expect(Math.abs(value.dataSync()[0]! - fn.f(x, y)) / scale).toBeLessThan(1e-5);
    const g = fn.grad(x, y);
    grad.dataSync().forEach((v, i) => expect(Math.abs(v - g[i]!) / Math.max(1, Math.abs(g[i]!))).toBeLessThan(1e-4));
    tf.dispose([value, grad]);
  });

  it.each(fns)('%s starts inside its default view', (_n, fn) => {
    const [x, y] = fn.start;
    expect(x >= fn.view.xMin && x <= fn.view.xMax && y >= fn.view.yMin && y <= fn.view.yMax).toBe(true);
  });

  it('evaluates a grid row-major with y outer', () => {
    const values = evaluateGrid({ f: (x, y) => 10 * y + x }, { xMin: 0, xMax: 2, yMin: 0, yMax: 1, nx: 3, ny: 2 });
    expect(Array.from(values)).toEqual([0, 1, 2, 10, 11, 12]);
  });

  it('rejects a grid with fewer than 2 samples per axis', () => {
    expect(() => evaluateGrid(TEST_FUNCTIONS.booth!, { xMin: 0, xMax: 1, yMin: 0, yMax: 1, nx: 1, ny: 5 })).toThrow('nx must be an integer >= 2 (got 1) in grid');
  });
});
