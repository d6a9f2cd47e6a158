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

/** How many content words after a negation it governs. */
const SCOPE_WORDS = 3;

/** Two-word phrases that work like "not": "a dwarf planet rather than a planet", "far from open". */
const CONTRASTS: Record<string, string> = {
  rather: 'than', instead: 'of', free: 'of', devoid: 'of', far: 'from',
  // "falls short of the definition": does not meet it.
  fall: 'short', falls: 'short', fell: 'short', falling: 'short', fallen: 'short',
};

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

/** A negating word and the stretch of words it governs: (at, end]. */
export interface Negator {
  at: number;
  end: number;
}

/**
 * Every negation in a text, each with its scope: the words after it up to SCOPE_WORDS content
 * words on, or to the end of its clause. "Meta chose closed models, not open ones" negates
 * "open", not "closed"; "had not shifted, despite the reports" leaves "reports" alone.
 */
export function negatorsOf(words: readonly Word[]): Negator[] {
  const negators: Negator[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isNegating(words, i)) continue;
    let end = i;
    for (let content = 0; end + 1 < words.length && content < SCOPE_WORDS && !words[end + 1].breakBefore; ) if (words[++end].term) content++;
    negators.push({ at: i, end });
  }
  return negators;
}

/**
 * +1 when the matched words are asserted, -1 when an odd number of negations governs them: a
 * negation counts when a matched word is in its scope (or is the negating word itself, as
 * "abandon" can be), so a "not" about something else in a long sentence does not.
 */
export function polarityOf(negators: readonly Negator[], matched: readonly number[]): 1 | -1 {
  let count = 0;
  for (const { at, end } of negators) if (matched.some((p) => p >= at && p <= end)) count++;
  return count % 2 === 0 ? 1 : -1;
}
