/**
 * Polarity: does a text say a thing, or say that it is not so? Counted within the stretch of
 * the sentence that matched a claim, since a "not" elsewhere in a long sentence is about
 * something else.
 */
import type { Word } from './words';

/** Words that negate what follows. */
const NEGATORS = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'without', 'cannot', 'hardly', 'unlikely']);

/**
 * Terms of verbs that reverse a course of action or deny a statement ("abandon the open model"
 * says the open model will not go on). Terms, so "abandoning", "ditched" and "scrap" all count
 * (words.ts folds their synonyms).
 */
const REVERSERS = new Set(['fail', 'lack', 'abandon', 'stop', 'revers', 'retreat', 'backtrack', 'reneg', 'deni', 'refus', 'reject', 'dismiss', 'disput', 'contest', 'rebut', 'refut']);

/** How many tokens before the first matched word a negation still governs it. */
const SCOPE_BEFORE = 4;

/** Two-word phrases that work like "not": "a dwarf planet rather than a planet", "free of fear". */
const CONTRASTS: Record<string, string> = { rather: 'than', instead: 'of', free: 'of', devoid: 'of' };

/** "no less than $600 billion" and "not only" assert; they negate nothing. */
function isIdiom(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]?.surface;
  const after = words[i + 2]?.surface;
  if ((next === 'less' || next === 'more' || next === 'fewer') && after === 'than') return true;
  // "free of charge" is a price, not a negation.
  if (words[i].surface === 'free' && next === 'of' && (after === 'charge' || after === 'cost')) return true;
  return words[i].surface === 'not' && next === 'only';
}

function isNegating(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (isIdiom(words, i)) return false;
  if (NEGATORS.has(word.surface) || REVERSERS.has(word.term)) return true;
  const next = CONTRASTS[word.surface];
  return next !== undefined && words[i + 1]?.surface === next;
}

/** +1 when the words assert, -1 when an odd number of negations governs them. */
/**
 * Running count of negations: entry i is how many of words[0..i) negate. Computed once per
 * text, so the polarity of any stretch costs two reads however many candidates are compared.
 */
export function negationCounts(words: readonly Word[]): Uint16Array {
  const counts = new Uint16Array(words.length + 1);
  for (let i = 0; i < words.length; i++) counts[i + 1] = counts[i] + (isNegating(words, i) ? 1 : 0);
  return counts;
}

/** +1 when the stretch [from, to) asserts, -1 when an odd number of negations governs it. */
export function polarity(counts: Uint16Array, from = 0, to = counts.length - 1): 1 | -1 {
  const last = counts.length - 1;
  const negations = counts[Math.min(last, Math.max(0, to))] - counts[Math.min(last, Math.max(0, from))];
  return negations % 2 === 0 ? 1 : -1;
}

/** Polarity of the stretch spanning the positions that matched, plus a little before. */
export function polarityAround(counts: Uint16Array, matchedPositions: readonly number[]): 1 | -1 {
  if (matchedPositions.length === 0) return polarity(counts);
  let first = Infinity;
  let last = -1;
  for (const p of matchedPositions) {
    if (p < first) first = p;
    if (p > last) last = p;
  }
  return polarity(counts, first - SCOPE_BEFORE, last + 1);
}
