/**
 * `npm run --silent check -- <file.html> [--url <url>] [--corpus <file.json>]`
 * Runs the extension's pipeline on a saved page and prints one JSON object.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { readPage } from '../read-page';
import { CorpusChecker } from '../check';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from './bundled-corpus';
import { loadMeaningVectors } from './word-vectors';

function fail(message: string): never {
  process.stderr.write(`check: ${message}\n`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, corpus: { type: 'string' }, sensitivity: { type: 'string' } },
});
const file = positionals[0];
if (!file) fail('usage: npm run --silent check -- <file.html> [--url <url>] [--corpus <file.json>]');

let html: string;
try {
  if (!statSync(file).isFile()) fail(`${file} is not a file`);
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
if (html.includes('\u0000') || !/<(html|head|body|p|div|article|!doctype)\b/i.test(html)) {
  fail(`${file} does not look like an HTML page`);
}

const url = values.url ?? `file://${file}`;
let checker: CorpusChecker;
try {
  checker = CorpusChecker.build(loadCorpusFile(values.corpus ?? BUNDLED_CORPUS_PATH), loadMeaningVectors());
} catch (error) {
  fail((error as Error).message);
}
const dom = new JSDOM(html, { url: /^https?:|^file:/.test(url) ? url : undefined });
const page = readPage(dom.window.document);
const verdict = page.isArticle
  ? checker.checkPage(page.title, page.sentences, { sensitivity: Number(values.sensitivity ?? 0) })
  : { about: false, topicScore: 0, matches: [] };

const report = {
  url,
  title: page.title,
  isArticle: page.isArticle,
  about: verdict.about,
  topicScore: verdict.topicScore,
  sentences: page.sentences.length,
  matches: verdict.matches.map((m) => ({
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    claim: m.claim,
    score: m.score,
    stance: m.stance,
    ...(m.negates ? { negates: m.negates } : {}),
    matchedOn: m.matchedOn,
    contradictedBy: m.contradictedBy,
  })),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
