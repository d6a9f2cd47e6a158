export { CorpusChecker, cutoffFor, matchableDocs, thresholdFor } from './checker';
export type { CheckedMatch, PageVerdict, CheckOptions, SentenceInput, WeighedMatch, WeighedPage } from './checker';
