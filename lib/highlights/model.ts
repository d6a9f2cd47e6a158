/**
 * A reader's saved highlights. Every type is inferred from these schemas, so what is stored,
 * exported and imported cannot drift apart. The field schemas are exported for the importer,
 * so that a bad field is reported where it sits in the imported file.
 */
import * as v from 'valibot';

/** Context kept on each side of a quote, as in the W3C TextQuoteSelector (Hypothesis keeps 32). */
export const CONTEXT_CHARS = 32;
/** A selection of several paragraphs fits; a whole page saved as one highlight does not. */
export const MAX_EXACT_CHARS = 20_000;
export const MAX_NOTE_CHARS = 10_000;
/** More contradicting claims than a reader could look at means the data is not ours. */
export const MAX_AGAINST = 50;
export const MAX_HIGHLIGHTS_PER_PAGE = 10_000;

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const NonEmpty = (max: number) => v.pipe(Str(max), v.nonEmpty('must not be empty'));

export const HighlightIdSchema = NonEmpty(200);
export const PageUrlSchema = NonEmpty(4096);
export const PageTitleSchema = Str(2000);
/** As written by Date.prototype.toISOString(). */
export const CreatedAtSchema = v.pipe(v.string(), v.isoTimestamp('must be an ISO date and time'));
export const ExactSchema = NonEmpty(MAX_EXACT_CHARS);
export const ContextSchema = Str(CONTEXT_CHARS);
/** A character offset in the page's article text (the text map's flat string). */
export const OffsetSchema = v.pipe(v.number('must be a number'), v.integer('must be an integer'), v.minValue(0, 'must not be negative'));
export const NoteSchema = Str(MAX_NOTE_CHARS);
/** 'own': the reader selected it; 'match': a sentence the extension matched to a claim. */
export const KindSchema = v.picklist(['own', 'match'], 'must be "own" or "match"');

/**
 * The part of a ClaimView a highlight keeps. Not strict: a full ClaimView (with stance and
 * lean) is accepted and the extra fields are dropped, so callers can pass one as it is.
 */
export const HighlightClaimSchema = v.object({
  id: NonEmpty(200),
  text: Str(2000),
  quote: v.optional(Str(5000)),
  speaker: Str(500),
  outlet: Str(500),
  title: Str(1000),
  url: Str(4096),
  date: Str(40),
});

/** The fields of a highlight, before the checks across fields (the importer picks from these). */
export const HighlightFieldsSchema = v.object({
  id: HighlightIdSchema,
  /** Normalised with normalisePageUrl. */
  pageUrl: PageUrlSchema,
  pageTitle: PageTitleSchema,
  createdAt: CreatedAtSchema,
  exact: ExactSchema,
  prefix: ContextSchema,
  suffix: ContextSchema,
  start: OffsetSchema,
  end: OffsetSchema,
  note: v.optional(NoteSchema),
  kind: KindSchema,
  claim: v.optional(HighlightClaimSchema),
  /** Claims that contradict the highlighted text (or the claim it matches). */
  against: v.pipe(v.array(HighlightClaimSchema), v.maxLength(MAX_AGAINST, `must have at most ${MAX_AGAINST} claims`)),
  /** Whether the highlight could be placed on the reader's last visit to the page. */
  anchored: v.optional(v.boolean()),
});

export const SavedHighlightSchema = v.pipe(
  HighlightFieldsSchema,
  v.forward(v.check((h) => h.end >= h.start, 'must not be before start'), ['end']),
);

export const PageHighlightsSchema = v.object({
  url: PageUrlSchema,
  title: PageTitleSchema,
  highlights: v.pipe(v.array(SavedHighlightSchema), v.maxLength(MAX_HIGHLIGHTS_PER_PAGE)),
});

/** All saved highlights, keyed by normalised page URL. */
export const HighlightStoreSchema = v.record(PageUrlSchema, PageHighlightsSchema);

export type HighlightClaim = v.InferOutput<typeof HighlightClaimSchema>;
export type HighlightKind = v.InferOutput<typeof KindSchema>;
export type SavedHighlight = v.InferOutput<typeof SavedHighlightSchema>;
export type PageHighlights = v.InferOutput<typeof PageHighlightsSchema>;
export type HighlightStore = v.InferOutput<typeof HighlightStoreSchema>;

/** A claim's source on one line: "speaker, outlet, date, url" (CSV and plain-text uses). */
export const sourceLine = (claim: HighlightClaim): string => [claim.speaker, claim.outlet, claim.date, claim.url].join(', ');
