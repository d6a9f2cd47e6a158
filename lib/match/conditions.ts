/**
 * What a claim only sets as a condition. "Behemoth will be released once training finishes"
 * does not say training has finished, so "Behemoth has not finished training" denies nothing
 * the claim asserts: the words of a clause that "once", "until", "unless", "if" or "whenever"
 * opens are left out when two texts' polarities are compared (matcher.ts).
 */
import type { Word } from './words';

/** Words that open a clause a claim states only as a condition. */
const CONDITIONS = new Set(['once', 'until', 'unless', 'if', 'whenever']);

/** Positions of the words a text states only as a condition: from the conditional word to the clause's end. */
export function conditionPositions(words: readonly Word[]): Set<number> {
  const positions = new Set<number>();
  words.forEach((word, i) => {
    if (!CONDITIONS.has(word.surface)) return;
    for (let j = i + 1; j < words.length && !words[j].breakBefore; j++) positions.add(j);
  });
  return positions;
}
