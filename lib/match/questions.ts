/**
 * What a text asks rather than says: a "whether" clause ("analysts asked whether Meta would keep
 * releasing open models"), an "if" after a verb of asking or knowing ("declined to say if"), a
 * "when" or "how" after a refusal to say ("did not say when"), a supposition that opens the text
 * ("If Meta were to..."), or the whole of a question. A sentence that only asks about a claim does
 * not repeat it. Opposites offered as alternatives ("open or closed") say neither.
 */
import { antonymsOf } from './antonyms';
import { hasTurn } from './concessions';
import { clauseEnd, isSay, termOf, type Word } from './words';

/** Verbs after which "if" opens a question rather than a condition. */
const ASKING = new Set(['ask', 'wonder', 'question', 'know', 'tell', 'unclear', 'clear', 'doubt', 'confirm', 'decide'].map(termOf));
const asks = (word: Word | undefined) => word !== undefined && (ASKING.has(word.term) || isSay(word));

/** Positions of the words a text asks about. */
export function askedPositions(words: readonly Word[], isQuestion: boolean): Set<number> {
  const asked = new Set<number>();
  if (isQuestion || grantsInIrony(words)) {
    words.forEach((_, i) => asked.add(i));
    return asked;
  }
  for (let i = 0; i < words.length; i++) {
    const negator = unsaidFrom(words, i);
    if (negator >= 0) {
      // The "not" too: it belongs to the leaving unsaid, not to what a claim denies.
      const end = clauseEnd(words, i);
      for (let j = negator; j <= end; j++) if (j !== i) asked.add(j);
      continue;
    }
    if (!opensQuestion(words, i)) continue;
    const end = WH_WORDS.has(words[i].surface) ? refusedClauseEnd(words, i) : clauseEnd(words, i);
    for (let j = i + 1; j <= end; j++) asked.add(j);
  }
  return asked;
}

/**
 * "Sure, Meta is committed to open source": a "sure" that opens a text grants what follows only to
 * mock it, or to take it back in the next sentence; either way the writer does not say it. With a
 * "but" of its own ("Sure, it is open, but...") the granted part is a concession (concessions.ts).
 */
function grantsInIrony(words: readonly Word[]): boolean {
  const opener = words[0]?.surface === 'oh' || words[0]?.surface === 'yeah' ? 1 : 0;
  if (words[opener]?.surface !== 'sure' || !words[opener + 1]?.breakBefore) return false;
  return !hasTurn(words);
}

/**
 * Positions of opposites offered as alternatives: "closed or open, the models will need data
 * centers" says neither, so neither word can match a claim.
 */
export function alternativePositions(words: readonly Word[]): Set<number> {
  const alternatives = new Set<number>();
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i].surface !== 'or') continue;
    const [before, after] = [words[i - 1].term, words[i + 1].term];
    if (before !== '' && after !== '' && antonymsOf(before).includes(after)) alternatives.add(i - 1).add(i + 1);
  }
  return alternatives;
}

const ANNOUNCING = new Set(['announce', 'confirm', 'disclose', 'reveal', 'comment', 'specify', 'detail'].map(termOf));
/**
 * "has not announced any change to...", "never publicly confirmed...": what follows is left
 * unsaid, neither said nor denied. The position of the "not" or "never" before word i, or -1.
 */
function unsaidFrom(words: readonly Word[], i: number): number {
  if (!ANNOUNCING.has(words[i].term)) return -1;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (words[j].surface === 'not' || words[j].surface === 'never') return j;
  return -1;
}

/** Words that open an indirect question only after a refusal to answer ("did not say when"). */
const WH_WORDS = new Set(['when', 'how', 'why', 'what', 'where', 'which']);
/** Verbs that refuse an answer: "declined to say", "refused to confirm". */
const REFUSING = new Set(['declin', 'refus']);

function opensQuestion(words: readonly Word[], i: number): boolean {
  // ", whether a person or a company" means "be it": it asks nothing.
  if (words[i].surface === 'whether') return !words[i].breakBefore;
  // "If the company were to keep them closed, developers would move": a supposition.
  if (i === 0 && (words[i].surface === 'if' || words[i].surface === 'unless')) return true;
  // "did not say when Behemoth would ship" leaves it open; "said when it launched" does not.
  if (WH_WORDS.has(words[i].surface)) return refusedBefore(words, i);
  // "said that if..." sets a condition.
  if (words[i].surface !== 'if' || words[i - 1]?.surface === 'that') return false;
  // "declined to say if", "asked him if": a verb of asking within the two words before.
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) if (asks(words[j])) return true;
  return false;
}

/** An asking word just before i, itself refused: "did not say", "never disclosed", "declined to say", "refused to confirm". */
function refusedBefore(words: readonly Word[], i: number): boolean {
  if (!asks(words[i - 1])) return false;
  const before = words[i - 2];
  if (before?.surface === 'to') return REFUSING.has(words[i - 3]?.term ?? '');
  return before?.surface === 'not' || before?.surface === 'never';
}

/**
 * What a refusal leaves open runs on past an aside ("did not say when Behemoth, the largest of its
 * models, would be released") to the sentence's end or to a new clause joined by a conjunction.
 */
function refusedClauseEnd(words: readonly Word[], i: number): number {
  for (let j = i + 1; j < words.length; j++) if (words[j].breakBefore && JOINING.has(words[j].surface)) return j - 1;
  return words.length - 1;
}
const JOINING = new Set(['and', 'but', 'or', 'while', 'although', 'though', 'saying', 'adding', 'citing']);

/** A sentence that ends with a question mark (quotes and brackets after it aside). */
export const isQuestion = (text: string): boolean => /\?["'”’)\]]*\s*$/.test(text);
