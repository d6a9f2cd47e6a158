/**
 * What a text only sets as a condition. "Behemoth will be released once training finishes"
 * does not say training has finished, so "Behemoth has not finished training" denies nothing
 * the claim asserts: the words of a clause that "once", "until", "unless", "if", "whenever" or
 * an opening "should" opens are left out when two texts' polarities are compared. In a
 * sentence, such a word gives way to its opposite where the sentence asserts (matcher.ts).
 */
import type { Word } from './words';

/** Words that open a clause a claim states only as a condition. */
const CONDITIONS = new Set(['once', 'until', 'unless', 'if', 'whenever']);

/** Positions of the words a text states only as a condition: from the conditional word to the clause's end. */
export function conditionPositions(words: readonly Word[]): Set<number> {
  const positions = new Set<number>();
  words.forEach((word, i) => {
    // "Should a model become dangerous, ...": an inverted "if", only where a clause opens.
    const inverted = word.surface === 'should' && (i === 0 || !!word.breakBefore);
    if (!CONDITIONS.has(word.surface) && !inverted) return;
    for (let j = i + 1; j < words.length && !words[j].breakBefore; j++) positions.add(j);
  });
  return positions;
}
