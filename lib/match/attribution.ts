/**
 * Who said it. News opens or closes many sentences with their source ("According to Axios, ...",
 * ", argues analyst Jane Doe of Acme Capital", ", the Times reported, citing two people"). Those
 * words say who, not what: a sentence that repeats a claim should not score lower for naming
 * someone the claim does not.
 */
import { clauseStarts, FORMS_OF_BE, type Word } from './words';

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

/** Forms of "be" before a verb of saying make it passive: "drivers were told to...", "had been told". */
const PASSIVE = new Set([...FORMS_OF_BE, 'being']);
/** Words that open a clause of time or place rather than a speaker: "In a memo, Zuckerberg wrote". */
const SETTING = new Set('in at on during after before when while since as by from with for'.split(' '));

/**
 * An opening speaker: "Tobias Wrenfield, an analyst at Kilnsea Capital, said the cuts...". Returns
 * where what they said begins (after the verb of saying), or 0: the verb comes within the first few
 * words, is not passive, the sentence does not open on where or when it was said, no "that"
 * comes before the verb, and the verb is not in a short closing attribution (", said analysts").
 */
function openingSpeaker(words: readonly Word[]): number {
  const verb = words.findIndex((word) => SAYING.has(word.surface));
  if (verb < 2 || verb > MAX_WORDS || PASSIVE.has(words[verb - 1].surface) || SETTING.has(words[0].surface)) return 0;
  if (closesSentence(words, verb)) return 0;
  return words.slice(0, verb).some((word) => word.surface === 'that') ? 0 : verb + 1;
}

/** Most words in a closing attribution: ", said analysts at Acme Capital", ", analysts at Acme said". */
const CLOSING_WORDS = 6;

/**
 * Whether the verb of saying at `verb` sits in a short last clause, with its speaker: "Meta will
 * keep its models open, said analysts" or "..., analysts said". What comes before it is what was
 * said, not a speaker.
 */
function closesSentence(words: readonly Word[], verb: number): boolean {
  let start = verb;
  while (start > 0 && !words[start].breakBefore) start--;
  if (start === 0 || words.length - start > CLOSING_WORDS) return false;
  return !words.slice(verb + 1).some((word) => word.breakBefore);
}

/** Words of saying or hoping that a dismissed source did: "whatever Zuckerberg promised". */
const DISMISSED_SAYING = new Set([...SAYING, 'say', 'promised', 'promises', 'pledged', 'hoped', 'hopes', 'suggested', 'suggests', 'thinks', 'thought']);

/**
 * A clause that waves a source aside: "whatever the essay said", "regardless of what its
 * spokesperson told reporters", "however often its executives insist...", "no matter what Meta
 * says". It names whose word the sentence goes against, not what the sentence says. Returns where
 * the clause ends (exclusive) when one opens at `start`, else -1. "whatever its capabilities"
 * waves no source aside.
 */
function dismissalEnd(words: readonly Word[], start: number): number {
  const first = words[start].surface;
  const second = words[start + 1]?.surface;
  const opens =
    first === 'whatever' || (first === 'regardless' && second === 'of') || (first === 'no' && second === 'matter') ||
    (first === 'however' && (second === 'often' || second === 'much'));
  if (!opens) return -1;
  let end = start + 1;
  while (end < words.length && !words[end].breakBefore) end++;
  return end - start <= MAX_WORDS && words.slice(start, end).some((word) => DISMISSED_SAYING.has(word.surface)) ? end : -1;
}

/** The dismissals of a sentence (dismissalEnd), as [start, end) spans: at its start or after a break. */
function dismissalSpans(words: readonly Word[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const start of clauseStarts(words)) {
    const end = dismissalEnd(words, start);
    if (end > 0) spans.push([start, end]);
  }
  return spans;
}

/**
 * The words that only name the sentence's source, as [start, end) spans:
 * - the closing clause when it is short, has a verb of saying and reports nothing itself
 *   ("Zuckerberg wrote that..." is the claim, not its source), with any clauses after it that
 *   are about the source (", who calls the pledge a slogan");
 * - an opening "According to X," clause, or an opening speaker and their verb of saying ("Jane
 *   Doe, an analyst at Acme, said"). (Not a clause that says where it was said, "In a memo
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
  else {
    const speaker = openingSpeaker(words);
    if (speaker > 0) spans.unshift([0, speaker]);
  }
  return [...spans, ...dismissalSpans(words)];
}
