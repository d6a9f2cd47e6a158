/**
 * A reader's saved highlights: the stored shape, the page key, finding a quote again, and
 * export (Markdown, W3C Web Annotation JSON-LD, CSV) and import of the JSON export.
 */
export {
  CONTEXT_CHARS, MAX_EXACT_CHARS, MAX_NOTE_CHARS, MAX_AGAINST, MAX_HIGHLIGHTS_PER_PAGE,
  HighlightClaimSchema, HighlightFieldsSchema, SavedHighlightSchema, PageHighlightsSchema, HighlightStoreSchema,
  sourceLine,
} from './model';
export type { HighlightClaim, HighlightKind, SavedHighlight, PageHighlights, HighlightStore } from './model';
export { normalisePageUrl } from './url';
export { describe, anchor } from './quote-selector';
export type { QuoteSelector, AnchorSelector, Anchor } from './quote-selector';
export { toMarkdown, escapeMarkdownLine, safeLinkUrl } from './export-markdown';
export { toWebAnnotation, annotationId, ANNOTATION_CONTEXT, HIGHLIGHT_KEY, PAGES_KEY } from './export-json';
export { toCsv, csvCell, CSV_HEADER } from './export-csv';
export { fromWebAnnotation, MAX_IMPORT_CHARS } from './import-json';
export type { ImportResult } from './import-json';
