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

/** Content -> background: check these sentences against the enabled corpora. */
export const CheckPageSchema = v.object({
  type: v.literal('check-page'),
  title: v.pipe(v.string(), v.maxLength(2000)),
  sentences: v.pipe(v.array(SentenceSchema), v.maxLength(100_000)),
});

/** Content -> background: the number of contradictions now shown on this tab (for the badge). */
export const ShowCountSchema = v.object({
  type: v.literal('show-count'),
  contradictions: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Popup -> content: what is on this page? */
export const GetSummarySchema = v.object({ type: v.literal('get-summary') });

/** Popup -> content: scroll to the n-th annotation and flash it. */
export const RevealSchema = v.object({
  type: v.literal('reveal'),
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const MessageSchema = v.variant('type', [CheckPageSchema, ShowCountSchema, GetSummarySchema, RevealSchema]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type CheckPageMessage = v.InferOutput<typeof CheckPageSchema>;

/** The message, if `data` is one of ours and well formed; otherwise null. */
export function parseMessage(data: unknown): Message | null {
  const result = v.safeParse(MessageSchema, data);
  return result.success ? result.output : null;
}

/** What the reader sees of a claim: never more than the corpus says. */
export interface ClaimView {
  id: string;
  text: string;
  quote?: string;
  speaker: string;
  outlet: string;
  title: string;
  url: string;
  date: string;
  stance: 'affirms' | 'disputes';
  lean: 'open' | 'closed' | 'neutral';
}

export interface MatchView {
  sentence: string;
  start: number;
  end: number;
  claim: string;
  score: number;
  stance: 'affirms' | 'disputes';
  negates?: string;
  matchedOn: string[];
  contradictedBy: string[];
  supportedBy: string[];
}

/** Background -> content: the answer to check-page. */
export interface CheckPageReply {
  about: boolean;
  topicScore: number;
  matches: MatchView[];
  claims: Record<string, ClaimView>;
  /** Set when checking failed; the content script shows nothing and the popup says why. */
  error?: string;
}

export type PageState = 'working' | 'not-article' | 'off-topic' | 'no-matches' | 'done' | 'error';

/** Content -> popup: the answer to get-summary. */
export interface PageSummary {
  state: PageState;
  url: string;
  title: string;
  isArticle: boolean;
  about: boolean;
  topicScore: number;
  sentences: number;
  matches: MatchView[];
  claims: Record<string, ClaimView>;
  error?: string;
}

/** A match is shown as contradicted when some claim says the opposite of what the sentence says. */
export const isContradicted = (match: MatchView): boolean => match.contradictedBy.length > 0;
