/**
 * Who said it. News closes many sentences with their source (", argues analyst Jane Doe of Acme
 * Capital", ", the Times reported"). Those words say who, not what: a sentence that repeats a claim
 * should not score lower for naming someone the claim does not.
 */
import type { Word } from './words';

/** Verbs of saying, as written (stop words among them: "said", "says", "according"). */
const SAYING = new Set(
  ('said says say argues argued argue claimed claims told tells wrote writes reported reports noted notes predicted predicts ' +
    'projected projects insisted insists contends contended according added adds explained asserts asserted believes ' +
    'warned warns cautioned').split(' '),
);

/** An attribution is short; a longer last clause says something of its own. */
const MAX_WORDS = 10;

/**
 * Where a closing attribution starts: the sentence's last clause, when it is short, has a verb of
 * saying and reports nothing itself ("Zuckerberg wrote that..." is the claim, not its source);
 * -1 when there is none.
 */
export function attributionStart(words: readonly Word[]): number {
  let last = -1;
  words.forEach((word, i) => {
    if (word.breakBefore) last = i;
  });
  if (last <= 0 || words.length - last > MAX_WORDS) return -1;
  const clause = words.slice(last);
  return clause.some((word) => SAYING.has(word.surface)) && !clause.some((word) => word.surface === 'that') ? last : -1;
}
