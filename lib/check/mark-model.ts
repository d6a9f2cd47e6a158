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
  bias: -10.3223,
  weights: {
    score: 2.8698,
    cleared: 1.787,
    claimShare: 7.8576,
    sentenceShare: 3.2158,
    matchedWords: -0.293,
    sentenceWords: 0.0595,
    claimWords: 0.1564,
    claimMeaning: 3.6837,
    sentenceMeaning: -0.9094,
    denies: 0.5818,
    disputes: 0.9324,
    claimNegates: -0.4393,
    deniesNegation: -0.7397,
  },
  cutoff: 0.675,
};
