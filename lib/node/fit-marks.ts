/**
 * `npm run fit-marks [-- --write]`: fits the second look (lib/check/confidence.ts), boosted
 * decision trees over each match's evidence (boosting.ts), on the tuning sets of tests/eval. It
 * prints, for a range of cutoffs, the right and wrong marks the model makes on each set when
 * fitted on all the others (leave one set out), beside the first look's, and with --write saves
 * the model fitted on all sets to lib/check/mark-model.ts, at the cutoff that, left out, keeps
 * the most right marks at a precision of at least 0.96. The kept-aside sets (holdout,
 * pages, pages-2) are never read.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CorpusChecker, thresholdFor, type WeighedMatch } from '../check';
import { EVIDENCE_NAMES } from '../check/confidence';
import type { MarkModel } from '../check/mark-model';
import type { Tree } from '../check/boosted-trees';
import { readPage } from '../read-page';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from './bundled-corpus';
import { loadMeaningVectors } from './word-vectors';
import { isRight, judgeMark, loadItems, loadPages, saidBy, squash, TUNING_PAGE_SETS, TUNING_SENTENCE_SETS } from './eval-sets';
import { fitBoostedTrees, type Example } from './boosting';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const checker = CorpusChecker.build(loadCorpusFile(BUNDLED_CORPUS_PATH), loadMeaningVectors());
const threshold = thresholdFor(0);

interface Row extends Example {
  set: string;
  cleared: boolean;
  /** Shown whatever the model says: a cleared match on a sentence that brushes a claim aside (checker.ts). */
  fixed: boolean;
}
const rowOf = (set: string, { evidence, brushesAside }: WeighedMatch, right: boolean): Row => ({
  // The first look showed what cleared the threshold, unless it was torn or a lone doubt on its page.
  set, x: EVIDENCE_NAMES.map((name) => evidence[name]), y: right ? 1 : 0, cleared: evidence.cleared === 1 && evidence.lone === 0 && evidence.torn === 0, fixed: brushesAside && evidence.cleared === 1,
});

// Every match and near miss on the tuning sets, labelled right or wrong as `npm run eval` would.
const rows: Row[] = [];
for (const set of TUNING_SENTENCE_SETS) {
  for (const item of loadItems(set)) {
    const weighed = checker.weighSentence({ text: item.sentence, start: 0, end: item.sentence.length }, threshold);
    if (weighed) rows.push(rowOf(set, weighed, isRight(saidBy(checker.relations, weighed.match), item)));
  }
}
for (const set of TUNING_PAGE_SETS) {
  for (const page of loadPages(set)) {
    const read = readPage(page.document);
    for (const weighed of checker.weighPage(read.title, read.sentences, { sensitivity: 0 }).candidates) {
      const { match } = weighed;
      const judged = judgeMark(page, squash(match.sentence), saidBy(checker.relations, match));
      // A caption that restates a claim is neither right nor wrong to mark.
      if (judged !== 'neither') rows.push(rowOf(set, weighed, judged === 'right'));
    }
  }
}

// Leave one set out: each set's probabilities come from a model fitted on the others.
const sets = [...TUNING_SENTENCE_SETS, ...TUNING_PAGE_SETS];
const heldOut = new Map<Row, number>();
for (const set of sets) {
  const predict = fitBoostedTrees(rows.filter((row) => row.set !== set && !row.fixed)).predict;
  for (const row of rows.filter((r) => r.set === set)) heldOut.set(row, predict(row.x));
}
const tally = (shown: (row: Row) => boolean) => {
  const marks = rows.filter(shown);
  const right = marks.filter((row) => row.y === 1).length;
  return { right, wrong: marks.length - right };
};
// Recall is further from its target (0.85) than precision (0.95): the cutoff keeps the most right
// marks while the marks shown, left out, stay PRECISION_FLOOR precise (the target with a margin).
const PRECISION_FLOOR = 0.96;
const labelled = rows.filter((row) => row.y === 1).length;
const first = tally((row) => row.cleared);
console.log(`fit-marks rows=${rows.length} (right ${labelled}) first look: right=${first.right} wrong=${first.wrong}`);
let best = { cutoff: 0.9, right: -1 };
for (let step = 0; step <= 24; step++) {
  const cutoff = Number((0.3 + step * 0.025).toFixed(3));
  const t = tally((row) => row.fixed || heldOut.get(row)! >= cutoff);
  if (t.right / (t.right + t.wrong) >= PRECISION_FLOOR && t.right > best.right) best = { cutoff, right: t.right };
  console.log(`fit-marks left-out cutoff=${cutoff.toFixed(3)} right=${t.right} wrong=${t.wrong}`);
}
for (const set of sets) {
  const firstSet = tally((row) => row.set === set && row.cleared);
  const model = tally((row) => row.set === set && (row.fixed || heldOut.get(row)! >= best.cutoff));
  console.log(`fit-marks ${set} first look ${firstSet.right}/${firstSet.wrong}, second look (left out) ${model.right}/${model.wrong}`);
}

const fitted = fitBoostedTrees(rows.filter((row) => !row.fixed));
const model: MarkModel = { features: EVIDENCE_NAMES, base: round(fitted.base), rate: fitted.rate, trees: fitted.trees.map(rounded), cutoff: best.cutoff };
console.log(`fit-marks cutoff=${best.cutoff} model: ${model.trees.length} trees`);
if (values.write) writeFileSync(new URL('../check/mark-model.ts', import.meta.url), modelSource(model));

function round(n: number): number {
  return Number(n.toFixed(4));
}

function rounded(tree: Tree): Tree {
  return typeof tree === 'number' ? round(tree) : [tree[0], round(tree[1]), rounded(tree[2]), rounded(tree[3])];
}

function modelSource(model: MarkModel): string {
  return `/**
 * Written by \`npm run fit-marks -- --write\` (lib/node/fit-marks.ts): boosted decision trees over
 * a match's evidence (confidence.ts, boosted-trees.ts), fitted on the tuning sets of tests/eval.
 * Refit it, rather than edit it, when the matcher or the tuning sets change.
 */
import type { BoostedTrees } from './boosted-trees';
import type { MarkEvidence } from './confidence';

export interface MarkModel extends BoostedTrees {
  /** The evidence each tree's feature index names. */
  features: ReadonlyArray<keyof MarkEvidence>;
  /** The probability a match needs to be shown. */
  cutoff: number;
}

export const MARK_MODEL: MarkModel = {
  features: ${JSON.stringify(model.features)},
  base: ${model.base},
  rate: ${model.rate},
  cutoff: ${model.cutoff},
  trees: [
${model.trees.map((tree) => `    ${JSON.stringify(tree)},`).join('\n')}
  ],
};
`;
}
