/**
 * Ranking claims for a text, as a search engine would list them (the `rank` command): the
 * matcher's candidates, each scored by a fitted blend of its similarity, the index's BM25 score
 * (which knows how rare each shared word is across the whole corpus), letter grams (which meet
 * words the stemmer keeps apart), words the corpus uses for one another, names, whether the
 * claim's dates fit the tweet's, the words the leading candidates share, and, when given word
 * vectors, how near the claim's words come to the tweet's words it lacks (embeddings.ts). The
 * extension matches sentences with the Matcher alone.
 */
import type { DocMatch, Matcher } from './matcher';
import { termsOf, wordsOf } from './words';
import { nameTermsOf, shareOfNames } from './names';
import { feedbackShares } from './feedback';
import { cosine, letterGrams, type GramVector } from './letter-grams';
import { Associations, type TitledText } from './associations';
import { signatureDate, signatureName, withoutSignature } from './tweet';
import { dateAgreement, datesIn, monthOf, type MonthSpan } from './dates';
import { softAlignment, vectorBag, type VectorBag, type WordVectors } from './embeddings';
import {
  ASSOCIATION_WEIGHT, AUTHOR_WEIGHT, DATE_WEIGHT, FEEDBACK_LEADERS, FEEDBACK_WEIGHT, LETTER_GRAM_WEIGHT,
  NEAR_WORDS_WEIGHT, RETRIEVAL_WEIGHT, SEARCH_CANDIDATES, SIMILARITY_WEIGHT, TWEET_NAME_WEIGHT,
} from './tuning';

/** What ranking weighs in a candidate; tuning.ts has the weights and how they were fitted. */
export interface RankFeatures {
  /** BM25, scaled to the best candidate's. */
  retrieval: number;
  /** The matcher's similarity. */
  similarity: number;
  /** Cosine of letter grams with the tweet's body. */
  letters: number;
  /** Share of the claim's IDF mass in words associated with the query's. */
  association: number;
  /** Share of the tweet's names the claim holds. */
  tweetNames: number;
  /** Share of the signature's author name the claim holds. */
  author: number;
  /** Whether the claim's dates agree with the tweet's (1), conflict (-1) or neither (dates.ts). */
  date: number;
  /** How near the claim's words come to the tweet's words it lacks, by word vectors (0 without them). */
  nearWords: number;
  /** Words the other leading candidates use (feedback.ts). */
  feedback: number;
}

type FirstPassFeature = Exclude<keyof RankFeatures, 'feedback'>;

/** Weights of the features scored before feedback, which needs their order. */
const FIRST_PASS: Record<FirstPassFeature, number> = {
  similarity: SIMILARITY_WEIGHT,
  retrieval: RETRIEVAL_WEIGHT,
  letters: LETTER_GRAM_WEIGHT,
  association: ASSOCIATION_WEIGHT,
  tweetNames: TWEET_NAME_WEIGHT,
  author: AUTHOR_WEIGHT,
  date: DATE_WEIGHT,
  nearWords: NEAR_WORDS_WEIGHT,
};

export type RankedMatch = DocMatch & { rankScore: number; features: RankFeatures };

export class Ranker {
  private associations?: Associations;
  private vectors?: WordVectors;
  private readonly passages = new Map<number, Passage>();

  constructor(private readonly matcher: Matcher) {}

  /** Lets ranking learn which words the docs' titles and texts use for one another. */
  associate(docs: readonly TitledText[]): void {
    this.associations = Associations.build(docs);
  }

  /** Lets ranking credit words the claim says differently (embeddings.ts). */
  useWordVectors(vectors: WordVectors): void {
    this.vectors = vectors;
    this.passages.clear();
  }

  /** The `limit` claims best ranked for `text`, best first. */
  search(text: string, limit: number): RankedMatch[] {
    const depth = Math.max(limit, SEARCH_CANDIDATES);
    const hits = this.matcher.rank(text, depth, 0, depth);
    const top = Math.max(...hits.map((h) => h.retrieval), Number.EPSILON);
    const body = withoutSignature(text);
    const bodyWords = wordsOf(body);
    const grams = letterGrams(bodyWords, this.matcher.idfOf);
    const vectors = this.vectors;
    const tweetBag = vectors && vectorBag(bodyWords, vectors, this.matcher.idfOf);
    const terms = new Set(termsOf(text));
    const associated = this.associations?.expand(terms) ?? new Map<string, number>();
    const tweetNames = nameTermsOf(body);
    const author = new Set(termsOf(signatureName(text)));
    const month = monthOf(signatureDate(text));
    const counts = hits.map((hit) => this.matcher.termCountsOf(hit.passage));
    const scored = hits.map((hit, i) => {
      const passageTerms = counts[i].terms;
      const passage = this.passageOf(hit.passage);
      const features: RankFeatures = {
        retrieval: hit.retrieval / top,
        similarity: hit.score,
        letters: cosine(grams, passage.grams),
        association: associationShare(passageTerms, terms, associated),
        tweetNames: shareOfNames(tweetNames, passageTerms),
        author: shareOfNames(author, passageTerms),
        date: month === undefined ? 0 : dateAgreement(month, passage.dates),
        nearWords: vectors && tweetBag && passage.bag ? softAlignment(tweetBag, passage.bag, vectors) : 0,
        feedback: 0,
      };
      let score = 0;
      for (const name of Object.keys(FIRST_PASS) as FirstPassFeature[]) score += FIRST_PASS[name] * features[name];
      return { ...hit, rankScore: score, features };
    });
    // Second pass: credit the words the leading candidates share (feedback.ts).
    const order = scored.map((_, i) => i).sort((a, b) => scored[b].rankScore - scored[a].rankScore);
    const feedback = feedbackShares(counts, order, FEEDBACK_LEADERS, terms);
    return scored
      .map((hit, i) => ({
        ...hit,
        rankScore: round(hit.rankScore + FEEDBACK_WEIGHT * feedback[i]),
        features: { ...hit.features, feedback: feedback[i] },
      }))
      .sort((a, b) => b.rankScore - a.rankScore)
      .slice(0, limit);
  }

  /** A passage's letter grams, the dates it names and its word vectors, worked out once. */
  private passageOf(passage: number): Passage {
    let found = this.passages.get(passage);
    if (!found) {
      const text = this.matcher.passageText(passage);
      const words = wordsOf(text);
      found = {
        grams: letterGrams(words, this.matcher.idfOf),
        dates: datesIn(text),
        bag: this.vectors && vectorBag(words, this.vectors, this.matcher.idfOf),
      };
      if (this.passages.size > 20_000) this.passages.clear(); // bounded for huge corpora
      this.passages.set(passage, found);
    }
    return found;
  }
}

interface Passage {
  grams: GramVector;
  dates: MonthSpan[];
  bag?: VectorBag;
}

/** Share of the passage's IDF mass in words the query does not hold but is associated with. */
function associationShare(
  passageTerms: ReadonlyMap<string, { idf: number }>,
  terms: ReadonlySet<string>,
  associated: ReadonlyMap<string, number>,
): number {
  if (associated.size === 0) return 0;
  let mass = 0;
  let covered = 0;
  for (const [term, { idf }] of passageTerms) {
    mass += idf;
    if (!terms.has(term)) covered += (associated.get(term) ?? 0) * idf;
  }
  return covered / (mass || 1);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
