/**
 * Typos: which word of a sentence is a misspelling of a claim's word? Cheap filters first (length,
 * the letters used, letter pairs shared), then fuse.js scores the few words left: a typo changes
 * a letter or two, never the whole word. The filters also tell the matcher which of a claim's
 * missing words could still turn up as typos, so it skips the search where none could.
 */
import Fuse from 'fuse.js';
import { TYPO_MIN_DICE, TYPO_MIN_LENGTH, TYPO_SCORE } from './tuning';

/** One fuse.js instance, its collection swapped per search: building one costs four times a search. */
const fuse = new Fuse<string>([], { includeScore: true, threshold: TYPO_SCORE, ignoreLocation: true });

/** A word, with what the cheap filters compare: computed once per word. */
export interface Spelling {
  word: string;
  /** The letters it uses, as bits. */
  letters: number;
  /** Its distinct letter pairs, as numbers, sorted. */
  pairs: readonly number[];
}

export const spellingOf = (word: string): Spelling => ({ word, letters: letterSet(word), pairs: letterPairs(word) });

/** The letters a word uses, as bits (folded onto 32: a shared bit can only let more words through). */
function letterSet(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

/** The words of one sentence that may be misspelt, and the misspellings found, remembered. */
export class SentenceSpellings {
  private readonly letters: number[];
  private readonly pairs: Array<readonly number[]>;
  /** Positions of the words long enough to be a misspelling: the only ones the filters look at. */
  private readonly long: number[] = [];
  private readonly found = new Map<string, number>();

  /** `words`: the sentence's words, '' where a word cannot count (a stop word). */
  constructor(private readonly words: readonly string[]) {
    // Plain arrays: Int32Array.from with a mapping function costs five times as much per sentence.
    this.letters = words.map(letterSet);
    this.pairs = words.map((word) => (word.length >= TYPO_MIN_LENGTH ? letterPairs(word) : NO_PAIRS));
    words.forEach((word, at) => {
      if (word.length >= TYPO_MIN_LENGTH) this.long.push(at);
    });
  }

  /** Could a sentence word be this word misspelt? The cheap filters only: never wrong when it says no. */
  mightMisspell(spelling: Spelling): boolean {
    for (const at of this.long) if (this.isNear(at, spelling)) return true;
    return false;
  }

  /** Position of the sentence word that is this word misspelt, as fuse.js scores it, or -1. */
  typoOf(spelling: Spelling): number {
    let at = this.found.get(spelling.word);
    if (at === undefined) {
      at = this.find(spelling);
      this.found.set(spelling.word, at);
    }
    return at;
  }

  private find(spelling: Spelling): number {
    const near: number[] = [];
    for (const at of this.long) if (this.isNear(at, spelling)) near.push(at);
    if (near.length === 0) return -1;
    fuse.setCollection(near.map((at) => this.words[at]));
    const [best] = fuse.search(spelling.word, { limit: 1 });
    return best && (best.score ?? 1) <= TYPO_SCORE ? near[best.refIndex] : -1;
  }

  /**
   * fuse.js finds `word` inside a sentence word with at most TYPO_SCORE x its length edits. Each
   * edit adds or removes at most two letters from the set of letters used, and a letter outside
   * the stretch found at most one more: a bound on how many letters the two sets can differ by.
   */
  private isNear(at: number, { word, letters, pairs }: Spelling): boolean {
    const candidate = this.words[at];
    if (candidate.length < TYPO_MIN_LENGTH || Math.abs(candidate.length - word.length) > 2) return false;
    const edits = Math.floor(TYPO_SCORE * word.length);
    if (bitCount(letters ^ this.letters[at]) > 3 * edits + Math.max(0, candidate.length - word.length)) return false;
    return dice(pairs, this.pairs[at]) >= TYPO_MIN_DICE;
  }
}

const NO_PAIRS: readonly number[] = [];

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A word's distinct letter pairs, each as one number, sorted. By insertion: a word has a handful
 * of pairs, and a typed array's sort costs more to call than to run on so few.
 */
function letterPairs(word: string): number[] {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    const pair = (word.charCodeAt(i) << 16) | word.charCodeAt(i + 1);
    let at = pairs.length;
    while (at > 0 && pairs[at - 1] > pair) at--;
    if (at > 0 && pairs[at - 1] === pair) continue;
    pairs.push(pair);
    for (let j = pairs.length - 1; j > at; j--) pairs[j] = pairs[j - 1];
    pairs[at] = pair;
  }
  return pairs;
}

/** Share of letter pairs two words have in common (Dice's coefficient), by merging sorted lists. */
function dice(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length || 1);
}
