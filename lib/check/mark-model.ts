/**
 * Written by `npm run fit-marks -- --write` (lib/node/fit-marks.ts): a logistic model over a
 * match's evidence (confidence.ts), fitted on the tuning sets of tests/eval. Refit it, rather than
 * edit it, when the matcher or the tuning sets change.
 */
import type { MarkEvidence } from './confidence';

export interface MarkModel {
  bias: number;
  weights: Readonly<Record<keyof MarkEvidence, number>>;
  /** The probability a match needs to be shown. */
  cutoff: number;
}

export const MARK_MODEL: MarkModel = {
  bias: -8.3962,
  weights: {
    score: 3.978,
    cleared: 1.5432,
    claimShare: 8.3909,
    sentenceShare: 2.606,
    matchedWords: -0.2382,
    sentenceWords: 0.0552,
    claimWords: 0.1248,
    denies: 0.1326,
    disputes: 0.8,
  },
  cutoff: 0.6,
};
