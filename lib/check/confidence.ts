/**
 * The second look at a match: how likely it is to be right, from more than its score. A score
 * near the threshold says little on its own (on the tuning pages, marks from 0.32 to 0.42 were
 * right 52 times and wrong 146 times), but how much of the claim's own words the sentence
 * repeats, how much of the sentence the match explains, how much of the claim it says in other
 * words (meaning.ts), and whether the first look cleared it tell more. Boosted decision trees
 * over that evidence, fitted by `npm run fit-marks` on the tuning sets (mark-model.ts), weigh
 * every match the first look made and every near miss.
 */
import { wordsOf } from '../match';
import type { Word } from '../match/words';
import type { WordVectors } from '../match/embeddings';
import { isNegationWord } from '../match/negation';
import { meaningShare } from './meaning';
import { MARK_MODEL, type MarkModel } from './mark-model';
import { probabilityOf } from './boosted-trees';

/** What the second look weighs: numbers only, so the model's trees can split on them. */
export interface MarkEvidence {
  /** The matcher's similarity, 0..1. */
  score: number;
  /** 1 when the match cleared the threshold, 0 for a near miss. */
  cleared: number;
  /** Share of the claim's own text's distinct words that the sentence repeats as written. */
  claimShare: number;
  /** Share of the sentence's distinct words that carried the match. */
  sentenceShare: number;
  /** How many of the sentence's words carried the match. */
  matchedWords: number;
  /** Distinct words in the sentence and in the claim's own text. */
  sentenceWords: number;
  claimWords: number;
  /** Shares of the claim's content words the sentence says, and of the sentence's the claim says, in meaning (meaning.ts). */
  claimMeaning: number;
  sentenceMeaning: number;
  /**
   * 1 when the match stands alone on its page: no other sentence comes near its proposition and
   * it cleared the threshold by little (checker.ts, loneDoubts). 0 for a sentence on its own.
   */
  lone: number;
  /** 1 when two phrasings of the claim read the sentence almost alike, one agreeing, one denying (checker.ts, otherReading). */
  torn: number;
  /** 1 when the sentence denies the matched claim. */
  denies: number;
  /** 1 when the stance the sentence takes disputes its proposition. */
  disputes: number;
  /** 1 when the claim's own text holds a negation ("did not get $100 million"). */
  claimNegates: number;
  /**
   * 1 when the sentence is read as denying a claim that itself negates: its "no" is more often
   * the claim's own than a denial of it ("nobody had paid him $100 million").
   */
  deniesNegation: number;
}

export const EVIDENCE_NAMES = [
  'score', 'cleared', 'claimShare', 'sentenceShare', 'matchedWords', 'sentenceWords', 'claimWords',
  'claimMeaning', 'sentenceMeaning', 'lone', 'torn', 'denies', 'disputes', 'claimNegates', 'deniesNegation',
] as const satisfies ReadonlyArray<keyof MarkEvidence>;

export interface MatchToWeigh {
  sentence: string;
  /** The claim whose words the sentence shares (for a denial, the claim denied). */
  claimText: string;
  score: number;
  matchedOn: readonly string[];
  denies: boolean;
  disputes: boolean;
  cleared: boolean;
  lone?: boolean;
  torn?: boolean;
}

/** What reading meaning takes: a word-vector table (without one, only shared words count) and the corpus's IDF. */
export interface MeaningReader {
  vectors?: WordVectors;
  idfOf: (term: string) => number;
}

export function evidenceOf(match: MatchToWeigh, { vectors, idfOf }: MeaningReader): MarkEvidence {
  const sentence = wordsOf(match.sentence);
  const claim = wordsOf(match.claimText);
  const sentenceWords = new Set(sentence.map(surface));
  const claimWords = new Set(claim.map(surface));
  const repeated = [...claimWords].filter((word) => sentenceWords.has(word)).length;
  const claimNegates = [...claimWords].some(isNegationWord);
  return {
    score: match.score,
    cleared: match.cleared ? 1 : 0,
    claimShare: repeated / Math.max(1, claimWords.size),
    sentenceShare: match.matchedOn.length / Math.max(1, sentenceWords.size),
    matchedWords: match.matchedOn.length,
    sentenceWords: sentenceWords.size,
    claimWords: claimWords.size,
    claimMeaning: meaningShare(claim, sentence, vectors, idfOf),
    sentenceMeaning: meaningShare(sentence, claim, vectors, idfOf),
    lone: match.lone ? 1 : 0,
    torn: match.torn ? 1 : 0,
    denies: match.denies ? 1 : 0,
    disputes: match.disputes ? 1 : 0,
    claimNegates: claimNegates ? 1 : 0,
    deniesNegation: match.denies && claimNegates ? 1 : 0,
  };
}

// Words as written (normalised), stop words too: the matcher's stems and synonyms already gave
// the score; repeating the claim's very words is evidence apart from it.
const surface = (word: Word) => word.surface;

/** The model's probability that the match is right. */
export function confidenceOf(evidence: MarkEvidence, model: MarkModel = MARK_MODEL): number {
  return probabilityOf(model, model.features.map((name) => evidence[name]));
}
