import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eachInSlices } from '../../lib/schedule';

// The page's clock, moved by the steps themselves: the test is about when the loop yields, not
// about how fast this machine is.
let now = 0;
const spin = (ms: number) => { now += ms; };
beforeEach(() => { now = 0; vi.spyOn(performance, 'now').mockImplementation(() => now); });
afterEach(() => { vi.restoreAllMocks(); });

describe('work cut into tasks', () => {
  it('does every item in order, yielding once the budget is spent, and reports each task\'s length', async () => {
    const done: number[] = [];
    const slices: number[] = [];
    const ok = await eachInSlices([0, 1, 2, 3, 4, 5], (item) => { spin(4); done.push(item); }, () => false, 10, (ms) => slices.push(ms));
    expect(ok).toBe(true);
    expect(done).toEqual([0, 1, 2, 3, 4, 5]);
    // Three steps of 4 ms pass a 10 ms budget: two tasks of three steps.
    expect(slices).toEqual([12, 12]);
  });

  it('stops when the page has moved on', async () => {
    const done: number[] = [];
    let cancelled = false;
    const ok = await eachInSlices([0, 1, 2, 3], (item) => { spin(6); done.push(item); cancelled = true; }, () => cancelled, 5);
    expect(ok).toBe(false);
    expect(done).toEqual([0]);
  });
});
