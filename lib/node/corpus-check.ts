/**
 * `npm run corpus:check [-- <corpus.json>]`: validates a corpus file (the bundled one by default).
 * Prints each problem with the entry's id and field; exits 1 when there is an error.
 */
import { readFileSync } from 'node:fs';
import { checkCorpus } from '../corpus';
import { BUNDLED_CORPUS_PATH } from './bundled-corpus';

const path = process.argv[2] ?? BUNDLED_CORPUS_PATH;
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`corpus:check: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const report = checkCorpus(text, today);
for (const error of report.errors) console.log(`error   ${error}`);
for (const warning of report.warnings) console.log(`warning ${warning}`);
const size = report.corpus ? `${report.corpus.claims.length} claims, ${report.corpus.propositions.length} propositions: ` : '';
console.log(`${path}: ${size}${report.errors.length} errors, ${report.warnings.length} warnings`);
process.exit(report.errors.length ? 1 : 0);
