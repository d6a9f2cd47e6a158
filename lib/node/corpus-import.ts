/**
 * `npm run --silent corpus:import -- <claimreview.json|page.html> [--id my-corpus] [--name "…"]`
 * Turns schema.org ClaimReview data into a corpus file on stdout; errors go to stderr, exit 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importClaimReview } from '../corpus';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, name: { type: 'string' } },
});
if (!positionals[0]) {
  process.stderr.write('usage: npm run --silent corpus:import -- <claimreview.json|page.html> [--id id] [--name name]\n');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(positionals[0], 'utf8');
} catch (error) {
  process.stderr.write(`corpus:import: cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
  process.exit(2);
}
const result = importClaimReview(text, { corpusId: values.id, name: values.name });
if (!result.ok) {
  for (const error of result.errors) process.stderr.write(`error   ${error}\n`);
  process.exit(1);
}
for (const reason of result.skipped) process.stderr.write(`skipped ${reason}\n`);
process.stdout.write(`${JSON.stringify(result.corpus, null, 2)}\n`);
