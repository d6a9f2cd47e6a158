/**
 * The corpus file format. Every type used for corpus data is inferred from these schemas,
 * so the file format and the code cannot drift apart.
 */
import * as v from 'valibot';

/** Lower-case slug: letters, digits and dashes. Ids appear in URLs, exports and data attributes. */
const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9 and dashes)'),
  v.maxLength(120, 'must be at most 120 characters'),
);

/** Only https links: a corpus is shown to readers, and http or script URLs are never safe to click. */
const HttpsUrl = v.pipe(
  v.string(),
  v.url('must be a well-formed URL'),
  v.regex(/^https:\/\//i, 'must be an https URL'),
);

/** A calendar date, YYYY-MM-DD; a year-month (YYYY-MM) is allowed when the day is unknown. */
const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be an ISO date (YYYY-MM-DD or YYYY-MM)'),
);

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

export const SourceSchema = v.strictObject({
  outlet: Text(120),
  title: Text(300),
  url: HttpsUrl,
  date: IsoDate,
});

export const StanceSchema = v.picklist(['affirms', 'disputes']);

/** Which way a statement leans on openness: drawn above (open) or below (closed) the timeline. */
export const LeanSchema = v.picklist(['open', 'closed', 'neutral']);

export const ClaimSchema = v.strictObject({
  id: Id,
  proposition: Id,
  stance: StanceSchema,
  /** The claim in the corpus authors' own words. */
  text: Text(400),
  /** The speaker's verbatim words, when the claim rests on a quote. */
  quote: v.optional(Text(1000)),
  speaker: Text(160),
  source: SourceSchema,
  /** Other ways the claim is commonly written: they help matching, they are never shown as quotes. */
  phrasings: v.optional(v.pipe(v.array(Text(400)), v.maxLength(20))),
  lean: v.optional(LeanSchema, 'neutral'),
  tags: v.optional(v.pipe(v.array(Id), v.maxLength(20)), []),
  /** Claims on other propositions that this one contradicts (same-proposition ones are derived). */
  contradicts: v.optional(v.pipe(v.array(Id), v.maxLength(50)), []),
  /** Set when the claim rests on a single low-confidence source. */
  confidence: v.optional(v.picklist(['normal', 'weak']), 'normal'),
});

export const PropositionSchema = v.strictObject({
  id: Id,
  /** One statement that can be true or false. */
  text: Text(300),
  /** Why only one side is sourced, when that is so on purpose (silences the one-sided warning). */
  oneSided: v.optional(Text(300)),
});

export const TopicSchema = v.strictObject({
  /** Names of the subject (organisations, people, products). Written with a capital: matched case-sensitively. */
  entities: v.pipe(v.array(Text(60)), v.minLength(1, 'needs at least one entity')),
  /** Words of the subject area; an article must mention these as well as an entity. */
  terms: v.pipe(v.array(Text(60)), v.minLength(1, 'needs at least one term')),
});

export const CorpusMetaSchema = v.strictObject({
  id: Id,
  name: Text(120),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en')),
  updated: IsoDate,
  description: v.optional(Text(1000)),
  topic: TopicSchema,
});

export const CorpusSchema = v.strictObject({
  meta: CorpusMetaSchema,
  propositions: v.pipe(v.array(PropositionSchema), v.minLength(1, 'needs at least one proposition')),
  claims: v.pipe(v.array(ClaimSchema), v.minLength(1, 'needs at least one claim')),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Stance = v.InferOutput<typeof StanceSchema>;
export type Lean = v.InferOutput<typeof LeanSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Proposition = v.InferOutput<typeof PropositionSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type CorpusMeta = v.InferOutput<typeof CorpusMetaSchema>;
export type Corpus = v.InferOutput<typeof CorpusSchema>;
/** What a corpus file contains before defaults are filled in. */
export type CorpusInput = v.InferInput<typeof CorpusSchema>;
