/**
 * One door for a corpus the reader imports: our own JSON format, or fact checks in schema.org
 * ClaimReview (JSON, JSON-LD, or an HTML page). Either way the result passes the same checks
 * as the bundled corpus, or is refused whole with every problem named.
 */
import { checkCorpus } from './check';
import { importClaimReview } from './claimreview';
import { MAX_CORPUS_BYTES } from './load';
import type { Corpus } from './schema';

export type CorpusImport = { ok: true; corpus: Corpus; warnings: string[]; format: 'counterclaim' | 'claimreview' } | { ok: false; errors: string[] };

function looksLikeOurFormat(text: string): boolean {
  // Our files start with "meta"; a quick look avoids parsing twice.
  return /^\s*\{\s*"meta"\s*:/.test(text) || /"propositions"\s*:/.test(text.slice(0, 20_000));
}

export function importCorpus(text: string, options: { name?: string; id?: string; today: string }): CorpusImport {
  if (text.length > MAX_CORPUS_BYTES) {
    return { ok: false, errors: [`The file is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_CORPUS_BYTES / 1048576} MB.`] };
  }
  if (looksLikeOurFormat(text)) {
    const report = checkCorpus(text, options.today);
    if (report.errors.length || !report.corpus) return { ok: false, errors: report.errors };
    return { ok: true, corpus: report.corpus, warnings: report.warnings, format: 'counterclaim' };
  }
  const imported = importClaimReview(text, { corpusId: options.id, name: options.name, today: options.today });
  if (!imported.ok) return imported;
  const report = checkCorpus(JSON.stringify(imported.corpus), options.today);
  if (report.errors.length || !report.corpus) return { ok: false, errors: report.errors };
  return { ok: true, corpus: report.corpus, warnings: [...imported.skipped.map((s) => `skipped: ${s}`), ...report.warnings], format: 'claimreview' };
}
