/**
 * The matcher: retrieve a few candidate passages from the index, re-score them by how much of
 * each one the sentence covers (with fuse.js forgiving typos), check polarity, keep the best.
 */
import Fuse from 'fuse.js';
import { InvertedIndex, type Passage, type SerialisedIndex } from './inverted-index';
import { wordsOf, type Word } from './words';
import { polarity, polarityAround } from './negation';
import {
  CANDIDATES, CLAIM_COVERAGE_BETA, MATCH_THRESHOLD, MIN_SHARED_TERMS, TYPO_MIN_LENGTH,
  TYPO_SCORE, TYPO_SEARCH_MARGIN, TYPO_WEIGHT,
} from './tuning';

/** Something that can be matched: an id and the texts that say it (the first one is its own). */
export interface MatchableDoc {
  id: string;
  texts: readonly string[];
}

export interface Similarity {
  /** 0..1 */
  score: number;
  /** The sentence's words that carried the match, as written in the sentence (normalised). */
  words: string[];
  /** The sentence says the opposite of the passage (a negation or a reversal word differs). */
  negated: boolean;
}

export interface DocMatch extends Similarity {
  doc: number;
  passage: number;
  /** The passage's BM25 score for the text, as retrieved from the index. */
  retrieval: number;
}

export interface MatchOptions {
  threshold?: number;
}

/** A sentence, analysed once and compared with many passages. */
class Query {
  readonly words: Word[];
  /** term -> positions in `words` */
  readonly positions = new Map<string, number[]>();
  private fuse: Fuse<string> | undefined;

  constructor(text: string) {
    this.words = wordsOf(text);
    this.words.forEach((word, i) => {
      if (!word.term) return;
      const list = this.positions.get(word.term);
      if (list) list.push(i);
      else this.positions.set(word.term, [i]);
    });
  }

  get terms(): string[] {
    return [...this.positions.keys()];
  }

  /** Position of a word in the sentence that is `surface` misspelt, or -1. */
  typoOf(surface: string): number {
    this.fuse ??= new Fuse(this.words.map((w) => (w.term ? w.surface : '')), {
      includeScore: true,
      threshold: TYPO_SCORE,
      ignoreLocation: true,
      minMatchCharLength: TYPO_MIN_LENGTH - 1,
    });
    const [best] = this.fuse.search(surface, { limit: 1 });
    if (!best || (best.score ?? 1) > TYPO_SCORE) return -1;
    return best.item.length >= TYPO_MIN_LENGTH ? best.refIndex : -1;
  }
}

/** A passage's words, computed once per passage and kept. */
interface PassageWords {
  words: Word[];
  /** Distinct content terms with a surface form for each (for typo search). */
  terms: Map<string, string>;
  polarity: 1 | -1;
}

export class Matcher {
  private readonly passageWords = new Map<number, PassageWords>();

  private constructor(
    private readonly index: InvertedIndex,
    private readonly passageTexts: readonly string[],
  ) {}

  static passagesOf(docs: readonly MatchableDoc[]): Passage[] {
    const passages: Passage[] = [];
    docs.forEach((doc, d) => {
      for (const text of doc.texts) passages.push({ doc: d, text });
    });
    return passages;
  }

  static build(docs: readonly MatchableDoc[]): Matcher {
    const passages = Matcher.passagesOf(docs);
    return new Matcher(InvertedIndex.build(passages), passages.map((p) => p.text));
  }

  /** Loads an index built earlier (at build time) for exactly these docs. */
  static load(docs: readonly MatchableDoc[], index: SerialisedIndex): Matcher {
    const passages = Matcher.passagesOf(docs);
    if (passages.length !== index.passageDocs.length) throw new Error('The saved index does not fit this corpus: rebuild it.');
    return new Matcher(InvertedIndex.load(index), passages.map((p) => p.text));
  }

  serialiseIndex(): SerialisedIndex {
    return this.index.serialise();
  }

  private wordsOfPassage(passage: number): PassageWords {
    let cached = this.passageWords.get(passage);
    if (!cached) {
      const words = wordsOf(this.passageTexts[passage]);
      const terms = new Map<string, string>();
      for (const word of words) if (word.term && !terms.has(word.term)) terms.set(word.term, word.surface);
      cached = { words, terms, polarity: polarity(words) };
      if (this.passageWords.size > 20_000) this.passageWords.clear(); // bounded for huge corpora
      this.passageWords.set(passage, cached);
    }
    return cached;
  }

  /** How well the sentence says the passage: F-beta of claim coverage and sentence coverage, IDF-weighted. */
  private similarity(query: Query, passage: number, threshold: number): Similarity & { shared: number } {
    const target = this.wordsOfPassage(passage);
    const idf = (term: string) => this.index.idfOf(term);
    let claimMass = 0;
    let claimCovered = 0;
    const matchedPositions: number[] = [];
    const missing: Array<[string, string]> = [];
    let shared = 0;
    for (const [term, surface] of target.terms) {
      const weight = idf(term);
      claimMass += weight;
      const at = query.positions.get(term);
      if (at) {
        claimCovered += weight;
        matchedPositions.push(at[0]);
        shared++;
      } else if (surface.length >= TYPO_MIN_LENGTH) missing.push([term, surface]);
    }
    let sentenceMass = 0;
    let sentenceCovered = 0;
    for (const term of query.positions.keys()) {
      const weight = idf(term);
      sentenceMass += weight;
      if (target.terms.has(term)) sentenceCovered += weight;
    }
    const score = () => fBeta(claimCovered / (claimMass || 1), sentenceCovered / (sentenceMass || 1));
    // Typos: only worth fuse.js's time for a candidate that could still reach the threshold.
    if (missing.length > 0 && score() >= threshold - TYPO_SEARCH_MARGIN) {
      for (const [term, surface] of missing) {
        const at = query.typoOf(surface);
        if (at < 0) continue;
        const weight = idf(term) * TYPO_WEIGHT;
        claimCovered += weight;
        sentenceCovered += Math.min(weight, idf(query.words[at].term));
        matchedPositions.push(at);
        shared++;
      }
    }
    const negated = polarityAround(query.words, matchedPositions) !== target.polarity;
    const words = [...new Set(matchedPositions.sort((a, b) => a - b).map((i) => query.words[i].surface))];
    return { score: round(score()), words, negated, shared };
  }

  /** Candidates for a text, re-scored, best first (one per doc). Used for matching and for ranking. */
  rank(text: string, limit: number, threshold = 0, candidates = Math.max(CANDIDATES, limit)): DocMatch[] {
    const query = new Query(text);
    const hits = this.index.search(query.terms, candidates);
    const best = new Map<number, DocMatch>();
    for (const hit of hits) {
      const doc = this.index.passageDocs[hit.passage];
      const { shared, ...similarity } = this.similarity(query, hit.passage, threshold);
      if (threshold > 0 && shared < MIN_SHARED_TERMS) continue;
      const previous = best.get(doc);
      if (!previous || similarity.score > previous.score) best.set(doc, { doc, passage: hit.passage, retrieval: hit.score, ...similarity });
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** The best doc this sentence repeats (or negates), if any clears the threshold. */
  match(sentence: string, options: MatchOptions = {}): DocMatch | null {
    const threshold = options.threshold ?? MATCH_THRESHOLD;
    const [best] = this.rank(sentence, 1, threshold);
    return best && best.score >= threshold ? best : null;
  }
}

function fBeta(recall: number, precision: number): number {
  const b2 = CLAIM_COVERAGE_BETA * CLAIM_COVERAGE_BETA;
  return precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
