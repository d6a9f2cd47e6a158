/**
 * An inverted index over passages, ranked with BM25. Typed arrays keep it compact (100,000
 * claims fit in a few tens of MB) and let it be serialised at build time and loaded as is.
 */
import { termsOf } from './words';

/** BM25 parameters: the usual values; the CheckThat! train split showed no gain from others. */
const K1 = 1.2;
const B = 0.75;
/**
 * In a large index, query words with a lower IDF (in over ~27% of passages) are not looked up:
 * they add little to BM25 but cost long posting lists. Small corpora keep every word.
 */
const MIN_QUERY_IDF = 1;
const LARGE_INDEX = 1_000;
/**
 * A postings list longer than this share of the passages (and LONG_LIST_MIN) is not walked;
 * its term only updates the best HEAVY_CANDIDATES_PER_HIT x limit candidates. On CheckThat!
 * train MAP@5 went from 0.8570 to 0.8574; at 100,000 synthetic claims the article's match time
 * fell from 233 ms to 69 ms (npm run bench).
 */
const LONG_LIST_SHARE = 0.02;
const LONG_LIST_MIN = 150;
const HEAVY_CANDIDATES_PER_HIT = 8;

export interface Passage {
  /** Index of the document (claim) this passage belongs to. */
  doc: number;
  text: string;
}

export interface SerialisedIndex {
  version: 1;
  terms: string[];
  /** Per term: offset into `postings` (length terms + 1). */
  offsets: number[];
  /** Passage numbers, grouped by term. */
  postings: number[];
  /** Term frequency for each posting. */
  frequencies: number[];
  passageDocs: number[];
  passageLengths: number[];
}

export interface Hit {
  passage: number;
  score: number;
}

export class InvertedIndex {
  private readonly termIds: Map<string, number>;
  private readonly idf: Float32Array;
  private readonly scores: Float32Array;
  /** Per long-listed term, which passages hold it, as bits: made on first use, never saved. */
  private readonly presence = new Map<number, Uint32Array>();
  /** Per passage, BM25's length normalisation (K1 scaled by its length against the average), worked out once, not per posting. */
  private readonly norms: Float64Array;

  private constructor(
    readonly terms: string[],
    private readonly offsets: Uint32Array,
    private readonly postings: Uint32Array,
    private readonly frequencies: Uint16Array,
    readonly passageDocs: Uint32Array,
    private readonly passageLengths: Uint16Array,
  ) {
    this.termIds = new Map(terms.map((term, id) => [term, id]));
    const n = passageDocs.length;
    this.idf = new Float32Array(terms.length);
    for (let t = 0; t < terms.length; t++) {
      const df = offsets[t + 1] - offsets[t];
      this.idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    let total = 0;
    for (const length of passageLengths) total += length;
    const averageLength = n ? total / n : 1;
    this.norms = Float64Array.from(passageLengths, (length) => K1 * (1 - B + (B * length) / averageLength));
    this.scores = new Float32Array(n);
  }

  static build(passages: readonly Passage[]): InvertedIndex {
    const termIds = new Map<string, number>();
    const perTerm: number[][] = [];
    const perTermFreq: number[][] = [];
    const lengths = new Uint16Array(passages.length);
    passages.forEach((passage, p) => {
      const counts = new Map<number, number>();
      const terms = termsOf(passage.text);
      lengths[p] = Math.min(terms.length, 65_535);
      for (const term of terms) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = perTerm.length;
          termIds.set(term, id);
          perTerm.push([]);
          perTermFreq.push([]);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, count] of counts) {
        perTerm[id].push(p);
        perTermFreq[id].push(Math.min(count, 65_535));
      }
    });
    const offsets = new Uint32Array(perTerm.length + 1);
    for (let t = 0; t < perTerm.length; t++) offsets[t + 1] = offsets[t] + perTerm[t].length;
    const postings = new Uint32Array(offsets[perTerm.length]);
    const frequencies = new Uint16Array(postings.length);
    for (let t = 0; t < perTerm.length; t++) {
      postings.set(perTerm[t], offsets[t]);
      frequencies.set(perTermFreq[t], offsets[t]);
    }
    const docs = Uint32Array.from(passages, (p) => p.doc);
    return new InvertedIndex([...termIds.keys()], offsets, postings, frequencies, docs, lengths);
  }

  static load(data: SerialisedIndex): InvertedIndex {
    return new InvertedIndex(
      data.terms,
      Uint32Array.from(data.offsets),
      Uint32Array.from(data.postings),
      Uint16Array.from(data.frequencies),
      Uint32Array.from(data.passageDocs),
      Uint16Array.from(data.passageLengths),
    );
  }

  serialise(): SerialisedIndex {
    return {
      version: 1,
      terms: this.terms,
      offsets: [...this.offsets],
      postings: [...this.postings],
      frequencies: [...this.frequencies],
      passageDocs: [...this.passageDocs],
      passageLengths: [...this.passageLengths],
    };
  }

  get passageCount(): number {
    return this.passageDocs.length;
  }

  /** Inverse document frequency of a term; unknown terms are as rare as can be. */
  idfOf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? Math.log(1 + (this.passageCount + 0.5) / 0.5) : this.idf[id];
  }

  /**
   * The `limit` best passages for the query terms by BM25, best first. Rare terms are read in
   * full; a term with a very long postings list (a word in thousands of passages) adds little
   * to any score, so it only updates the best candidates found so far, looked up by binary
   * search, instead of walking the whole list: the corpus can grow tenfold at little cost.
   */
  search(queryTerms: readonly string[], limit: number): Hit[] {
    const { scores } = this;
    const large = this.passageCount >= LARGE_INDEX;
    const longList = Math.max(LONG_LIST_MIN, this.passageCount * LONG_LIST_SHARE);
    const touched: number[] = [];
    const heavy: number[] = [];
    for (const term of new Set(queryTerms)) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      if (large && this.idf[t] < MIN_QUERY_IDF && queryTerms.length > 1) continue;
      if (this.offsets[t + 1] - this.offsets[t] > longList) {
        heavy.push(t);
        continue;
      }
      for (let at = this.offsets[t]; at < this.offsets[t + 1]; at++) {
        const p = this.postings[at];
        if (scores[p] === 0) touched.push(p);
        scores[p] += this.contribution(t, at, p);
      }
    }
    if (heavy.length && touched.length === 0) {
      // Nothing rarer to go on: the common words are all the query has.
      for (const t of heavy) {
        for (let at = this.offsets[t]; at < this.offsets[t + 1]; at++) {
          const p = this.postings[at];
          if (scores[p] === 0) touched.push(p);
          scores[p] += this.contribution(t, at, p);
        }
      }
    } else if (heavy.length) {
      const best = bestOf(touched, scores, limit * HEAVY_CANDIDATES_PER_HIT);
      // Term by term: each passage still adds its terms in the query's order.
      for (const t of heavy) {
        const bits = this.presenceOf(t);
        for (const passage of best) {
          if ((bits[passage >>> 5] & (1 << (passage & 31))) === 0) continue;
          const at = this.find(t, passage);
          if (at >= 0) scores[passage] += this.contribution(t, at, passage);
        }
      }
    }
    const hits = topK(touched, scores, limit).map((passage) => ({ passage, score: scores[passage] }));
    for (const p of touched) scores[p] = 0;
    return hits;
  }

  private contribution(t: number, at: number, p: number): number {
    const tf = this.frequencies[at];
    return (this.idf[t] * tf * (K1 + 1)) / (tf + this.norms[p]);
  }

  /** A bit per passage, set where term t occurs: most candidates lack a given common word. */
  private presenceOf(t: number): Uint32Array {
    let bits = this.presence.get(t);
    if (!bits) {
      bits = new Uint32Array((this.passageCount + 31) >>> 5);
      for (let at = this.offsets[t]; at < this.offsets[t + 1]; at++) bits[this.postings[at] >>> 5] |= 1 << (this.postings[at] & 31);
      this.presence.set(t, bits);
    }
    return bits;
  }

  /** Where passage p stands in term t's postings (sorted by passage), or -1. */
  private find(t: number, p: number): number {
    let lo = this.offsets[t];
    let hi = this.offsets[t + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = this.postings[mid];
      if (value === p) return mid;
      if (value < p) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** The k highest-scoring of `candidates`, best first (ties in the order given), without sorting them all. */
function topK(candidates: readonly number[], scores: Float32Array, k: number): number[] {
  if (k <= 0) return [];
  // Kept sorted, best first; a newcomer finds its place by binary search and shifts the rest.
  const best: number[] = [];
  for (const passage of candidates) {
    const score = scores[passage];
    if (best.length === k && score <= scores[best[k - 1]]) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scores[best[mid]] >= score) lo = mid + 1;
      else hi = mid;
    }
    // A plain loop: for a few dozen entries it is cheaper than copyWithin's call.
    let at = best.length < k ? best.length : k - 1;
    for (; at > lo; at--) best[at] = best[at - 1];
    best[lo] = passage;
  }
  return best;
}

/**
 * The same passages as topK(candidates, scores, k), in no particular order. The heavy terms only
 * need to know which passages to visit, and keeping dozens of passages sorted as they come costs
 * more than the visits: a heap finds the k best scores, then one pass picks their passages.
 */
function bestOf(candidates: readonly number[], scores: Float32Array, k: number): readonly number[] {
  if (candidates.length <= k) return candidates;
  const heap = highestScores(candidates, scores, k);
  const cut = heap[0];
  // Every score above the cut makes it; of those equal to it, as many as the heap holds, the
  // first listed (as in topK). That is k passages in all: the pass can stop there.
  let ties = 0;
  for (const score of heap) if (score === cut) ties++;
  const best: number[] = [];
  for (let i = 0; best.length < k; i++) {
    const score = scores[candidates[i]];
    if (score > cut || (score === cut && ties-- > 0)) best.push(candidates[i]);
  }
  return best;
}

/** The k highest scores of the candidates (k <= their number) as a min-heap: the lowest at [0]. */
function highestScores(candidates: readonly number[], scores: Float32Array, k: number): Float64Array {
  const heap = new Float64Array(k);
  for (let i = 0; i < k; i++) siftUp(heap, i, scores[candidates[i]]);
  for (let i = k; i < candidates.length; i++) {
    const score = scores[candidates[i]];
    if (score > heap[0]) siftDown(heap, k, score);
  }
  return heap;
}

/** Puts `value` at heap[at], the end of a min-heap, and moves it up to its place. */
function siftUp(heap: Float64Array, at: number, value: number): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (heap[parent] <= value) break;
    heap[at] = heap[parent];
    at = parent;
  }
  heap[at] = value;
}

/** Replaces the root of a min-heap of `size` with `value` and moves it down to its place. */
function siftDown(heap: Float64Array, size: number, value: number): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1] < heap[child]) child++;
    if (heap[child] >= value) break;
    heap[at] = heap[child];
    at = child;
  }
  heap[at] = value;
}
