/**
 * Word pairs of opposite meaning that news uses to say the reverse of a claim ("open models"
 * against "closed models", "Meta leads" against "Meta trails"). Kept to general English. Verbs that
 * deny or reverse ("reject", "fail", "abandon") are not here: negation.ts reads them as negations.
 */
import { termOf } from './words';

const PAIRS: Array<[string[], string[]]> = [
  [['open', 'opensource'], ['proprietary']],
  [['win', 'prevail', 'succeed', 'success'], ['lose', 'failure']],
  [['lead', 'ahead', 'above', 'outperform', 'outscore', 'outclass', 'surpass', 'beat'], ['trail', 'lag', 'behind', 'below', 'underperform', 'lose']],
  [['rise', 'increase', 'grow', 'raise', 'double', 'triple', 'jump', 'surge', 'soar', 'climb'], ['fall', 'decrease', 'shrink', 'decline', 'reduce', 'halve', 'plunge', 'slump', 'tumble', 'sink']],
  [['more'], ['less', 'fewer']],
  [['support', 'favour', 'favor', 'back', 'champion'], ['oppose', 'against']],
  [['allow', 'permit'], ['forbid', 'prohibit', 'withhold']],
  [['release', 'disclose'], ['withhold', 'conceal']],
  [['safe', 'safer'], ['dangerous', 'unsafe', 'risky']],
  [['public', 'publicly'], ['private', 'privately']],
  [['change', 'changed', 'shift', 'shifted', 'alter', 'altered', 'different'], ['unchanged', 'unaltered', 'same']],
  [['strong', 'strength'], ['weak', 'weakness']],
  [['praise', 'laud', 'applaud', 'commend', 'hail', 'defend'], ['criticise', 'condemn', 'denounce', 'decry']],
  [['honest', 'truthful', 'accurate', 'true'], ['dishonest', 'misleading', 'inaccurate', 'false', 'untrue', 'misrepresent', 'exaggerate']],
  [['early', 'punctual'], ['late', 'delay', 'delayed']],
  [['include', 'including'], ['exclude', 'excluding']],
];

const table = new Map<string, Set<string>>();
/** Each term's side of its pair: "lag" and "behind" say the same thing. */
const sides = new Map<string, Set<string>>();
function side(words: string[]): void {
  const terms = words.map(termOf).filter(Boolean);
  for (const term of terms) {
    const set = sides.get(term) ?? new Set<string>();
    for (const other of terms) if (other !== term) set.add(other);
    sides.set(term, set);
  }
}
function link(a: string[], b: string[]): void {
  for (const word of a) {
    const term = termOf(word);
    if (!term) continue;
    const set = table.get(term) ?? new Set<string>();
    for (const other of b) if (termOf(other)) set.add(termOf(other));
    table.set(term, set);
  }
}
for (const [a, b] of PAIRS) {
  link(a, b);
  link(b, a);
  side(a);
  side(b);
}

/** Terms on the same side of a pair as `term` ("lag" for "behind"). */
export const kinOf = (term: string): ReadonlySet<string> => sides.get(term) ?? NONE;
const NONE: ReadonlySet<string> = new Set();

/** Shortest word an "un-" may negate: "unreleased" is "not released", "union" is not "not ion". */
const UN_BASE = 4;

/** Terms of opposite meaning: the table's, and the word with or without "un-". */
export function antonymsOf(term: string): string[] {
  const opposites = [...(table.get(term) ?? [])];
  if (term.startsWith('un') && term.length - 2 >= UN_BASE) opposites.push(term.slice(2));
  if (term.length >= UN_BASE) opposites.push(`un${term}`);
  return opposites;
}
