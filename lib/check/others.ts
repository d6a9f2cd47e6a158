/**
 * Sentences about someone else. A page about Meta also reports what Google or Microsoft did, often
 * in the same words ("Google says it remains committed to open models", "an analyst predicts that
 * OpenAI will lead the industry"). A sentence whose subject, at its opening or at the start of a
 * "that" clause, is a name the corpus knows as someone else's (named in its claims, but not one of
 * the topic's subjects, sources or speakers) and not a name of the matched claim, and which names
 * none of the topic's subjects, is about someone else: it does not repeat the claim. So is one
 * that calls its speaker, or the subject of what was said, a rival or a start-up, and a quote in
 * the first person by a speaker neither the corpus nor the claim names, and one that points back
 * ("Its founders say...") to someone else the sentence before opened with.
 */
import type { Corpus } from '../corpus';
import { nameTermsOf } from '../match/names';
import { termsOf } from '../match/words';
import type { TopicMatcher } from '../topic';
import { isFragment } from './furniture';

/** A run of capitalised words: "Google", "Nvidia's Jensen Huang", "Oskar Lindvall-Aho". */
const NAME = String.raw`[\p{Lu}][\p{L}\p{N}'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’-]*)*`;
/** The name a sentence opens with. */
const OPENING_NAME = new RegExp(`^${NAME}`, 'u');
/** A name opening a "that" clause: "predicts that OpenAI will lead". */
const AFTER_THAT = new RegExp(String.raw`\bthat\s+(${NAME})`, 'gu');

/**
 * Someone the sentence itself calls someone else, unnamed or named only there: its speaker ("A
 * small start-up called Northwind AI said...", "Brackwater Labs, a Lisbon start-up, says...") or
 * the subject of what was said ("...said rival labs had offered...").
 */
const OTHER = String.raw`\b(?:rivals?|competitors?|start-?ups?|another (?:company|firm|lab)|other (?:companies|firms|labs))\b`;
const SAYING = String.raw`(?:said|says|told|tells|announced|announces|argued|argues|claimed|claims|insisted|insists|pledged|pledges|promised|promises)\b`;
const RIVAL_SPEAKS = new RegExp(
  [
    String.raw`^[^,;:]*?${OTHER}[^,;:]*?\s${SAYING}`,
    String.raw`^[^,;:]*,\s*(?:a|an|the)\s[^,;:]*?${OTHER}[^,;:]*,\s*${SAYING}`,
    String.raw`\b${SAYING}\s+(?:that\s+)?(?:(?:the|some|several|two|three|its|their)\s+)?(?:[\p{L}-]+\s+)?${OTHER}`,
  ].join('|'),
  'iu',
);
/** Words by which a speaker speaks for their own company. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:we|our|us|ours|ourselves)(?![\p{L}])/iu;
/** The speaker of a quote: the name just before its verb of saying, or just after "said". */
const SPEAKER = new RegExp(`(?<=[\\s,“”"‘’]|^)(${NAME})\\s+${SAYING}|\\b(?:said|says|added|argued|insisted|wrote)\\s+(${NAME})`, 'gu');

/** Capitalised words that are no one's name. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr'
    .split(' ').flatMap(termsOf),
);

/** An opening that points back to the subject of the sentence before: "Its founders say...". */
const POINTING_BACK = /^["“‘']?\s*(?:it|its|they|their|the (?:company|firm|start-?up|startup|lab|group|business))\b/iu;

/** A claim about Meta's rivals may be told by one. */
const RIVAL = /\b(?:rivals?|competitors?|start-?ups?)\b/i;

export class OtherNames {
  private constructor(
    private readonly own: ReadonlySet<string>,
    private readonly others: ReadonlySet<string>,
    private readonly topic: TopicMatcher,
  ) {}

  static of(corpus: Corpus, claimTexts: readonly (readonly string[])[], topic: TopicMatcher): OtherNames {
    const own = new Set(corpus.meta.topic.entities.flatMap(termsOf));
    // Outlets and speakers open sentences as sources ("Reuters reported that..."), not subjects.
    for (const claim of corpus.claims) for (const term of [...termsOf(claim.source.outlet), ...termsOf(claim.speaker.split(',')[0])]) own.add(term);
    const others = new Set<string>();
    for (const texts of claimTexts) for (const text of texts) for (const name of nameTermsOf(text)) if (!own.has(name)) others.add(name);
    return new OtherNames(own, others, topic);
  }

  /** Whether `sentence` is about someone other than the claim (given by its texts) and the topic. */
  aboutSomeoneElse(sentence: string, claimTexts: readonly string[]): boolean {
    if (this.namesTopic(sentence)) return false;
    if (RIVAL_SPEAKS.test(sentence) && !claimTexts.some((text) => RIVAL.test(text))) return true;
    const claimTerms = new Set(claimTexts.flatMap(termsOf));
    if (this.speaksForOthers(sentence, claimTerms)) return true;
    return subjectNames(sentence).some((name) => {
      const terms = name.split(/\s+/).flatMap(termsOf);
      return terms.length > 0 && this.others.has(terms[0]) && !terms.some((term) => claimTerms.has(term));
    });
  }

  /**
   * Whether a page is mainly about someone else: some name the topic does not own is named in more
   * of its sentences than the topic's subjects are (a start-up's launch story that mentions Meta
   * in passing). Its sentences then speak of that someone unless they name the topic.
   */
  mainlyAboutSomeoneElse(sentences: readonly string[]): boolean {
    const named = new Map<string, number>();
    let own = 0;
    let most = 0;
    for (const sentence of sentences) {
      if (this.namesTopic(sentence)) own++;
      for (const name of nameTermsOf(sentence)) {
        if (this.own.has(name) || CALENDAR.has(name)) continue;
        const count = (named.get(name) ?? 0) + 1;
        named.set(name, count);
        most = Math.max(most, count);
      }
    }
    return most > own;
  }

  /**
   * Whether a sentence opens with someone else: a name the topic does not own ("Quillwort
   * Robotics, a Pittsburgh company, raised $38 million"), in a sentence that names none of the
   * topic's subjects. A name of one word counts only when the corpus knows it as someone else's,
   * since any sentence's first word is capitalised.
   */
  opensWithSomeoneElse(sentence: string): boolean {
    const name = OPENING_NAME.exec(sentence.trim())?.[0];
    if (!name || this.namesTopic(sentence)) return false;
    const words = name.split(/\s+/);
    const terms = words.flatMap(termsOf).filter((term) => !CALENDAR.has(term));
    if (terms.length === 0 || terms.some((term) => this.own.has(term))) return false;
    return words.length > 1 || this.others.has(terms[0]);
  }

  /**
   * Whether a sentence goes on about the someone else the sentence before opened with: "Its
   * founders say they will keep releasing their models openly", after a sentence about a start-up.
   */
  continuesSomeoneElse(sentence: string, before: string | undefined): boolean {
    if (before === undefined || !POINTING_BACK.test(sentence.trim()) || this.namesTopic(sentence)) return false;
    // A heading or a speaker's label ("Jasper Oyelaran [06:41]") is no sentence to point back to.
    return !isFragment(before) && this.opensWithSomeoneElse(before);
  }

  /** Whether a sentence names one of the topic's subjects. */
  namesTopic(sentence: string): boolean {
    return this.topic.judge('', sentence).entityMentions > 0;
  }

  /**
   * A quote in the first person ("we", "our") whose speaker neither the corpus nor the claim
   * knows: "'We will keep releasing every model we train,' said Oskar Lindvall-Aho" speaks for
   * another company.
   */
  private speaksForOthers(sentence: string, claimTerms: ReadonlySet<string>): boolean {
    if (!FIRST_PERSON.test(sentence)) return false;
    for (const match of sentence.matchAll(SPEAKER)) {
      const terms = (match[1] ?? match[2]).split(/\s+/).flatMap(termsOf);
      if (terms.length > 0 && !terms.some((term) => this.own.has(term) || claimTerms.has(term))) return true;
    }
    return false;
  }
}

/** The names in a sentence's subject places: its opening, and the start of a "that" clause. */
function subjectNames(sentence: string): string[] {
  const text = sentence.trim();
  const names = [OPENING_NAME.exec(text)?.[0] ?? ''];
  for (const match of text.matchAll(AFTER_THAT)) names.push(match[1]);
  return names.filter(Boolean);
}
