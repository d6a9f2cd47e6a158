/**
 * Every message between the content script, the background and the popup: one discriminated
 * union, validated where it is received, so a malformed or foreign message is dropped.
 */
import * as v from 'valibot';

const SentenceSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(5000)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * Content -> background: check these sentences against the enabled corpora. `onTopic` is set
 * for paragraphs that arrive later on a page already found to be about the topic, `marked` lists
 * the claims marked in earlier paragraphs, and `selection` says the sentences are what the reader
 * selected rather than a page.
 */
export const CheckPageSchema = v.object({
  type: v.literal('check-page'),
  title: v.pipe(v.string(), v.maxLength(2000)),
  sentences: v.pipe(v.array(SentenceSchema), v.maxLength(100_000)),
  onTopic: v.optional(v.boolean(), false),
  marked: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10_000)), []),
  selection: v.optional(v.boolean(), false),
});

const MatchViewSchema = v.object({
  key: v.optional(v.pipe(v.string(), v.maxLength(100))),
  sentence: v.pipe(v.string(), v.maxLength(5000)),
  start: v.number(),
  end: v.number(),
  claim: v.pipe(v.string(), v.maxLength(200)),
  score: v.number(),
  stance: v.picklist(['affirms', 'disputes']),
  negates: v.optional(v.pipe(v.string(), v.maxLength(200))),
  matchedOn: v.array(v.pipe(v.string(), v.maxLength(100))),
  contradictedBy: v.array(v.pipe(v.string(), v.maxLength(200))),
  supportedBy: v.array(v.pipe(v.string(), v.maxLength(200))),
});

const ClaimViewSchema = v.object({
  id: v.string(),
  text: v.string(),
  quote: v.optional(v.string()),
  speaker: v.string(),
  outlet: v.string(),
  title: v.string(),
  url: v.string(),
  date: v.string(),
  stance: v.picklist(['affirms', 'disputes']),
  lean: v.picklist(['open', 'closed', 'neutral']),
});

export const PageStateSchema = v.picklist(['working', 'quiet', 'not-article', 'off-topic', 'no-matches', 'done', 'error']);

/** What a frame has found on its page, for the popup and the toolbar badge. */
export const PageSummarySchema = v.object({
  /** Changes when the frame shows a new page (load or single-page-app navigation). */
  pageId: v.pipe(v.string(), v.maxLength(64)),
  state: PageStateSchema,
  url: v.pipe(v.string(), v.maxLength(4096)),
  /** The page's key for saved highlights: its canonical, normalised URL. */
  pageKey: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  title: v.pipe(v.string(), v.maxLength(2000)),
  isArticle: v.boolean(),
  about: v.boolean(),
  topicScore: v.number(),
  sentences: v.number(),
  matches: v.pipe(v.array(MatchViewSchema), v.maxLength(10_000)),
  /** Matches found beyond the cap on marks drawn. */
  hidden: v.optional(v.number(), 0),
  claims: v.record(v.string(), ClaimViewSchema),
  error: v.optional(v.string()),
  /**
   * Times in the page's clock (performance.now()): the page's load event end, when our work
   * started, when the last mark was drawn; how long our code held the main thread in all, and
   * the longest it held it at one go.
   */
  timing: v.optional(v.object({ loadEnd: v.optional(v.number()), started: v.number(), drawn: v.optional(v.number()), busyMs: v.number(), longestMs: v.optional(v.number()) })),
});

/** Content -> background: this frame's summary, sent whenever it changes. */
export const FrameReportSchema = v.object({ type: v.literal('frame-report'), summary: PageSummarySchema });

/** Popup -> background: the summary of a tab (the frame with the most marks). */
export const GetTabSummarySchema = v.object({ type: v.literal('get-tab-summary'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** Popup -> content (one frame): scroll to a mark and flash it. */
export const RevealSchema = v.object({
  type: v.literal('reveal'),
  key: v.pipe(v.string(), v.maxLength(100)),
});

/** Background -> content: save the reader's selection as a highlight (and check it, with `check`). */
export const HighlightSelectionSchema = v.object({ type: v.literal('highlight-selection'), check: v.boolean() });

export const MessageSchema = v.variant('type', [CheckPageSchema, FrameReportSchema, GetTabSummarySchema, RevealSchema, HighlightSelectionSchema]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type CheckPageMessage = v.InferOutput<typeof CheckPageSchema>;

/** The message, if `data` is one of ours and well formed; otherwise null. */
export function parseMessage(data: unknown): Message | null {
  const result = v.safeParse(MessageSchema, data);
  return result.success ? result.output : null;
}

/** What the reader sees of a claim: never more than the corpus says. */
export type ClaimView = v.InferOutput<typeof ClaimViewSchema>;
export type MatchView = v.InferOutput<typeof MatchViewSchema>;
export type PageState = v.InferOutput<typeof PageStateSchema>;
export type PageSummary = v.InferOutput<typeof PageSummarySchema>;

/** Background -> content: the answer to check-page. */
export interface CheckPageReply {
  about: boolean;
  topicScore: number;
  matches: MatchView[];
  claims: Record<string, ClaimView>;
  /** Set when checking failed; the content script shows nothing and the popup says why. */
  error?: string;
}

/** Background -> popup: a tab's summary and the frame it comes from (for reveal). */
export interface TabSummary {
  frameId: number;
  summary: PageSummary;
}

/** A match is shown as contradicted when some claim says the opposite of what the sentence says. */
export const isContradicted = (match: MatchView): boolean => match.contradictedBy.length > 0;
