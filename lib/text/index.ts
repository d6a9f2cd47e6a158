export { buildTextMap, rangeFor, positionAt, textNodesOf, BLOCK_SEPARATOR, LINE_SEPARATOR } from './textmap';
export type { TextMap, TextSegment } from './textmap';
export { splitSentences } from './sentences';
export type { Sentence } from './sentences';
