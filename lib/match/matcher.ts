/**
 * The matcher: retrieve a few candidate passages from the index, re-score them by how much of
 * each one the sentence covers (with fuse.js forgiving typos, see typos.ts), check polarity, keep the best.
 */
import { InvertedIndex, type Passage, type SerialisedIndex } from './inverted-index';
import { wordsOf, type Word } from './words';
import { negatorsOf, saysOpposite, type Negator } from './negation';
import { antonymsOf, kinOf } from './antonyms';
import { nameTermsOf } from './names';
import { alternativePositions, askedPositions, isQuestion } from './questions';
import { concededPositions } from './concessions';
import { conditionPositions } from './conditions';
import { attributionSpans } from './attribution';
import { amountsOf, isUnitTerm, otherAmounts, type Amount } from './amounts';
import type { TermCounts } from './feedback';
import { SentenceSpellings, spellingOf, type Spelling } from './typos';
import {
  CANDIDATES, CLAIM_COVERAGE_BETA, MATCH_CANDIDATES, MATCH_THRESHOLD, MIN_SHARED_TERMS, TYPO_MIN_LENGTH, TYPO_SEARCH_MARGIN,
  TYPO_WEIGHT,
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

  readonly negations: Negator[];
  /** Positions of the words the sentence asks about rather than says (questions.ts). */
  readonly asked: Set<number>;
  /** Positions of the words it states only as a condition (conditions.ts). */
  readonly conditional: Set<number>;
  /** For each term the sentence holds the opposite of: that opposite, and where it stands. */
  readonly opposites = new Map<string, Array<{ term: string; at: number }>>();
  /** The amounts the sentence gives (numbers that are not years). */
  readonly amounts: Amount[];
  readonly spellings: SentenceSpellings;
  /** IDF of each of the sentence's terms, and their sum. */
  readonly idf = new Map<string, number>();
  readonly mass: number;
  /**
   * Terms only in the attribution (attribution.ts) and their IDF mass: they count towards
   * the sentence's mass only where they match.
   */
  readonly attributed = new Set<string>();
  readonly attributedMass: number = 0;

  constructor(
    readonly text: string,
    idfOf: (term: string) => number,
  ) {
    this.words = wordsOf(text);
    this.negations = negatorsOf(this.words);
    this.asked = askedPositions(this.words, isQuestion(text));
    this.conditional = conditionPositions(this.words);
    this.amounts = amountsOf(this.words);
    const alternatives = alternativePositions(this.words);
    this.spellings = new SentenceSpellings(this.words.map((word, i) => (word.term && !alternatives.has(i) ? word.surface : '')));
    this.words.forEach((word, i) => {
      if (!word.term || alternatives.has(i)) return;
      const list = this.positions.get(word.term);
      if (list) list.push(i);
      else this.positions.set(word.term, [i]);
    });
    for (const [term, at] of this.positions) {
      for (const opposite of antonymsOf(term)) {
        const list = this.opposites.get(opposite) ?? [];
        list.push({ term, at: at[0] });
        this.opposites.set(opposite, list);
      }
    }
    let mass = 0;
    for (const term of this.positions.keys()) {
      const idf = idfOf(term);
      this.idf.set(term, idf);
      mass += idf;
    }
    this.mass = mass;
    const spans = attributionSpans(this.words);
    if (!spans.length) return;
    const inSpan = (i: number) => spans.some(([start, end]) => i >= start && i < end);
    const said = new Set(this.words.filter((_, i) => !inSpan(i)).map((word) => word.term));
    for (const [i, word] of this.words.entries()) {
      // Only terms the sentence counts: not stop words, nor opposites offered as alternatives.
      if (!this.idf.has(word.term) || !inSpan(i) || said.has(word.term) || this.attributed.has(word.term)) continue;
      this.attributed.add(word.term);
      this.attributedMass += this.idf.get(word.term)!;
    }
  }

  /** What a matched term adds back to the sentence's mass: its IDF if the attribution holds it. */
  massIfMatched(term: string): number {
    return this.attributed.has(term) ? this.idf.get(term)! : 0;
  }

  get terms(): string[] {
    return [...this.positions.keys()];
  }
}

interface PassageTerm {
  surface: string;
  at: number;
  idf: number;
  /** For typo search; only for words long enough to be misspelt. */
  spelling?: Spelling;
  /** A name (see names.ts): sharing it shows the same subject, not the same statement. */
  name: boolean;
}

/** A passage's words, computed once per passage and kept. */
interface PassageWords {
  /** Distinct content terms: a surface form (for typo search), first position and IDF of each. */
  terms: Map<string, PassageTerm>;
  /** First position of a term -> every position of it. */
  positions: Map<number, number[]>;
  negations: Negator[];
  asked: Set<number>;
  /** Where it only grants what its point sets itself against (concessions.ts). */
  conceded: Set<number>;
  /** What it states only as a condition ("once training finishes": conditions.ts). */
  conditional: Set<number>;
  amounts: Amount[];
  /** The sum of its terms' IDF. */
  mass: number;
}

export class Matcher {
  private readonly passageWords = new Map<number, PassageWords>();
  /** The last sentence's analysis: checking a sentence ranks it more than once (lib/check). */
  private lastQuery?: Query;

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
      const text = this.passageTexts[passage];
      const words = wordsOf(text);
      const names = nameTermsOf(text);
      const terms = new Map<string, PassageTerm>();
      const positions = new Map<number, number[]>();
      words.forEach((word, at) => {
        if (!word.term) return;
        const first = terms.get(word.term);
        if (first) {
          positions.get(first.at)!.push(at);
          return;
        }
        positions.set(at, [at]);
        const spelling = word.surface.length >= TYPO_MIN_LENGTH ? spellingOf(word.surface) : undefined;
        terms.set(word.term, { surface: word.surface, at, idf: this.index.idfOf(word.term), spelling, name: names.has(word.term) });
      });
      let mass = 0;
      for (const term of terms.values()) mass += term.idf;
      cached = { terms, positions, negations: negatorsOf(words), asked: askedPositions(words, isQuestion(text)), conceded: concededPositions(words), conditional: conditionPositions(words), amounts: amountsOf(words), mass };
      if (this.passageWords.size > 20_000) this.passageWords.clear(); // bounded for huge corpora
      this.passageWords.set(passage, cached);
    }
    return cached;
  }

  /**
   * How well the sentence says the passage, from exact (and antonym) word matches: F-beta of
   * claim coverage and sentence coverage, IDF-weighted. Typos are added later, and only where
   * they could change the outcome (see rank).
   */
  private compare(query: Query, passage: number): Comparison {
    const target = this.wordsOfPassage(passage);
    const c: Comparison = {
      passage, target, claimMass: target.mass, claimCovered: 0, sentenceMass: query.mass - query.attributedMass, sentenceCovered: 0,
      inSentence: [], inPassage: [], missing: [], antonyms: [], said: 0,
    };
    // One word of the sentence answers one word of the passage: "trails" against both "best"
    // and "ahead" is one reversal, not two that cancel out.
    const usedOpposites = new Set<number>();
    for (const [term, where] of target.terms) {
      let at = query.positions.get(term);
      let opposite = at ? -1 : antonymIn(term, query, target);
      // A word the sentence states only as a condition ("if a jump made publishing it
      // irresponsible") gives way to its opposite where the sentence asserts ("would hold a
      // model back"): that is what it says of the passage's "release".
      if (at && at.every((p) => query.conditional.has(p))) {
        const asserted = antonymIn(term, query, target);
        if (asserted >= 0 && !query.conditional.has(asserted)) [at, opposite] = [undefined, asserted];
      }
      if (opposite >= 0 && usedOpposites.has(opposite)) opposite = -1;
      else if (opposite >= 0) usedOpposites.add(opposite);
      if (at || opposite >= 0) {
        const inSentence = at ? at[0] : opposite;
        c.claimCovered += where.idf;
        const term = query.words[inSentence].term;
        // Each passage term meets a different sentence term, but an antonym met by an occurrence
        // the passage holds fewer of ("private" twice against "public ... private") is a term
        // the passage covers already.
        if (at || !target.terms.has(term)) {
          c.sentenceCovered += query.idf.get(term)!;
          c.sentenceMass += query.massIfMatched(term);
        }
        if (!where.name) c.said++;
        c.inSentence.push(inSentence);
        c.inPassage.push(where.at);
        if (!at) c.antonyms.push(inSentence);
      } else if (where.spelling) c.missing.push(where);
    }
    return c;
  }

  /** The passage's words the sentence has misspelt, found by fuse.js, added to the comparison. */
  private addTypos(query: Query, c: Comparison): void {
    for (const where of c.missing) {
      const at = query.spellings.typoOf(where.spelling!);
      if (at < 0) continue;
      const weight = where.idf * TYPO_WEIGHT;
      c.claimCovered += weight;
      const term = query.words[at].term;
      c.sentenceCovered += Math.min(weight, query.idf.get(term)!);
      c.sentenceMass += query.massIfMatched(term);
      c.inSentence.push(at);
      c.inPassage.push(where.at);
      if (!where.name) c.said++;
    }
    c.missing = [];
  }

  /**
   * The score, the words that carried it, and whether the sentence says the opposite: only the
   * negations whose scope holds shared words count (negation.ts), and a word met by its antonym
   * reverses the match ("open" against "closed").
   */
  private finish(query: Query, c: Comparison): Similarity {
    // Every place a matched word occurs counts: "a dwarf planet, not one of the planets" negates
    // its second "planet". Words the passage states only as a condition say nothing either way,
    // unless met by their opposite ("releasing it" against "hold one back").
    const shared = c.inSentence
      .map((at, i) => ({
        inSentence: query.positions.get(query.words[at].term) ?? [at],
        inPassage: c.target.positions.get(c.inPassage[i]) ?? [c.inPassage[i]],
        antonym: c.antonyms.includes(at),
      }))
      .filter((word) => word.antonym || !word.inPassage.every((p) => c.target.conditional.has(p)));
    const negated = saysOpposite(query.negations, c.target.negations, shared);
    const words = [...new Set([...c.inSentence].sort((a, b) => a - b).map((i) => query.words[i].surface))];
    return { score: round(scoreOf(c)), words, negated };
  }

  /** Candidates for a text, re-scored, best first (one per doc). Used for matching and for ranking. */
  rank(text: string, limit: number, threshold = 0, candidates = Math.max(CANDIDATES, limit)): DocMatch[] {
    const query = this.queryOf(text);
    const hits = this.index.search(query.terms, candidates);
    const compared = hits.map((hit) => this.compare(query, hit.passage));
    // fuse.js is the costly step: look for typos only where they could still matter, best
    // chances first. A candidate whose best case (every missing word a typo) cannot reach the
    // threshold, or, when one answer is wanted, cannot beat the best found, is left alone.
    let floor = threshold;
    const eligible = (c: Comparison) => threshold === 0 || isMatchable(c, query);
    if (limit === 1) for (const c of compared) if (eligible(c)) floor = Math.max(floor, scoreOf(c));
    const worthSearching = (c: Comparison) => c.missing.length > 0 && bestCaseOf(c) >= floor;
    for (const c of [...compared].sort((a, b) => bestCaseOf(b) - bestCaseOf(a))) {
      if (!worthSearching(c) || scoreOf(c) < threshold - TYPO_SEARCH_MARGIN) continue;
      // Sharpen the best case with the cheap spelling filters before the costly search.
      c.missing = c.missing.filter((where) => query.spellings.mightMisspell(where.spelling!));
      if (!worthSearching(c)) continue;
      this.addTypos(query, c);
      if (limit === 1 && eligible(c)) floor = Math.max(floor, scoreOf(c));
    }
    const best = new Map<number, DocMatch>();
    compared.forEach((c, i) => {
      const doc = this.index.passageDocs[c.passage];
      if (threshold > 0 && !isMatchable(c, query)) return;
      const similarity = this.finish(query, c);
      const previous = best.get(doc);
      if (!previous || similarity.score > previous.score) best.set(doc, { doc, passage: c.passage, retrieval: hits[i].score, ...similarity });
    });
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * How each of a doc's passages reads a sentence: its score and whether it says the opposite.
   * A claim's phrasings that score alike but read the sentence differently leave its stance a
   * guess (lib/check). Passages that could not match at all are left out.
   */
  readings(text: string, doc: number): Similarity[] {
    const query = this.queryOf(text);
    const readings: Similarity[] = [];
    for (const passage of this.passagesOf(doc)) {
      const c = this.compare(query, passage);
      if (isMatchable(c, query)) readings.push(this.finish(query, c));
    }
    return readings;
  }

  private queryOf(text: string): Query {
    if (this.lastQuery?.text !== text) this.lastQuery = new Query(text, this.idfOf);
    return this.lastQuery;
  }

  /** A doc's passages: they are numbered in doc order, so they sit together. */
  private passagesOf(doc: number): number[] {
    const docs = this.index.passageDocs;
    let low = 0;
    for (let high = docs.length; low < high; ) {
      const middle = (low + high) >> 1;
      if (docs[middle] < doc) low = middle + 1;
      else high = middle;
    }
    const passages: number[] = [];
    for (let p = low; p < docs.length && docs[p] === doc; p++) passages.push(p);
    return passages;
  }

  /** The text of a passage. */
  passageText(passage: number): string {
    return this.passageTexts[passage];
  }

  /** A passage's distinct terms, each with its IDF and how often it occurs. */
  termCountsOf(passage: number): TermCounts {
    const words = this.wordsOfPassage(passage);
    const terms = new Map<string, { count: number; idf: number }>();
    for (const [term, where] of words.terms) terms.set(term, { count: words.positions.get(where.at)?.length ?? 1, idf: where.idf });
    return { terms };
  }

  /** Inverse document frequency of a term in this corpus. */
  readonly idfOf = (term: string): number => this.index.idfOf(term);

  /** The best doc this sentence repeats (or negates), if any clears the threshold. */
  match(sentence: string, options: MatchOptions = {}): DocMatch | null {
    const threshold = options.threshold ?? MATCH_THRESHOLD;
    const [best] = this.rank(sentence, 1, threshold, MATCH_CANDIDATES);
    return best && best.score >= threshold ? best : null;
  }
}

/** One passage compared with one sentence: the masses and positions that make the score. */
interface Comparison {
  passage: number;
  target: PassageWords;
  claimMass: number;
  claimCovered: number;
  sentenceMass: number;
  sentenceCovered: number;
  inSentence: number[];
  inPassage: number[];
  /** The passage's words the sentence lacks that are long enough to be misspelt. */
  missing: PassageTerm[];
  /** Where the sentence met a passage word by its opposite. */
  antonyms: number[];
  /** How many of the shared words are not names. */
  said: number;
}

/**
 * Enough shared words to be a match at all (see counted); not only names; not mostly words the
 * sentence only asks about (unless the passage asks about them too); not only words the passage
 * grants before its point (concessions.ts); and no amounts other than the passage's.
 */
const isMatchable = (c: Comparison, query: Query) =>
  counted(c, query) >= MIN_SHARED_TERMS && c.said > 0 && !(mostly(c.inSentence, query.asked) && !mostly(c.inPassage, c.target.asked)) &&
  !c.inPassage.every((p) => c.target.conceded.has(p)) && !otherAmounts(query.amounts, c.target.amounts);

/**
 * Shared words that count towards a match: not those met by their opposite ("a different
 * position" shares only "position" with "its position is unchanged"), nor units, which make one
 * amount with their number ("$100 million" is one shared thing, not three).
 */
const counted = (c: Comparison, query: Query) =>
  c.inSentence.filter((at) => !c.antonyms.includes(at) && !isUnitTerm(query.words[at].term)).length;

const mostly = (positions: readonly number[], within: ReadonlySet<number>) =>
  positions.filter((p) => within.has(p)).length * 2 > positions.length;

const scoreOf = (c: Comparison) => fBeta(c.claimCovered / (c.claimMass || 1), c.sentenceCovered / (c.sentenceMass || 1));

/** The score if every missing word turned out to be a typo of one in the sentence. */
function bestCaseOf(c: Comparison): number {
  const extra = c.missing.reduce((sum, where) => sum + where.idf * TYPO_WEIGHT, 0);
  return fBeta((c.claimCovered + extra) / (c.claimMass || 1), (c.sentenceCovered + extra) / (c.sentenceMass || 1));
}

/**
 * Position in the sentence of an antonym of `term`: one the passage does not also hold, or an
 * occurrence more than the passage holds ("kept its weights private ... through a private API"
 * against "without public weights ... through a private API").
 */
function antonymIn(term: string, query: Query, target: PassageWords): number {
  // "Continues to lag ... at the top end" against "lagging behind": the sentence says "lag" as
  // the passage does, so its "top" is about something else, not the opposite of "behind".
  for (const kin of kinOf(term)) if (query.positions.has(kin) && target.terms.has(kin)) return -1;
  for (const opposite of query.opposites.get(term) ?? []) {
    const there = target.terms.get(opposite.term);
    if (!there) return opposite.at;
    const here = query.positions.get(opposite.term)!;
    // The last: the passage's own occurrence meets the first (compare).
    if (here.length > target.positions.get(there.at)!.length) return here[here.length - 1];
  }
  return -1;
}

function fBeta(recall: number, precision: number): number {
  const b2 = CLAIM_COVERAGE_BETA * CLAIM_COVERAGE_BETA;
  return precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
