/**
 * The second look at a match: how likely it is to be right, from more than its score. A score
 * near the threshold says little on its own (on the tuning pages, marks from 0.32 to 0.42 were
 * right 52 times and wrong 146 times), but how much of the claim's own words the sentence
 * repeats, how much of the sentence the match explains, and whether the first look cleared it
 * tell more. A logistic model over that evidence, fitted by `npm run fit-marks` on the tuning
 * sets (mark-model.ts), weighs every match the first look made and every near miss.
 */
import { wordsOf } from '../match';
import { MARK_MODEL, type MarkModel } from './mark-model';

/** What the second look weighs: numbers only, so the model is a plain weighted sum. */
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
  /** 1 when the sentence denies the matched claim. */
  denies: number;
  /** 1 when the stance the sentence takes disputes its proposition. */
  disputes: number;
}

export const EVIDENCE_NAMES = ['score', 'cleared', 'claimShare', 'sentenceShare', 'matchedWords', 'sentenceWords', 'claimWords', 'denies', 'disputes'] as const satisfies ReadonlyArray<keyof MarkEvidence>;

export interface MatchToWeigh {
  sentence: string;
  /** The claim whose words the sentence shares (for a denial, the claim denied). */
  claimText: string;
  score: number;
  matchedOn: readonly string[];
  denies: boolean;
  disputes: boolean;
  cleared: boolean;
}

export function evidenceOf(match: MatchToWeigh): MarkEvidence {
  const sentenceWords = new Set(surfacesOf(match.sentence));
  const claimWords = new Set(surfacesOf(match.claimText));
  const repeated = [...claimWords].filter((word) => sentenceWords.has(word)).length;
  return {
    score: match.score,
    cleared: match.cleared ? 1 : 0,
    claimShare: repeated / Math.max(1, claimWords.size),
    sentenceShare: match.matchedOn.length / Math.max(1, sentenceWords.size),
    matchedWords: match.matchedOn.length,
    sentenceWords: sentenceWords.size,
    claimWords: claimWords.size,
    denies: match.denies ? 1 : 0,
    disputes: match.disputes ? 1 : 0,
  };
}

// Words as written (normalised), stop words too: the matcher's stems and synonyms already gave
// the score; repeating the claim's very words is evidence apart from it.
const surfacesOf = (text: string) => wordsOf(text).map((word) => word.surface);

/** The model's probability that the match is right. */
export function confidenceOf(evidence: MarkEvidence, model: MarkModel = MARK_MODEL): number {
  let sum = model.bias;
  for (const name of EVIDENCE_NAMES) sum += model.weights[name] * evidence[name];
  return 1 / (1 + Math.exp(-sum));
}
