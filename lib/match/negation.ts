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

/** Two-word contrasts that work like "not": "a dwarf planet rather than a planet". */
const CONTRASTS: Record<string, string> = { rather: 'than', instead: 'of' };

/** "no less than $600 billion" and "not only" assert; they negate nothing. */
function isIdiom(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]?.surface;
  const after = words[i + 2]?.surface;
  if ((next === 'less' || next === 'more' || next === 'fewer') && after === 'than') return true;
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
export function polarity(words: readonly Word[], from = 0, to = words.length): 1 | -1 {
  let negations = 0;
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) if (isNegating(words, i)) negations++;
  return negations % 2 === 0 ? 1 : -1;
}

/** Polarity of the stretch of `words` spanning the positions that matched, plus a little before. */
export function polarityAround(words: readonly Word[], matchedPositions: readonly number[]): 1 | -1 {
  if (matchedPositions.length === 0) return polarity(words);
  const first = Math.min(...matchedPositions);
  const last = Math.max(...matchedPositions);
  return polarity(words, first - SCOPE_BEFORE, last + 1);
}
