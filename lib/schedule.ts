/**
 * Long work cut into short tasks, so that a huge page never freezes its tab: the loop yields
 * to the browser whenever it has used its time budget, and carries on in a new task.
 */

/** Our work in one task stays under this; the browser's long-task line is 50 ms. */
export const TASK_BUDGET_MS = 12;

/** Lets the browser run other tasks (input, rendering) before we go on. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `step` on each item, yielding between tasks once `budgetMs` is spent. Returns false when
 * `cancelled()` became true (the page moved on), true when every item was done. `onSlice` hears
 * how long each task took.
 */
export async function eachInSlices<T>(
  items: readonly T[],
  step: (item: T, index: number) => void,
  cancelled: () => boolean = () => false,
  budgetMs = TASK_BUDGET_MS,
  onSlice: (ms: number) => void = () => {},
): Promise<boolean> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    const spent = performance.now() - sliceStart;
    if (spent > budgetMs) {
      onSlice(spent);
      await yieldToBrowser();
      if (cancelled()) return false;
      sliceStart = performance.now();
    }
    step(items[i], i);
  }
  onSlice(performance.now() - sliceStart);
  return true;
}
