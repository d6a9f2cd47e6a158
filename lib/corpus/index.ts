export * from './schema';
export { parseCorpus, readCorpus, jsonDepth, MAX_CORPUS_BYTES } from './load';
export type { LoadResult } from './load';
export { relations, opposite } from './relations';
export type { Relations } from './relations';
export { checkCorpus, NEAR_DUPLICATE_SCORE } from './check';
export type { CheckReport } from './check';
export { importClaimReview } from './claimreview';
export type { ClaimReviewOptions, ClaimReviewResult } from './claimreview';
