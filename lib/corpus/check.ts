/**
 * The corpus checker behind `npm run corpus:check`: everything the schema cannot say about a
 * corpus (references, dates, duplicates, one-sided propositions), each problem named by the
 * entry's id and field.
 */
import { Matcher } from '../match';
import { readCorpus } from './load';
import type { Corpus } from './schema';

export interface CheckReport {
  errors: string[];
  warnings: string[];
  corpus?: Corpus;
}

/** Two claims this similar (our matcher's score, both ways) say the same thing. */
export const NEAR_DUPLICATE_SCORE = 0.85;

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (!d) return true; // year-month: the schema checked the month
  const parsed = new Date(Date.UTC(y, m - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function nearDuplicates(corpus: Corpus): Array<[string, string, number]> {
  const docs = corpus.claims.map((c) => ({ id: c.id, texts: [c.text] }));
  const matcher = Matcher.build(docs);
  const pairs: Array<[string, string, number]> = [];
  corpus.claims.forEach((claim, i) => {
    for (const hit of matcher.rank(claim.text, 3)) {
      if (hit.doc <= i || hit.score < NEAR_DUPLICATE_SCORE) continue;
      pairs.push([claim.id, corpus.claims[hit.doc].id, hit.score]);
    }
  });
  return pairs;
}

/** Checks a corpus file's text; `today` (YYYY-MM-DD) bounds the dates. */
export function checkCorpus(text: string, today: string): CheckReport {
  const loaded = readCorpus(text);
  if (!loaded.ok) return { errors: loaded.errors, warnings: [] };
  const { corpus } = loaded;
  const errors: string[] = [];
  const warnings: string[] = [];
  const claimAt = (id: string) => `claims[${corpus.claims.findIndex((c) => c.id === id)}] (${id})`;

  for (const id of duplicates(corpus.claims.map((c) => c.id))) errors.push(`${claimAt(id)}.id: the id is used by more than one claim`);
  for (const id of duplicates(corpus.propositions.map((p) => p.id))) errors.push(`propositions (${id}).id: the id is used by more than one proposition`);

  const propositions = new Set(corpus.propositions.map((p) => p.id));
  const claims = new Set(corpus.claims.map((c) => c.id));
  const dates: Array<[string, string]> = [['meta.updated', corpus.meta.updated]];
  corpus.claims.forEach((claim, i) => {
    const at = `claims[${i}] (${claim.id})`;
    if (!propositions.has(claim.proposition)) errors.push(`${at}.proposition: no proposition "${claim.proposition}"`);
    for (const other of claim.contradicts) {
      if (other === claim.id) errors.push(`${at}.contradicts: a claim cannot contradict itself`);
      else if (!claims.has(other)) errors.push(`${at}.contradicts: no claim "${other}"`);
    }
    dates.push([`${at}.source.date`, claim.source.date]);
    for (const phrasing of claim.phrasings ?? []) {
      if (phrasing.toLowerCase() === claim.text.toLowerCase()) warnings.push(`${at}.phrasings: repeats the claim's text`);
    }
  });
  for (const [where, date] of dates) {
    if (!isRealDate(date)) errors.push(`${where}: ${date} is not a real date`);
    else if (date.slice(0, 10) > today) errors.push(`${where}: ${date} is in the future`);
  }

  for (const proposition of corpus.propositions) {
    const on = corpus.claims.filter((c) => c.proposition === proposition.id);
    const sides = new Set(on.map((c) => c.stance));
    if (on.length === 0) warnings.push(`propositions (${proposition.id}): no claim takes a stance on it`);
    else if (sides.size === 1 && !proposition.oneSided) {
      warnings.push(`propositions (${proposition.id}): every claim ${[...sides][0]} it; add the other side or say why in "oneSided"`);
    }
  }

  for (const [a, b, score] of nearDuplicates(corpus)) {
    errors.push(`${claimAt(b)}.text: nearly the same as ${a} (similarity ${score.toFixed(2)}); merge them`);
  }
  return { errors, warnings, corpus };
}
