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
  bias: -10.2592,
  weights: {
    score: 3.3273,
    cleared: 1.6741,
    claimShare: 8.0419,
    sentenceShare: 3.2203,
    matchedWords: -0.3032,
    sentenceWords: 0.0553,
    claimWords: 0.1438,
    claimMeaning: 3.6506,
    sentenceMeaning: -0.7063,
    denies: 0.5062,
    disputes: 0.9073,
    claimNegates: -0.4215,
    deniesNegation: -0.6589,
  },
  cutoff: 0.65,
};
