/**
 * `npm run --silent rank -- --claims <tsv> --queries <tsv> [--k 10] [--features <tsv>]`
 * Ranks claims for each query with the extension's matcher and prints a TREC run:
 * `qid Q0 claim_id rank score counterclaim`. Timing goes to stderr. `--features` also writes
 * every candidate's ranking features (qid, claim_id, one column each), for refitting the weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Matcher, Ranker, type RankedMatch } from '../match';
import { SEARCH_CANDIDATES } from '../match/tuning';
import { loadWordVectors } from './word-vectors';
import { readTsv } from './tsv';

const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    queries: { type: 'string' },
    k: { type: 'string', default: '10' },
    features: { type: 'string' },
  },
});
if (!values.claims || !values.queries) {
  process.stderr.write('usage: npm run --silent rank -- --claims <tsv> --queries <tsv> [--k 10] [--features <tsv>]\n');
  process.exit(2);
}
const k = Math.max(1, Number(values.k) || 10);
// Ranking looks at SEARCH_CANDIDATES candidates anyway; the features file lists them all.
const depth = values.features ? Math.max(k, SEARCH_CANDIDATES) : k;

// Claim text and title as one passage: on the train split this beat two separate passages.
const rows = readTsv(values.claims);
const claims = rows.map((row) => ({ id: row.id, texts: [row.fields.join(' ')] }));
const queries = readTsv(values.queries);

const started = performance.now();
const ranker = new Ranker(Matcher.build(claims));
// The title and text of each claim teach ranking which words stand for one another.
ranker.associate(rows.map((row) => ({ text: row.fields[0] ?? '', title: row.fields[1] ?? '' })));
// Word vectors credit words a claim says differently (lib/match/embeddings.ts).
ranker.useWordVectors(loadWordVectors());
const built = performance.now();
const lines: string[] = [];
const candidates: [string, RankedMatch[]][] = [];
for (const query of queries) {
  const ranked = ranker.search(query.fields.join(' '), depth);
  ranked.slice(0, k).forEach((hit, i) => lines.push(`${query.id}\tQ0\t${claims[hit.doc].id}\t${i + 1}\t${hit.rankScore.toFixed(4)}\tcounterclaim`));
  candidates.push([query.id, ranked]);
}
const done = performance.now();
process.stdout.write(`${lines.join('\n')}\n`);
process.stderr.write(`rank: ${claims.length} claims indexed in ${(built - started).toFixed(0)} ms; ${queries.length} queries ranked in ${(done - built).toFixed(0)} ms\n`);
if (values.features) writeFileSync(values.features, featureTable(candidates));

function featureTable(candidates: readonly [string, RankedMatch[]][]): string {
  const names = Object.keys(candidates.find(([, ranked]) => ranked.length > 0)?.[1][0].features ?? {});
  const out = [['qid', 'claim_id', ...names].join('\t')];
  for (const [qid, ranked] of candidates) {
    for (const hit of ranked) out.push([qid, claims[hit.doc].id, ...Object.values(hit.features).map(String)].join('\t'));
  }
  return `${out.join('\n')}\n`;
}
