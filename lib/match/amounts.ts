/**
 * Amounts a text gives ("$72 billion", "600 jobs", "40 percent"), so that a sentence with other
 * figures is not read as repeating a claim: "Microsoft plans to spend $80 billion on AI" is not
 * "Meta will spend $60 billion on AI".
 */
import type { Word } from './words';

const YEAR = /^(19|20)\d\d$/;

/** Words after a number that make it an amount however small. */
const UNITS = new Set(['million', 'billion', 'trillion', 'thousand', 'dollar', 'dollars', 'percent', 'euros', 'pounds']);
/** Amounts: "$72 billion", "600 jobs", "40 percent"; not years or version numbers ("Llama 3"). */
export function amountsOf(words: readonly Word[]): Set<number> {
  const amounts = new Set<number>();
  words.forEach((w, i) => {
    if (!/^\d/.test(w.term) || YEAR.test(w.term)) return;
    const value = Number(w.term);
    if (Number.isFinite(value) && (value >= 100 || UNITS.has(words[i + 1]?.surface ?? ''))) amounts.add(value);
  });
  return amounts;
}

/** How far apart two amounts may be and still be the same figure, rounded: "$72 billion" is "$72.2 billion". */
const AMOUNT_ROUNDING = 0.05;

/** Both texts give amounts, and none of them agree. */
export function otherAmounts(sentence: ReadonlySet<number>, passage: ReadonlySet<number>): boolean {
  if (sentence.size === 0 || passage.size === 0) return false;
  for (const a of sentence) for (const b of passage) if (Math.abs(a - b) <= AMOUNT_ROUNDING * Math.max(a, b)) return false;
  return true;
}
