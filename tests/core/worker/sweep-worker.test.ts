/**
 * The sweep worker's own loop, run in Node (its scope is globalThis): rows arrive one by one, a 'stop' ends the sweep
 * after the row in progress with 'sweep-cancelled' naming the rows posted, and a newer request supersedes an older one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SweepInbound, SweepMessage, SweepRequest } from '../../../src/core/worker/sweep-worker-types';
import { linSpace, logSpace } from '../../../src/core/sweep';

type Scope = { postMessage: (m: SweepMessage) => void; onmessage: ((e: { data: SweepInbound }) => void) | null };
const scope = globalThis as unknown as Scope;
const posted: SweepMessage[] = [];
let original: Scope['postMessage'] | undefined;

beforeAll(async () => {
  original = scope.postMessage;
  scope.postMessage = (m) => posted.push(m);
  await import('../../../src/core/worker/sweep-worker');
});
afterAll(() => {
  scope.postMessage = original!;
  scope.onmessage = null;
});

const ROW = 6;
function request(id: number, steps: number, rows = 8): SweepRequest {
  const lrs = logSpace(1e-3, 0.1, ROW);
  const momenta = linSpace(0, 0.9, rows);
  const configs = momenta.flatMap((momentum) => lrs.map((lr) => ({ name: 'sgd' as const, lr, momentum })));
  return { id, spec: { testFunction: 'rosenbrock', x0: [-1.5, 2], steps, configs, tolerance: 1e-3 }, rowLength: ROW };
}
const send = (m: SweepInbound) => scope.onmessage!({ data: m });
const of = (id: number) => posted.filter((m) => m.id === id);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('the sweep worker', () => {
  it('posts every row in order, then sweep-done', async () => {
    send(request(1, 50));
    await until(() => of(1).some((m) => m.type === 'sweep-done'));
    const rows = of(1).filter((m) => m.type === 'sweep-row');
    expect(rows.map((m) => m.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(rows.every((m) => m.results.length === ROW)).toBe(true);
    expect(of(1).at(-1)?.type).toBe('sweep-done');
  });

  it('stops after the row in progress on a stop, and says how many rows it posted', async () => {
    // The stop arrives while the worker is between rows 2 and 3 (as the reader's Cancel does, between two turns).
    const post = scope.postMessage;
    scope.postMessage = (m) => {
      post(m);
      if (m.id === 2 && m.type === 'sweep-row' && m.row === 2) queueMicrotask(() => send({ type: 'stop', id: 2 }));
    };
    send(request(2, 200, 50));
    await until(() => of(2).some((m) => m.type !== 'sweep-row'));
    scope.postMessage = post;
    expect(of(2).map((m) => m.type)).toEqual(['sweep-row', 'sweep-row', 'sweep-row', 'sweep-cancelled']);
    expect(of(2).at(-1)).toEqual({ type: 'sweep-cancelled', id: 2, rowsDone: 3 });
  });

  it('ignores a stop for an older sweep, and a newer request supersedes the running one silently', async () => {
    send(request(3, 1000, 200));
    await until(() => of(3).length >= 1);
    send({ type: 'stop', id: 2 });
    send(request(4, 20, 3));
    await until(() => of(4).some((m) => m.type === 'sweep-done'));
    expect(of(3).some((m) => m.type === 'sweep-cancelled' || m.type === 'sweep-done')).toBe(false);
    expect(of(3).length).toBeLessThan(200);
    expect(of(4).filter((m) => m.type === 'sweep-row')).toHaveLength(3);
  });
});
