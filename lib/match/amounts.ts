/**
 * Amounts a text gives ("$72 billion", "600 jobs", "40 percent"), so that a sentence with other
 * figures is not read as repeating a claim: "Microsoft plans to spend $80 billion on AI" is not
 * "Meta will spend $60 billion on AI", and "$100 billion" is not "$100 million".
 */
import { termOf, type Word } from './words';

/** A figure as written, and its magnitude if one follows it ("billion"). */
export interface Amount {
  figure: number;
  magnitude?: number;
}

const YEAR = /^(19|20)\d\d$/;

/** Words after a number that make it an amount however small. */
const UNITS = new Set(['million', 'billion', 'trillion', 'thousand', 'dollar', 'dollars', 'percent', 'euros', 'pounds']);
const MAGNITUDES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Numbers written out, which count as amounts before a unit: "two trillion parameters", "sixty billion dollars". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/**
 * A unit or magnitude word ("million", "dollar"): with its number it gives one amount, so it adds
 * no shared word of its own ("A $100 million number is everywhere" shares one thing with a claim
 * about $100 million bonuses, not three).
 */
export const isUnitTerm = (term: string): boolean => UNIT_TERMS.has(term);
const UNIT_TERMS = new Set([...UNITS, 'euro', 'pound'].map(termOf));

const known = <T>(table: Record<string, T>, word: Word | undefined) => (word && Object.hasOwn(table, word.surface) ? table[word.surface] : undefined);

/** The number a written-out word gives: "two hundred" is 200 at "hundred". */
function writtenNumber(words: readonly Word[], i: number): number | undefined {
  const value = known(NUMBER_WORDS, words[i]);
  if (value !== 100 || i === 0) return value;
  return 100 * (known(NUMBER_WORDS, words[i - 1]) ?? 1);
}

/** Amounts: "$72 billion", "600 jobs", "40 percent"; not years or version numbers ("Llama 3"). */
export function amountsOf(words: readonly Word[]): Amount[] {
  const amounts: Amount[] = [];
  const add = (figure: number, next: Word | undefined) => amounts.push({ figure, magnitude: known(MAGNITUDES, next) });
  words.forEach((w, i) => {
    const next = words[i + 1];
    const written = writtenNumber(words, i);
    if (written !== undefined && UNITS.has(next?.surface ?? '')) add(written, next);
    if (!/^\d/.test(w.term) || YEAR.test(w.term)) return;
    const value = Number(w.term);
    if (Number.isFinite(value) && (value >= 100 || UNITS.has(next?.surface ?? ''))) add(value, next);
  });
  return amounts;
}

/** How far apart two amounts may be and still be the same figure, rounded: "$72 billion" is "$72.2 billion". */
const AMOUNT_ROUNDING = 0.05;

/**
 * Two amounts are the same figure, give or take rounding, and of the same magnitude where both
 * give one ("$100 milion", misspelt, may still be "$100 million").
 */
function same(a: Amount, b: Amount): boolean {
  if (a.magnitude && b.magnitude && a.magnitude !== b.magnitude) return false;
  return Math.abs(a.figure - b.figure) <= AMOUNT_ROUNDING * Math.max(a.figure, b.figure);
}

/** Both texts give amounts, and none of them agree. */
export function otherAmounts(sentence: readonly Amount[], passage: readonly Amount[]): boolean {
  if (sentence.length === 0 || passage.length === 0) return false;
  return !sentence.some((a) => passage.some((b) => same(a, b)));
}
