import { describe, expect, it } from 'vitest';
import { fitLogistic, type Example } from '../../lib/node/logistic';

describe('fitting a logistic model', () => {
  // Right when the first feature is high; the second is noise on a far larger scale.
  const examples: Example[] = Array.from({ length: 200 }, (_, i) => {
    const signal = (i % 20) / 20;
    return { x: [signal, ((i * 37) % 100) * 10], y: signal > 0.5 ? 1 : 0 };
  });

  it('learns which feature tells right from wrong, whatever its scale', () => {
    const model = fitLogistic(examples);
    expect(model.predict([0.9, 500])).toBeGreaterThan(0.8);
    expect(model.predict([0.1, 500])).toBeLessThan(0.2);
    expect(Math.abs(model.weights[1] * 1000)).toBeLessThan(Math.abs(model.weights[0]));
  });

  it('gives weights on the features’ own scale, so the plain weighted sum predicts', () => {
    const model = fitLogistic(examples);
    const x = [0.7, 300];
    const sum = model.bias + model.weights[0] * x[0] + model.weights[1] * x[1];
    expect(model.predict(x)).toBeCloseTo(1 / (1 + Math.exp(-sum)), 10);
  });

  it('says so when there is nothing to fit', () => {
    expect(() => fitLogistic([])).toThrow(/no examples/);
  });
});
