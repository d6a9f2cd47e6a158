export { CorpusChecker, matchableDocs, thresholdFor } from './checker';
export type { CheckedMatch, PageVerdict, CheckOptions, SentenceInput } from './checker';
