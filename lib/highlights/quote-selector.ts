/**
 * Finding a saved quote again in a page's article text, the way W3C Web Annotation selectors
 * are anchored (as in the Hypothesis client): position first, then the exact text nearest the
 * old position and best fitting its context, then an approximate match. Pure string work: the
 * caller turns the offsets into DOM ranges with the text map.
 */
import { CONTEXT_CHARS } from './model';

/** A TextQuoteSelector and a TextPositionSelector in one. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** What anchoring needs: the quote, and whatever context and position are known. */
export type AnchorSelector = Pick<QuoteSelector, 'exact'> & Partial<Omit<QuoteSelector, 'exact'>>;

/** Where the quote is now; `fuzzy` when the text found differs from the quote saved. */
export interface Anchor {
  start: number;
  end: number;
  fuzzy: boolean;
}

/** Shorter quotes are found approximately in almost any text, so they must match exactly. */
const MIN_FUZZY_CHARS = 8;
/** "Small edits": a typo fixed, a word changed, whitespace reflowed; about one character in five. */
const MAX_EDIT_RATIO = 0.2;
/** Caps the dynamic-programming band, so a long quote costs time linear in its length. */
const MAX_EDITS = 32;
/** Places checked in full for an approximate match; the rest are ruled out by their seed votes. */
const MAX_CANDIDATES = 20;
/**
 * A seed found more often than this says nothing about where the quote is; it is skipped, so
 * repetitive text cannot make the search quadratic.
 */
const MAX_SEED_HITS = 1000;
/**
 * Scoring weights (as in Hypothesis's match-quote): the quote matters most, then its context,
 * and the old position only breaks ties, since text above the quote often changes.
 */
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** An exact match whose context fits at least this well (0..1) is taken without a fuzzy search. */
const TRUSTED_CONTEXT = 0.5;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The selector for text[start, end): context is cut so as never to split a surrogate pair. */
export function describe(text: string, start: number, end: number): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describe: [${start}, ${end}) is not a range in a text of ${text.length} characters`);
  }
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}

/** How well the context around [start, end) fits the saved prefix and suffix, 0..1 each. */
function contextFit(text: string, start: number, end: number, sel: AnchorSelector): [number, number] {
  const prefix = sel.prefix ?? '';
  const suffix = sel.suffix ?? '';
  let p = 0;
  while (p < prefix.length && start - p > 0 && text[start - p - 1] === prefix[prefix.length - p - 1]) p++;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return [prefix.length ? p / prefix.length : 1, suffix.length ? s / suffix.length : 1];
}

interface Found { start: number; end: number; score: number; context: number }

function scored(text: string, start: number, end: number, sel: AnchorSelector, quoteFit: number): Found {
  const [p, s] = contextFit(text, start, end, sel);
  const hint = sel.start ?? 0;
  const near = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  const score = QUOTE_WEIGHT * quoteFit + CONTEXT_WEIGHT * (p + s) + POSITION_WEIGHT * near;
  return { start, end, score, context: (p + s) / 2 };
}

const better = (a: Found | null, b: Found | null) => (!a || (b && b.score > a.score) ? b : a);

/**
 * Best alignment of `pattern` against text near `from`, with at most `k` edits, by Sellers'
 * edit distance in a diagonal band of half-width `w` (free start and end inside the band).
 */
function bandedMatch(text: string, pattern: string, from: number, w: number, k: number) {
  const width = 2 * w + 1;
  const INF = 1 << 29;
  let prev = new Int32Array(width);
  let cur = new Int32Array(width);
  let prevStart = new Int32Array(width);
  let curStart = new Int32Array(width);
  for (let d = 0; d < width; d++) {
    const j = from - w + d;
    prev[d] = j >= 0 && j <= text.length ? 0 : INF;
    prevStart[d] = j;
  }
  for (let i = 1; i <= pattern.length; i++) {
    const code = pattern.charCodeAt(i - 1);
    let rowMin = INF;
    for (let d = 0; d < width; d++) {
      const j = from + i - w + d;
      let cost = INF;
      let start = 0;
      if (j >= 0 && j <= text.length) {
        // Diagonal (i-1, j-1) is prev[d]; above (i-1, j) is prev[d+1]; left (i, j-1) is cur[d-1].
        if (j > 0 && prev[d] < INF) {
          cost = prev[d] + (text.charCodeAt(j - 1) === code ? 0 : 1);
          start = prevStart[d];
        }
        if (d + 1 < width && prev[d + 1] + 1 < cost) { cost = prev[d + 1] + 1; start = prevStart[d + 1]; }
        if (d > 0 && cur[d - 1] + 1 < cost) { cost = cur[d - 1] + 1; start = curStart[d - 1]; }
      }
      cur[d] = cost;
      curStart[d] = start;
      if (cost < rowMin) rowMin = cost;
    }
    // Costs never fall along a path, so a row already over budget ends the search.
    if (rowMin > k) return null;
    [prev, cur, prevStart, curStart] = [cur, prev, curStart, prevStart];
  }
  let best: { start: number; end: number; dist: number } | null = null;
  for (let d = 0; d < width; d++) {
    const end = from + pattern.length - w + d;
    if (prev[d] <= k && (!best || prev[d] < best.dist)) best = { start: prevStart[d], end, dist: prev[d] };
  }
  return best;
}

/**
 * Approximate search. Seeds first: split into k+1 pieces, a quote with at most k edits keeps
 * one piece intact (pigeonhole), and each piece found votes for where the quote would start.
 * Only the places with the most votes get the (costlier) banded edit distance.
 */
function fuzzyFind(text: string, sel: AnchorSelector): Found | null {
  const { exact } = sel;
  const k = Math.min(MAX_EDITS, Math.floor(exact.length * MAX_EDIT_RATIO));
  if (exact.length < MIN_FUZZY_CHARS || k < 1) return null;
  const pieceLength = Math.floor(exact.length / (k + 1));
  const bucket = k + 1;
  const votes = new Map<number, number>();
  for (let piece = 0; piece <= k; piece++) {
    const offset = piece * pieceLength;
    const seed = exact.slice(offset, offset + pieceLength);
    const hits: number[] = [];
    for (let at = text.indexOf(seed); at >= 0 && hits.length <= MAX_SEED_HITS; at = text.indexOf(seed, at + 1)) hits.push(at);
    if (hits.length > MAX_SEED_HITS) continue;
    for (const at of hits) {
      const key = Math.floor((at - offset) / bucket);
      votes.set(key, (votes.get(key) ?? 0) + 1);
    }
  }
  const hint = sel.start ?? 0;
  const places = [...votes.entries()]
    .map(([key, count]) => ({ from: key * bucket, count }))
    .sort((a, b) => b.count - a.count || Math.abs(a.from - hint) - Math.abs(b.from - hint))
    .slice(0, MAX_CANDIDATES);
  let best: Found | null = null;
  for (const { from } of places) {
    // The band must reach the true start (within k + bucket of `from`) and k more edits after it.
    const match = bandedMatch(text, exact, from, 2 * k + bucket, k);
    if (match) best = better(best, scored(text, match.start, match.end, sel, 1 - match.dist / exact.length));
  }
  return best;
}

/** Where the selector's quote is in `text` now, or null when it is gone. */
export function anchor(text: string, sel: AnchorSelector): Anchor | null {
  const { exact } = sel;
  if (!exact) return null;
  if (sel.start !== undefined) {
    const end = sel.end ?? sel.start + exact.length;
    if (text.slice(sel.start, end) === exact && contextFit(text, sel.start, end, sel).every((fit) => fit === 1)) {
      return { start: sel.start, end, fuzzy: false };
    }
  }
  let exactBest: Found | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    exactBest = better(exactBest, scored(text, at, at + exact.length, sel, 1));
  }
  if (exactBest && exactBest.context >= TRUSTED_CONTEXT) return { start: exactBest.start, end: exactBest.end, fuzzy: false };
  // Why: an exact copy out of context may be another use of the same words, while the quote
  // itself was edited in place; the approximate match competes on the same score.
  const fuzzy = fuzzyFind(text, sel);
  const best = better(exactBest, fuzzy);
  if (!best) return null;
  return { start: best.start, end: best.end, fuzzy: text.slice(best.start, best.end) !== exact };
}
