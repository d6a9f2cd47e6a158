/**
 * A model of boosted decision trees, as `npm run fit-marks` writes it (lib/node/boosting.ts):
 * each tree splits on a feature at a value and ends in a leaf that adds to the sum. Plain data,
 * so the model is a file of numbers and applying it is a walk down each tree.
 */

/** A leaf's value, or a split: [feature's index, value, tree for at most it, tree for more]. */
export type Tree = number | readonly [feature: number, at: number, low: Tree, high: Tree];

export interface BoostedTrees {
  /** The log-odds before any tree. */
  base: number;
  /** How much of each tree's leaf is added. */
  rate: number;
  trees: readonly Tree[];
}

export function leafOf(tree: Tree, x: readonly number[]): number {
  let node = tree;
  while (typeof node !== 'number') node = x[node[0]] <= node[1] ? node[2] : node[3];
  return node;
}

/** The model's probability for features x. */
export function probabilityOf(model: BoostedTrees, x: readonly number[]): number {
  let sum = model.base;
  for (const tree of model.trees) sum += model.rate * leafOf(tree, x);
  return 1 / (1 + Math.exp(-sum));
}
