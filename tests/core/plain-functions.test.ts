import { describe, expect, it } from 'vitest';
import { PLAIN_TEST_FUNCTIONS, TEST_FUNCTION_NAMES, getPlainTestFunction } from '../../src/core/plain-functions';

describe('the 2-D test functions table', () => {
  it('lists every function name once, in the table order (the playground menu order)', () => {
    expect([...TEST_FUNCTION_NAMES]).toEqual(Object.keys(PLAIN_TEST_FUNCTIONS));
  });

  it.each(TEST_FUNCTION_NAMES)('"%s" is named after its own key and starts inside its view', (name) => {
    const fn = getPlainTestFunction(name);
    expect(fn.name).toBe(name);
    expect(fn.start[0]).toBeGreaterThanOrEqual(fn.view.xMin);
    expect(fn.start[0]).toBeLessThanOrEqual(fn.view.xMax);
    expect(fn.start[1]).toBeGreaterThanOrEqual(fn.view.yMin);
    expect(fn.start[1]).toBeLessThanOrEqual(fn.view.yMax);
  });
});
