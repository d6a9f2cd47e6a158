/**
 * How much of one text another says, counting words said differently: "tempted researchers
 * away with enormous pay offers" says most of "lured staff with huge salaries" in other words.
 * The matcher's score already counts shared stems and folded synonyms; this lets the second look
 * (confidence.ts) credit the rest by how near the words' vectors lie (lib/match/embeddings.ts).
 */
import type { Word } from '../match/words';
import type { WordVectors } from '../match/embeddings';

/** How many of the most frequent words of the table the extension carries (see firstWordsOf). */
export const MEANING_WORDS = 20_000;

/**
 * The IDF-weighted share of `from`'s content terms that `to` says: 1 for a term `to` holds,
 * else its best cosine with any of `to`'s words (0 at worst, and 0 without a vector or a table).
 */
export function meaningShare(from: readonly Word[], to: readonly Word[], vectors: WordVectors | undefined, idfOf: (term: string) => number): number {
  const held = new Set(to.map((word) => word.term));
  const near = vectors ? to.flatMap((word) => (word.term ? (vectors.idOf(word.surface) ?? []) : [])) : [];
  let said = 0;
  let mass = 0;
  for (const word of firstOfEachTerm(from)) {
    const weight = idfOf(word.term);
    mass += weight;
    if (held.has(word.term)) {
      said += weight;
      continue;
    }
    const id = vectors?.idOf(word.surface);
    if (!vectors || id === undefined) continue;
    said += weight * vectors.nearest(id, near);
  }
  return mass ? said / mass : 0;
}

function firstOfEachTerm(words: readonly Word[]): Word[] {
  const first = new Map<string, Word>();
  for (const word of words) if (word.term && !first.has(word.term)) first.set(word.term, word);
  return [...first.values()];
}
