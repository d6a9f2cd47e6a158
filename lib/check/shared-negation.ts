/**
 * A sentence that shares a negation with one of a claim's phrasings says what the claim says
 * ("confirm the models pose no additional safety danger" against "add no new safety risk"),
 * however a phrasing without that negation reads it ("plans safety checks before any open
 * release"): that phrasing only puts the claim without a "no". Such a phrasing, if it clears the
 * threshold, settles which way the claim reads the sentence.
 */
import type { DocMatch, Similarity } from '../match';
import { isNegationWord } from '../match/negation';

export interface Settled {
  /** The best match, read as agreeing when a phrasing sharing the sentence's negation agrees. */
  found: DocMatch;
  /** Whether such a phrasing settled it: phrasings that read the sentence otherwise do not count. */
  settled: boolean;
}

/** `best` in the light of its claim's `readings` (one per phrasing: Matcher.readings). */
export function settleByNegation(best: DocMatch, readings: readonly Similarity[], threshold: number): Settled {
  const sharing = readings.find((reading) => reading.score >= threshold && !reading.negated && reading.words.some(isNegationWord));
  if (!sharing) return { found: best, settled: false };
  return { found: best.negated ? { ...best, ...sharing } : best, settled: true };
}
