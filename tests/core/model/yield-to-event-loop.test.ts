import { describe, expect, it, vi } from 'vitest';
import { yieldToEventLoop } from '../../../src/core/model/yield-to-event-loop';

describe('yieldToEventLoop', () => {
  it('lets an already queued task run before it resolves', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the timer is due now
    const queued = new Promise<void>((resolve) => setTimeout(() => (order.push('second task'), resolve()), 0));
    await yieldToEventLoop();
    order.push('after yield');
    await queued;
    expect(order[0]).toBe('queued task');
    expect(order).toContain('after yield');
  });

  it('uses a MessageChannel round trip, not a (clampable) timer, where MessageChannel exists', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    try {
      for (let i = 0; i < 20; i++) await yieldToEventLoop();
      expect(timer).not.toHaveBeenCalled();
    } finally {
      timer.mockRestore();
    }
  });

  it('falls back to setTimeout without MessageChannel', async () => {
    vi.stubGlobal('MessageChannel', undefined);
    const timer = vi.spyOn(globalThis, 'setTimeout');
    try {
      await yieldToEventLoop();
      expect(timer).toHaveBeenCalledTimes(1);
    } finally {
      timer.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
