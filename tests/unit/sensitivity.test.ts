import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpus } from '../../lib/corpus';
import { CorpusChecker } from '../../lib/check';
import { loadMeaningVectors } from '../../lib/node/word-vectors';

const corpus = readCorpus(readFileSync(new URL('../../assets/corpus/meta-ai.json', import.meta.url), 'utf8'));
if (!corpus.ok) throw new Error(corpus.errors.join('\n'));
// With the word vectors, as the extension runs.
const checker = CorpusChecker.build(corpus.corpus, loadMeaningVectors());
// Two sentence sets, so each notch has sentences near its margin to add or drop.
const sentences = ['tune', 'dev'].flatMap((set) => JSON.parse(readFileSync(new URL(`../eval/${set}.json`, import.meta.url), 'utf8')) as Array<{ sentence: string }>).map(
  ({ sentence }) => ({ text: sentence, start: 0, end: sentence.length }),
);
const marks = (sensitivity: number) => checker.checkPage('', sentences, { sensitivity, assumeAbout: true }).matches.length;

describe('the sensitivity setting', () => {
  it('marks fewer sentences at each notch down and more at each notch up', () => {
    const counts = [-2, -1, 0, 1, 2].map(marks);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]);
  });
});
