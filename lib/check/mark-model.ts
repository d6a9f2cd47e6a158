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
  bias: -10.0586,
  weights: {
    score: 4.0559,
    cleared: 1.5281,
    claimShare: 7.3376,
    sentenceShare: 3.0977,
    matchedWords: -0.3028,
    sentenceWords: 0.0567,
    claimWords: 0.142,
    claimMeaning: 3.2,
    sentenceMeaning: -0.4802,
    denies: 0.2713,
    disputes: 0.7843,
    claimNegates: -0.4012,
    deniesNegation: -0.479,
  },
  cutoff: 0.65,
};
