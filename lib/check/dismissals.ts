/**
 * Sentences that brush aside what someone said: "…, whatever CNBC's sources say", "no matter what
 * Zuckerberg told investors, …", "despite the spokesperson's assurances, …", "LeCun can keep
 * saying …, but". The rest of such a sentence says the opposite of that someone's claim, however
 * it is worded, so the claim it denies is the one that someone made, and its stance is the other
 * side.
 */
import type { Claim } from '../corpus';
import { normalise } from '../match/normalise';
import { termOf } from '../match/words';

/** "whatever X says": the opener, up to five words naming who, then a verb of saying. */
const DISMISSAL = /\b(?:whatever|no matter what|regardless of what|despite what|contrary to what|in spite of what)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,5}?)(?:(?:has|had|may|might|would|will|does|did|likes? to|liked to|used to|keeps?|kept)\s+)?(?:says?|said|saying|claims?|claimed|promised?|promises|told|tells|insists?|insisted|wrote|writes|argues?|argued|predicted|predicts|pledged|pledges|reports?|reported|suggests?|suggested|shows?|showed|thinks?|thought|believes?|believed|maintains?|maintained|forecast|forecasts|announced|stated|voted|ruled|concluded|found|finds)\b/iu;

/** "Meta can keep insisting its models are open, but…": whoever may go on saying it, unheeded. */
const SAYING_ON = /\b((?:[\p{L}\p{N}'’.-]+\s+){1,5}?)(?:can|may|could)\s+(?:keep(?:\s+on)?|go\s+on|carry\s+on|continue)\s+(?:saying|insisting|claiming|telling|promising|repeating|arguing|predicting)\b/iu;

/** Words of a speaker's role that name no one: "Meta chief AI scientist" is known as Meta. */
const ROLE_TERMS = ['chief', 'ai', 'officer', 'ceo', 'cto', 'scientist', 'researcher', 'research', 'former', 'departing', 'joining', 'leav', 'from'].map((word) => termOf(word));

/** Words beside a name that name no one in particular: "CNBC's sources", "the reports". */
const GENERIC_TERMS = ['source', 'report', 'people', 'critic', 'analyst', 'expert', 'rumour', 'rumor', 'headline', 'story'].map((word) => termOf(word));

/** "contrary to Zuckerberg's promise", "despite the spokesperson's assurances": whose word is set aside. */
const SET_ASIDE = /\b(?:contrary to|despite|in spite of|notwithstanding)\s+((?:[\p{L}\p{N}.-]+\s+){0,3}?[\p{L}\p{N}.-]+)['’]s?\s+(?:own\s+|earlier\s+|repeated\s+)?(?:claims?|promises?|pledges?|assurances?|insistence|predictions?|forecasts?|boasts?|vows?|statements?|remarks?|letter|memo|essay|denials?|account)\b/iu;

/**
 * The terms of `text`'s words, without stop words. Not words.ts's termsOf: its compounds reword
 * phrases, and a name must keep its words ("Open Source Initiative" would lose "open" and "source").
 */
function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of normalise(text).split(/[^\p{L}\p{N}]+/u)) {
    const term = word ? termOf(word) : '';
    if (term) terms.add(term);
  }
  return terms;
}

/** The terms naming whoever the sentence brushes aside, or null when it brushes no one aside. */
export function dismissedSpeaker(sentence: string): Set<string> | null {
  const found = DISMISSAL.exec(sentence) ?? SET_ASIDE.exec(sentence) ?? SAYING_ON.exec(sentence);
  if (!found) return null;
  const terms = termsOf(found[1]);
  for (const generic of GENERIC_TERMS) terms.delete(generic);
  return terms.size > 0 ? terms : null;
}

/**
 * The terms a claim's maker is known by: its name and the organisation its role names ("Mark
 * Zuckerberg, Meta CEO" is known as Zuckerberg and as Meta), without notes in brackets, and the
 * name's initials when it has several words ("OSI", "NYT").
 */
export function speakerTerms(claim: Claim): Set<string> {
  const speaker = (claim.speaker || claim.source.outlet).replace(/\([^)]*\)/g, '');
  const terms = termsOf(speaker);
  for (const role of ROLE_TERMS) terms.delete(role);
  const name = speaker.split(',')[0].split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && word !== 'The');
  const initials = name.length > 1 ? termOf(name.map((word) => word[0].toLowerCase()).join('')) : '';
  if (initials) terms.add(initials);
  return terms;
}

/** "whatever that essay said", "no matter what the memo says": a document, named by its kind. */
const DOCUMENT = termOf('essay');

/** Whether `claim` was made by the one the sentence brushes aside, or in the document it names. */
export const madeBy = (claim: Claim, dismissed: ReadonlySet<string>): boolean =>
  [...speakerTerms(claim)].some((term) => dismissed.has(term)) || (dismissed.has(DOCUMENT) && termsOf(claim.text).has(DOCUMENT));
