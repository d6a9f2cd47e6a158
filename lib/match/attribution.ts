/**
 * Who said it. News opens or closes many sentences with their source ("According to Axios, ...",
 * ", argues analyst Jane Doe of Acme Capital", ", the Times reported, citing two people"). Those
 * words say who, not what: a sentence that repeats a claim should not score lower for naming
 * someone the claim does not.
 */
import { clauseStarts, type Word } from './words';

/** Verbs of saying, as written (stop words among them: "said", "says", "according"). */
const SAYING = new Set(
  ('said says say argues argued argue claimed claims told tells wrote writes reported reports noted notes predicted predicts ' +
    'projected projects insisted insists contends contended according added adds explained asserts asserted believes ' +
    'warned warns cautioned').split(' '),
);

/**
 * Words that open a clause hung on the source rather than on the claim: who the source is (", who
 * runs...") or what else they did while saying it (", citing...", ", calling the plan a gamble").
 */
const ABOUT_THE_SOURCE = new Set(
  ('who whose which citing calling arguing adding noting saying pointing describing referring dismissing brushing ' +
    'speaking writing').split(' '),
);

/** An attribution is short; a longer clause says something of its own. */
const MAX_WORDS = 10;

const isAttribution = (clause: readonly Word[]) =>
  clause.length <= MAX_WORDS && clause.some((word) => SAYING.has(word.surface)) && !clause.some((word) => word.surface === 'that');

/**
 * The words that only name the sentence's source, as [start, end) spans:
 * - the closing clause when it is short, has a verb of saying and reports nothing itself
 *   ("Zuckerberg wrote that..." is the claim, not its source), with any clauses after it that
 *   are about the source (", who calls the pledge a slogan");
 * - an opening "According to X," clause. (Not one that says where it was said, "In a memo
 *   published in July,": its words are often the claim's own, and without them a sentence can
 *   read as a claim it does not make.)
 */
export function attributionSpans(words: readonly Word[]): Array<[number, number]> {
  const starts = clauseStarts(words);
  const spans: Array<[number, number]> = [];
  let tail = starts.length - 1;
  while (tail > 1 && ABOUT_THE_SOURCE.has(words[starts[tail]].surface)) tail--;
  const end = tail + 1 < starts.length ? starts[tail + 1] : words.length;
  if (tail > 0 && isAttribution(words.slice(starts[tail], end))) spans.push([starts[tail], words.length]);
  if (starts.length > 1 && words[0].surface === 'according' && isAttribution(words.slice(0, starts[1]))) spans.unshift([0, starts[1]]);
  return spans;
}
