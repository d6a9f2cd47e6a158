import { describe, expect, it } from 'vitest';
import { fitBoostedTrees, type Example } from '../../lib/node/boosting';
import { probabilityOf } from '../../lib/check/boosted-trees';

describe('fitting boosted trees', () => {
  // Right when exactly one of two features is high: no weighted sum of the two can tell it.
  const examples: Example[] = Array.from({ length: 400 }, (_, i) => {
    const [a, b] = [(i % 20) / 20, (Math.floor(i / 20) % 20) / 20];
    return { x: [a, b, ((i * 37) % 100) * 10], y: a > 0.5 !== b > 0.5 ? 1 : 0 };
  });

  it('learns a pattern that depends on two features together', () => {
    const model = fitBoostedTrees(examples);
    expect(model.predict([0.8, 0.2, 500])).toBeGreaterThan(0.8);
    expect(model.predict([0.2, 0.8, 500])).toBeGreaterThan(0.8);
    expect(model.predict([0.8, 0.8, 500])).toBeLessThan(0.2);
    expect(model.predict([0.2, 0.2, 500])).toBeLessThan(0.2);
  });

  it('writes the model as plain data that gives the same probabilities', () => {
    const model = fitBoostedTrees(examples, { rounds: 20 });
    const written = JSON.parse(JSON.stringify({ base: model.base, rate: model.rate, trees: model.trees }));
    expect(written.trees).toHaveLength(20);
    expect(probabilityOf(written, [0.7, 0.1, 300])).toBeCloseTo(model.predict([0.7, 0.1, 300]), 12);
  });

  it('says so when there is nothing to fit', () => {
    expect(() => fitBoostedTrees([])).toThrow(/no examples/);
  });
});
