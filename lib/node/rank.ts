/**
 * `npm run --silent rank -- --claims <tsv> --queries <tsv> [--k 10]`
 * Ranks claims for each query with the extension's matcher and prints a TREC run:
 * `qid Q0 claim_id rank score counterclaim`. Timing goes to stderr.
 */
import { parseArgs } from 'node:util';
import { Matcher, Ranker } from '../match';
import { readTsv } from './tsv';

const { values } = parseArgs({
  options: { claims: { type: 'string' }, queries: { type: 'string' }, k: { type: 'string', default: '10' } },
});
if (!values.claims || !values.queries) {
  process.stderr.write('usage: npm run --silent rank -- --claims <tsv> --queries <tsv> [--k 10]\n');
  process.exit(2);
}
const k = Math.max(1, Number(values.k) || 10);

// Claim text and title as one passage: on the train split this beat two separate passages.
const rows = readTsv(values.claims);
const claims = rows.map((row) => ({ id: row.id, texts: [row.fields.join(' ')] }));
const queries = readTsv(values.queries);

const started = performance.now();
const ranker = new Ranker(Matcher.build(claims));
// The title and text of each claim teach ranking which words stand for one another.
ranker.associate(rows.map((row) => ({ text: row.fields[0] ?? '', title: row.fields[1] ?? '' })));
const built = performance.now();
const lines: string[] = [];
for (const query of queries) {
  const ranked = ranker.search(query.fields.join(' '), k);
  ranked.forEach((hit, i) => lines.push(`${query.id}\tQ0\t${claims[hit.doc].id}\t${i + 1}\t${hit.rankScore.toFixed(4)}\tcounterclaim`));
}
const done = performance.now();
process.stdout.write(`${lines.join('\n')}\n`);
process.stderr.write(`rank: ${claims.length} claims indexed in ${(built - started).toFixed(0)} ms; ${queries.length} queries ranked in ${(done - built).toFixed(0)} ms\n`);
