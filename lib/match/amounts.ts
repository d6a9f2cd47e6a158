/**
 * Amounts a text gives ("$72 billion", "600 jobs", "40 percent"), so that a sentence with other
 * figures is not read as repeating a claim: "Microsoft plans to spend $80 billion on AI" is not
 * "Meta will spend $60 billion on AI".
 */
import type { Word } from './words';

const YEAR = /^(19|20)\d\d$/;

/** Words after a number that make it an amount however small. */
const UNITS = new Set(['million', 'billion', 'trillion', 'thousand', 'dollar', 'dollars', 'percent', 'euros', 'pounds']);
/** Numbers written out, which count as amounts before a unit: "two trillion parameters", "sixty billion dollars". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

const numberWord = (word: Word | undefined) => (word && Object.hasOwn(NUMBER_WORDS, word.surface) ? NUMBER_WORDS[word.surface] : undefined);

/** The number a written-out word gives: "two hundred" is 200 at "hundred". */
function writtenNumber(words: readonly Word[], i: number): number | undefined {
  const value = numberWord(words[i]);
  if (value !== 100 || i === 0) return value;
  return 100 * (numberWord(words[i - 1]) ?? 1);
}

/** Amounts: "$72 billion", "600 jobs", "40 percent"; not years or version numbers ("Llama 3"). */
export function amountsOf(words: readonly Word[]): Set<number> {
  const amounts = new Set<number>();
  words.forEach((w, i) => {
    const written = writtenNumber(words, i);
    if (written !== undefined && UNITS.has(words[i + 1]?.surface ?? '')) amounts.add(written);
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
