/**
 * What a claim grants before it makes its point. In "Meta built its reputation on openness, but
 * that may be changing" the claim is that openness may be ending; the clause before "but" is only
 * the ground it stands on. So is the clause an "although" or "despite" opens. A sentence that
 * shares only those words ("Meta built its reputation on giving models away") does not repeat it.
 */
import type { Word } from './words';

/** Words that open a clause the rest of the sentence sets itself against. */
const GRANTING = new Set(['although', 'though', 'despite']);

/** Positions of the words a text grants rather than asserts. */
export function concededPositions(words: readonly Word[]): Set<number> {
  const conceded = new Set<number>();
  const turn = words.findIndex((word, i) => turnsAgainst(words, i));
  if (turn > 0 && hasContent(words, turn + 1, words.length)) for (let i = 0; i < turn; i++) conceded.add(i);
  if (GRANTING.has(words[0]?.surface)) {
    // The granted clause runs to the first comma: "Although X, Y".
    const end = words.findIndex((word, i) => i > 0 && word.breakBefore);
    if (end > 0 && hasContent(words, end, words.length)) for (let i = 0; i < end; i++) conceded.add(i);
  }
  return conceded;
}

/** Whether a text turns against itself: a ", but" or ", yet" joins two of its clauses. */
export const hasTurn = (words: readonly Word[]): boolean => words.some((_, i) => turnsAgainst(words, i));

/** ", but" or ", yet" joining two clauses; "but also", "but for" and "yet to" are no turn. */
function turnsAgainst(words: readonly Word[], i: number): boolean {
  const { surface, breakBefore } = words[i];
  return (surface === 'but' || surface === 'yet') && !!breakBefore && !NO_TURN.has(words[i + 1]?.surface);
}

const NO_TURN = new Set(['also', 'for', 'to']);

const hasContent = (words: readonly Word[], from: number, to: number) => words.slice(from, to).some((word) => word.term);
