/**
 * Letter 4-grams of a text's content words, weighted by each word's IDF, compared by cosine.
 * They meet words the stemmer keeps apart ("migrants" and "immigrants", "photoshopped" and
 * "photoshop", "Soleimani" and "Suleimani"), so ranking can credit a near miss.
 */
import type { Word } from './words';

const GRAM = 4;

export interface GramVector {
  weights: Map<string, number>;
  norm: number;
}

export function letterGrams(words: readonly Word[], idfOf: (term: string) => number): GramVector {
  const weights = new Map<string, number>();
  for (const word of words) {
    if (!word.term) continue;
    const idf = idfOf(word.term);
    const padded = `<${word.surface}>`;
    // A word shorter than a gram is one gram on its own.
    const last = Math.max(0, padded.length - GRAM);
    for (let i = 0; i <= last; i++) {
      const gram = padded.slice(i, i + GRAM);
      weights.set(gram, (weights.get(gram) ?? 0) + idf);
    }
  }
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return { weights, norm: Math.sqrt(sum) || 1 };
}

export function cosine(a: GramVector, b: GramVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, weight] of small.weights) dot += weight * (large.weights.get(gram) ?? 0);
  return dot / (a.norm * b.norm);
}
