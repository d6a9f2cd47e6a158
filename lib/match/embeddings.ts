/**
 * Word vectors, for ranking to credit a tweet's words that the claim says differently ("killed"
 * and "murdered", "vaccine" and "jab"): neither the stemmer, nor letter grams, nor the corpus's
 * own associations meet them. The table (assets/word-vectors/, made by
 * lib/node/word-vectors-build.ts) holds GloVe 6B vectors of the 50,000 most frequent words, cut
 * to 32 dimensions by PCA and stored as one signed byte per dimension, each vector scaled on its
 * own: cosines are all ranking asks of it, so the scale is not kept.
 *
 * The format, little-endian: "WV01", uint32 word count, uint32 dimensions, count x dimensions
 * int8, then the words, in the same order, joined by "\n".
 */
import type { Word } from './words';

const MAGIC = 'WV01';
const HEADER = 12;

/**
 * The table of only its first `count` words (the most frequent: the table is kept in order of
 * frequency), as bytes in the same format: the extension carries a smaller table than ranking.
 */
export function firstWordsOf(bytes: Uint8Array, count: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const total = view.getUint32(4, true);
  const dimensions = view.getUint32(8, true);
  if (count >= total) return bytes;
  const words = new TextDecoder().decode(bytes.subarray(HEADER + total * dimensions)).split('\n').slice(0, count);
  const text = new TextEncoder().encode(words.join('\n'));
  const cut = new Uint8Array(HEADER + count * dimensions + text.length);
  cut.set(bytes.subarray(0, HEADER + count * dimensions));
  new DataView(cut.buffer).setUint32(4, count, true);
  cut.set(text, HEADER + count * dimensions);
  return cut;
}

export class WordVectors {
  private constructor(
    /** Unit vectors, one after another. */
    private readonly vectors: Float32Array,
    private readonly ids: ReadonlyMap<string, number>,
    readonly dimensions: number,
  ) {}

  /** The table from its bytes (see the format above). */
  static fromBytes(bytes: Uint8Array): WordVectors {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = String.fromCharCode(...bytes.subarray(0, 4));
    if (magic !== MAGIC) throw new Error(`not a word-vector table (starts "${magic}")`);
    const count = view.getUint32(4, true);
    const dimensions = view.getUint32(8, true);
    const start = HEADER;
    const quantised = new Int8Array(bytes.buffer, bytes.byteOffset + start, count * dimensions);
    const words = new TextDecoder().decode(bytes.subarray(start + count * dimensions)).split('\n');
    if (words.length !== count) throw new Error(`word-vector table lists ${words.length} words for ${count} vectors`);
    const vectors = new Float32Array(count * dimensions);
    for (let i = 0; i < count; i++) {
      let sum = 0;
      for (let d = i * dimensions; d < (i + 1) * dimensions; d++) sum += quantised[d] * quantised[d];
      const norm = Math.sqrt(sum) || 1;
      for (let d = i * dimensions; d < (i + 1) * dimensions; d++) vectors[d] = quantised[d] / norm;
    }
    return new WordVectors(vectors, new Map(words.map((word, i) => [word, i])), dimensions);
  }

  /** The row of a word (lower case, as normalise() leaves it), or undefined when the table lacks it. */
  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Cosine of two words' vectors, by their rows. */
  cosine(a: number, b: number): number {
    const d = this.dimensions;
    let dot = 0;
    for (let i = 0; i < d; i++) dot += this.vectors[a * d + i] * this.vectors[b * d + i];
    return dot;
  }

  /** How near a word comes to the nearest of some others: their best cosine, 0 at worst. */
  nearest(id: number, others: readonly number[]): number {
    let best = 0;
    for (const other of others) best = Math.max(best, this.cosine(id, other));
    return best;
  }
}

/** A text's content words that have vectors, each once, with its term and IDF. */
export interface VectorBag {
  ids: number[];
  terms: string[];
  idfs: number[];
  /** Every content term of the text, with a vector or not. */
  allTerms: Set<string>;
}

export function vectorBag(words: readonly Word[], vectors: WordVectors, idfOf: (term: string) => number): VectorBag {
  const bag: VectorBag = { ids: [], terms: [], idfs: [], allTerms: new Set() };
  const at = new Map<number, number>();
  for (const word of words) {
    if (!word.term) continue;
    bag.allTerms.add(word.term);
    const id = vectors.idOf(word.surface);
    if (id === undefined) continue;
    const i = at.get(id);
    if (i !== undefined) {
      bag.idfs[i] += idfOf(word.term); // a word said twice weighs twice
      continue;
    }
    at.set(id, bag.ids.length);
    bag.ids.push(id);
    bag.terms.push(word.term);
    bag.idfs.push(idfOf(word.term));
  }
  return bag;
}

/**
 * How near the claim's words come to the tweet's words it does not hold: for each content word
 * of the tweet whose term the claim lacks, its best cosine with any of the claim's words (0 at
 * worst), averaged with IDF weights; 0 when the claim holds every word. Words the claim holds
 * are left to the features that count shared words.
 */
export function softAlignment(tweet: VectorBag, claim: VectorBag, vectors: WordVectors): number {
  let weighted = 0;
  let mass = 0;
  for (let i = 0; i < tweet.ids.length; i++) {
    if (claim.allTerms.has(tweet.terms[i])) continue;
    weighted += tweet.idfs[i] * vectors.nearest(tweet.ids[i], claim.ids);
    mass += tweet.idfs[i];
  }
  return mass ? weighted / mass : 0;
}
