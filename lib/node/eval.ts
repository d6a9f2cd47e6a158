/**
 * `npm run eval [-- --verbose] [--threshold 0.55]`: precision, recall and F1 of the matcher at its
 * default threshold on the labelled sentences in tests/eval. tune.json, dev.json, dev-2.json and
 * dev-3.json are for tuning (dev-2 was the holdout until its failures were read); holdout.json, written
 * blind to the matcher by another hand, is kept aside for an honest measure, so --verbose never
 * lists its failures. A prediction is right when it names the expected proposition with the
 * expected stance (for a negated sentence, the opposite of the claim's).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { CorpusChecker, thresholdFor } from '../check';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from './bundled-corpus';

const ItemSchema = v.object({
  sentence: v.string(),
  kind: v.picklist(['paraphrase', 'reorder', 'synonym', 'typo', 'partial-quote', 'negation', 'on-topic', 'unrelated']),
  claim: v.nullable(v.string()),
  proposition: v.nullable(v.string()),
  stance: v.nullable(v.picklist(['affirms', 'disputes'])),
  note: v.optional(v.string()),
});
type Item = v.InferOutput<typeof ItemSchema>;

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, threshold: { type: 'string' } } });
const threshold = values.threshold ? Number(values.threshold) : thresholdFor(0);
const checker = CorpusChecker.build(loadCorpusFile(BUNDLED_CORPUS_PATH));
const propositionOf = (id: string) => checker.relations.claim(id)?.proposition;

interface Tally { tp: number; fp: number; fn: number; negatedAsClaim: number }

function score(name: string, items: Item[], explain = values.verbose): Tally {
  const tally: Tally = { tp: 0, fp: 0, fn: 0, negatedAsClaim: 0 };
  const byKind = new Map<string, { n: number; right: number }>();
  for (const item of items) {
    const found = checker.checkSentence({ text: item.sentence, start: 0, end: item.sentence.length }, threshold);
    const predicted = found ? { proposition: propositionOf(found.claim), stance: found.stance } : null;
    const expected = item.proposition ? { proposition: item.proposition, stance: item.stance } : null;
    const right = expected
      ? predicted?.proposition === expected.proposition && predicted.stance === expected.stance
      : predicted === null;
    if (expected && right) tally.tp++;
    if (predicted && !right) tally.fp++;
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
  const precision = tally.tp / (tally.tp + tally.fp || 1);
  const recall = tally.tp / (tally.tp + tally.fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const kinds = [...byKind].map(([kind, k]) => `${kind} ${k.right}/${k.n}`).join(', ');
  console.log(`eval ${name} items=${items.length} threshold=${threshold.toFixed(2)} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} f1=${f1.toFixed(3)} negated_reported_as_claim=${tally.negatedAsClaim}`);
  console.log(`     ${kinds}`);
  return tally;
}

const load = (file: string) => v.parse(v.array(ItemSchema), JSON.parse(readFileSync(new URL(`../../tests/eval/${file}`, import.meta.url), 'utf8')));
const tune = load('tune.json');
const dev = load('dev.json');
const dev2 = load('dev-2.json');
const dev3 = load('dev-3.json');
const holdout = load('holdout.json');
score('tune', tune);
score('dev', dev);
score('dev-2', dev2);
score('dev-3', dev3);
score('holdout', holdout, false);
score('all', [...tune, ...dev, ...dev2, ...dev3, ...holdout], false);
