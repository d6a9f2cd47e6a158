/**
 * Names in a claim: the people, companies and products it is about. A sentence that shares only
 * names with a claim ("Zuckerberg and Huang swapped jackets at SIGGRAPH") is about the same
 * people, not saying the same thing, so a match needs at least one shared word that is not a name.
 */
import { termOf } from './words';
import { normalise } from './normalise';

/** A capitalised word, and what comes before it (to tell a name from a sentence's first word). */
const CAPITALISED = /(^|[.!?:"“”'‘’(]\s*|\s)(\p{Lu}[\p{L}\p{N}]*)/gu;

/** Terms of the capitalised words of `text` that do not start a sentence. */
export function nameTermsOf(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(CAPITALISED)) {
    const [, before, word] = match;
    // A word that starts the text, a sentence, a quote or a bracket is capitalised anyway.
    if (match.index === 0 || before.trim() !== '') continue;
    const term = termOf(normalise(word));
    if (term) names.add(term);
  }
  return names;
}

/** Share of `names` that `terms` holds (0 when there are no names). */
export function shareOfNames(names: ReadonlySet<string>, terms: { has(term: string): boolean }): number {
  if (names.size === 0) return 0;
  let found = 0;
  for (const name of names) if (terms.has(name)) found++;
  return found / names.size;
}
