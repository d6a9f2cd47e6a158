/**
 * Logistic regression by gradient descent, with an L2 penalty: enough for a few features and a
 * few thousand examples (npm run fit-marks), so no library is needed for it.
 */
export interface Example {
  x: readonly number[];
  y: 0 | 1;
}

export interface Logistic {
  /** On the features' own scale, so the model can be written down and applied as a plain sum. */
  weights: number[];
  bias: number;
  predict(x: readonly number[]): number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function fitLogistic(examples: readonly Example[], { penalty = 1, steps = 3000, rate = 0.5 } = {}): Logistic {
  if (examples.length === 0) throw new Error('fitLogistic: no examples to fit');
  const n = examples[0].x.length;
  // Standardised features make one learning rate suit them all.
  const mean = Array.from({ length: n }, (_, j) => examples.reduce((s, e) => s + e.x[j], 0) / examples.length);
  const spread = mean.map((m, j) => Math.sqrt(examples.reduce((s, e) => s + (e.x[j] - m) ** 2, 0) / examples.length) || 1);
  const z = examples.map((e) => e.x.map((v, j) => (v - mean[j]) / spread[j]));
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gradient = new Array<number>(n).fill(0);
    let gradientB = 0;
    examples.forEach((e, i) => {
      const error = sigmoid(b + z[i].reduce((s, v, j) => s + v * w[j], 0)) - e.y;
      for (let j = 0; j < n; j++) gradient[j] += error * z[i][j];
      gradientB += error;
    });
    for (let j = 0; j < n; j++) w[j] -= rate * (gradient[j] + penalty * w[j]) / examples.length;
    b -= (rate * gradientB) / examples.length;
  }
  const weights = w.map((wj, j) => wj / spread[j]);
  const bias = b - w.reduce((s, wj, j) => s + (wj * mean[j]) / spread[j], 0);
  return { weights, bias, predict: (x) => sigmoid(bias + x.reduce((s, v, j) => s + v * weights[j], 0)) };
}
