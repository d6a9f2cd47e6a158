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
  pairs: Int32Array;
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
  private readonly letters: Int32Array;
  private readonly pairs: Int32Array[];
  private readonly found = new Map<string, number>();

  /** `words`: the sentence's words, '' where a word cannot count (a stop word). */
  constructor(private readonly words: readonly string[]) {
    this.letters = Int32Array.from(words, letterSet);
    this.pairs = words.map((word) => (word.length >= TYPO_MIN_LENGTH ? letterPairs(word) : NO_PAIRS));
  }

  /** Could a sentence word be this word misspelt? The cheap filters only: never wrong when it says no. */
  mightMisspell(spelling: Spelling): boolean {
    for (let at = 0; at < this.words.length; at++) if (this.isNear(at, spelling)) return true;
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
    for (let at = 0; at < this.words.length; at++) if (this.isNear(at, spelling)) near.push(at);
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

const NO_PAIRS = new Int32Array(0);

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A word's distinct letter pairs, each as one number, sorted. */
function letterPairs(word: string): Int32Array {
  const pairs = new Int32Array(Math.max(0, word.length - 1));
  for (let i = 0; i < pairs.length; i++) pairs[i] = (word.charCodeAt(i) << 16) | word.charCodeAt(i + 1);
  pairs.sort();
  let distinct = 0;
  for (let i = 0; i < pairs.length; i++) if (i === 0 || pairs[i] !== pairs[i - 1]) pairs[distinct++] = pairs[i];
  return pairs.subarray(0, distinct);
}

/** Share of letter pairs two words have in common (Dice's coefficient), by merging sorted lists. */
function dice(a: Int32Array, b: Int32Array): number {
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
