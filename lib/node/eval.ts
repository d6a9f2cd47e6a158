/**
 * `npm run eval [-- --verbose] [--threshold 0.55]`: precision, recall and F1 of the matcher at its
 * default threshold on the labelled sentences in tests/eval. tune.json, dev.json, dev-2.json,
 * dev-3.json and dev-4.json are for tuning (dev-2 was the holdout until its failures were read;
 * dev-3 and dev-4 were written blind and scored once before their failures were read).
 * holdout.json, written blind to the matcher by another hand, is kept aside for an honest
 * measure, so --verbose never lists its failures. A prediction is right when it names the
 * expected proposition with the expected stance (for a negated sentence, the opposite of the
 * claim's). Last, whole pages go through the extension's own pipeline: tests/eval/pages-dev to
 * pages-dev-12 (written blind, scored once, then used for tuning), then tests/eval/pages and
 * tests/eval/pages-2 (written blind, kept aside like the holdout).
 */
import { parseArgs } from 'node:util';
import { CorpusChecker, thresholdFor } from '../check';
import { readPage } from '../read-page';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from './bundled-corpus';
import { loadMeaningVectors } from './word-vectors';
import { isRight, judgeMark, labelledSentences, loadItems, loadPages, saidBy, squash, TUNING_PAGE_SETS, TUNING_SENTENCE_SETS, type Item } from './eval-sets';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, threshold: { type: 'string' } } });
const threshold = values.threshold ? Number(values.threshold) : thresholdFor(0);
const checker = CorpusChecker.build(loadCorpusFile(BUNDLED_CORPUS_PATH), loadMeaningVectors());

interface Tally { items: number; tp: number; fp: number; fn: number; negatedAsClaim: number }

function score(name: string, items: Item[], explain = values.verbose): Tally {
  const tally: Tally = { items: items.length, tp: 0, fp: 0, fn: 0, negatedAsClaim: 0 };
  const byKind = new Map<string, { n: number; right: number }>();
  for (const item of items) {
    const found = checker.checkSentence({ text: item.sentence, start: 0, end: item.sentence.length }, threshold);
    const expected = item.proposition !== null;
    const right = expected ? found !== null && isRight(saidBy(checker.relations, found), item) : found === null;
    if (expected && right) tally.tp++;
    if (found && !right) tally.fp++;
    if (expected && !right) tally.fn++;
    if (item.kind === 'negation' && found && found.claim === item.claim && found.stance !== item.stance) tally.negatedAsClaim++;
    const kind = byKind.get(item.kind) ?? { n: 0, right: 0 };
    kind.n++;
    if (right) kind.right++;
    byKind.set(item.kind, kind);
    if (explain && !right) {
      const got = found ? `${found.claim} ${found.stance} ${found.score}` : 'nothing';
      console.log(`  [${item.kind}] expected ${item.claim ?? 'nothing'} ${item.stance ?? ''}; got ${got}\n      ${item.sentence}`);
    }
  }
  report(name, tally);
  console.log(`     ${[...byKind].map(([kind, k]) => `${kind} ${k.right}/${k.n}`).join(', ')}`);
  return tally;
}

function report(name: string, tally: Tally): void {
  const precision = tally.tp / (tally.tp + tally.fp || 1);
  const recall = tally.tp / (tally.tp + tally.fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  console.log(`eval ${name} items=${tally.items} threshold=${threshold.toFixed(2)} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} f1=${f1.toFixed(3)} negated_reported_as_claim=${tally.negatedAsClaim} right=${tally.tp} wrong=${tally.fp} missed=${tally.fn}`);
}

/**
 * A set of whole pages (tests/eval/<set>, written blind to the matcher): the extension's pipeline
 * from HTML to marks, scored against the labelled body sentences. A mark on any other sentence is wrong,
 * except on a caption or headline the labels list as restating a claim (furniture): marking that
 * is no mistake, and missing it none either.
 */
function scorePages(set: string, explain = false): Tally {
  const pages = loadPages(set);
  const tally: Tally = { items: labelledSentences(pages), tp: 0, fp: 0, fn: 0, negatedAsClaim: 0 };
  for (const labelled of pages) {
    const { file: page, expected } = labelled;
    const read = readPage(labelled.document);
    const verdict = checker.checkPage(read.title, read.sentences, { sensitivity: 0 });
    const marked = new Set<string>();
    for (const match of verdict.matches) {
      const sentence = squash(match.sentence);
      marked.add(sentence);
      const want = expected.get(sentence);
      const judged = judgeMark(labelled, sentence, saidBy(checker.relations, match));
      if (judged === 'right') tally.tp++;
      else if (judged === 'wrong') {
        tally.fp++;
        if (want) tally.fn++;
        if (explain) console.log(`  [${page}] expected ${want ? `${want.claim} ${want.stance}` : 'nothing'}; got ${match.claim} ${match.stance} ${match.score}\n      ${sentence}`);
      }
      if (want && match.claim === want.claim && match.stance !== want.stance) tally.negatedAsClaim++;
    }
    for (const [sentence, want] of expected) {
      if (marked.has(sentence)) continue;
      tally.fn++;
      if (explain) console.log(`  [${page}] expected ${want.claim} ${want.stance}; got nothing\n      ${sentence}`);
    }
    if (!verdict.about) console.log(`  [${page}] not read as about the topic (score ${verdict.topicScore})`);
  }
  report(set, tally);
  return tally;
}

const holdout = loadItems('holdout');
const tuningItems = TUNING_SENTENCE_SETS.map((set) => ({ set, items: loadItems(set) }));
const tuning = tuningItems.map(({ set, items }) => score(set, items));
score('holdout', holdout, false);
score('all', [...tuningItems.flatMap(({ items }) => items), ...holdout], false);
tuning.push(...TUNING_PAGE_SETS.map((set) => scorePages(set, values.verbose)));
// One line for every set that tuning may look at, so a change is judged on all of them at once.
const sum = (key: keyof Tally) => tuning.reduce((total, tally) => total + tally[key], 0);
report('tuning-total', { items: sum('items'), tp: sum('tp'), fp: sum('fp'), fn: sum('fn'), negatedAsClaim: sum('negatedAsClaim') });
scorePages('pages');
scorePages('pages-2');
