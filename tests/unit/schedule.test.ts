import { describe, expect, it } from 'vitest';
import { eachInSlices } from '../../lib/schedule';

/** Holds the thread for `ms`, as a slow step on a big page would. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* busy */ }
}

describe('work cut into tasks', () => {
  it('does every item in order, yielding once the budget is spent, and reports each task\'s length', async () => {
    const done: number[] = [];
    const slices: number[] = [];
    const ok = await eachInSlices([0, 1, 2, 3, 4, 5], (item) => { spin(4); done.push(item); }, () => false, 10, (ms) => slices.push(ms));
    expect(ok).toBe(true);
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
    // Three steps of 4 ms pass a 10 ms budget: two tasks, each under budget plus one step.
    expect(slices).toHaveLength(2);
    for (const ms of slices) expect(ms).toBeGreaterThanOrEqual(8);
    for (const ms of slices) expect(ms).toBeLessThan(30);
  });

  it('stops when the page has moved on', async () => {
    const done: number[] = [];
    let cancelled = false;
    const ok = await eachInSlices([0, 1, 2, 3], (item) => { spin(6); done.push(item); cancelled = true; }, () => cancelled, 5);
    expect(ok).toBe(false);
    expect(done).toEqual([0]);
  });
});
