export { Matcher } from './matcher';
export { Ranker, type RankedMatch } from './ranker';
export type { MatchableDoc, DocMatch, Similarity, MatchOptions } from './matcher';
export type { SerialisedIndex } from './inverted-index';
export { normalise } from './normalise';
export { wordsOf, termsOf } from './words';
export { CONFIDENCE_STEP, DISMISSAL_MARGIN, LONE_MARGIN, MATCH_CANDIDATES, MATCH_THRESHOLD, NEAR_MARGIN, NEAR_MISS_REACH, SENSITIVITY_STEP, STANCE_MARGIN } from './tuning';
