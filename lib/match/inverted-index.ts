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
  private readonly averageLength: number;

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
    this.averageLength = n ? total / n : 1;
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

  /** The `limit` best passages for the query terms by BM25, best first. */
  search(queryTerms: readonly string[], limit: number): Hit[] {
    const touched: number[] = [];
    const { scores } = this;
    const seen = new Set<number>();
    const large = this.passageCount >= LARGE_INDEX;
    for (const term of queryTerms) {
      const t = this.termIds.get(term);
      if (t === undefined || seen.has(t)) continue;
      if (large && this.idf[t] < MIN_QUERY_IDF && queryTerms.length > 1) continue;
      seen.add(t);
      const idf = this.idf[t];
      for (let i = this.offsets[t]; i < this.offsets[t + 1]; i++) {
        const p = this.postings[i];
        const tf = this.frequencies[i];
        const norm = K1 * (1 - B + (B * this.passageLengths[p]) / this.averageLength);
        if (scores[p] === 0) touched.push(p);
        scores[p] += (idf * tf * (K1 + 1)) / (tf + norm);
      }
    }
    const hits = topK(touched, scores, limit);
    for (const p of touched) scores[p] = 0;
    return hits;
  }
}

/** The k highest-scoring of `candidates`, best first, without sorting them all. */
function topK(candidates: readonly number[], scores: Float32Array, k: number): Hit[] {
  const best: Hit[] = [];
  for (const passage of candidates) {
    const score = scores[passage];
    if (best.length === k && score <= best[k - 1].score) continue;
    let i = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push({ passage, score });
    while (i > 0 && best[i - 1].score < score) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = { passage, score };
  }
  return best;
}
