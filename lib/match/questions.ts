/**
 * What a text asks rather than says: a "whether" clause ("analysts asked whether Meta would keep
 * releasing open models"), an "if" after a verb of asking or knowing ("declined to say if"), or
 * the whole of a question. A sentence that only asks about a claim does not repeat it.
 */
import { clauseEnd, isSay, termOf, type Word } from './words';

/** Verbs after which "if" opens a question rather than a condition. */
const ASKING = new Set(['ask', 'wonder', 'question', 'know', 'tell', 'unclear', 'clear', 'doubt', 'confirm', 'decide'].map(termOf));
const asks = (word: Word | undefined) => word !== undefined && (ASKING.has(word.term) || isSay(word));

/** Positions of the words a text asks about. */
export function askedPositions(words: readonly Word[], isQuestion: boolean): Set<number> {
  const asked = new Set<number>();
  if (isQuestion) {
    words.forEach((_, i) => asked.add(i));
    return asked;
  }
  for (let i = 0; i < words.length; i++) {
    if (!opensQuestion(words, i)) continue;
    const end = clauseEnd(words, i);
    for (let j = i + 1; j <= end; j++) asked.add(j);
  }
  return asked;
}

function opensQuestion(words: readonly Word[], i: number): boolean {
  // ", whether a person or a company" means "be it": it asks nothing.
  if (words[i].surface === 'whether') return !words[i].breakBefore;
  // "said that if..." sets a condition.
  if (words[i].surface !== 'if' || words[i - 1]?.surface === 'that') return false;
  // "declined to say if", "asked him if": a verb of asking within the two words before.
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) if (asks(words[j])) return true;
  return false;
}

/** A sentence that ends with a question mark (quotes and brackets after it aside). */
export const isQuestion = (text: string): boolean => /\?["'”’)\]]*\s*$/.test(text);
