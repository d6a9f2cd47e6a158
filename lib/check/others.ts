/**
 * Sentences about someone else. A page about Meta also reports what Google or Microsoft did, often
 * in the same words ("Google says it remains committed to open models"). A sentence that opens
 * with a name the corpus knows as someone else's (named in its claims, but not one of the topic's
 * subjects, sources or speakers), names none of the topic's subjects, and opens with no name the
 * matched claim has, is about someone else: it does not repeat the claim.
 */
import type { Corpus } from '../corpus';
import { nameTermsOf } from '../match/names';
import { termsOf } from '../match/words';
import type { TopicMatcher } from '../topic';

/** The run of capitalised words a sentence opens with: "Google", "Nvidia's Jensen Huang". */
const OPENING_NAME = /^[\p{Lu}][\p{L}\p{N}'’]*(?:\s+[\p{Lu}][\p{L}\p{N}'’]*)*/u;

export class OtherNames {
  private constructor(
    private readonly others: ReadonlySet<string>,
    private readonly topic: TopicMatcher,
  ) {}

  static of(corpus: Corpus, claimTexts: readonly (readonly string[])[], topic: TopicMatcher): OtherNames {
    const own = new Set(corpus.meta.topic.entities.flatMap(termsOf));
    // Outlets and speakers open sentences as sources ("Reuters reported that..."), not subjects.
    for (const claim of corpus.claims) for (const term of [...termsOf(claim.source.outlet), ...termsOf(claim.speaker.split(',')[0])]) own.add(term);
    const others = new Set<string>();
    for (const texts of claimTexts) for (const text of texts) for (const name of nameTermsOf(text)) if (!own.has(name)) others.add(name);
    return new OtherNames(others, topic);
  }

  /** Whether `sentence` is about someone other than the claim (given by its texts) and the topic. */
  aboutSomeoneElse(sentence: string, claimTexts: readonly string[]): boolean {
    const opening = (OPENING_NAME.exec(sentence.trim())?.[0] ?? '').split(/\s+/).flatMap(termsOf);
    if (opening.length === 0 || !this.others.has(opening[0])) return false;
    const claimTerms = new Set(claimTexts.flatMap(termsOf));
    return !opening.some((term) => claimTerms.has(term)) && this.topic.judge('', sentence).entityMentions === 0;
  }
}
