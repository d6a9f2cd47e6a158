import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meaningShare } from '../../lib/check/meaning';
import { firstWordsOf, WordVectors } from '../../lib/match/embeddings';
import { wordsOf } from '../../lib/match/words';
import { loadMeaningVectors, WORD_VECTORS_PATH } from '../../lib/node/word-vectors';

const vectors = loadMeaningVectors();
const evenly = () => 1;

describe('how much of one text another says in meaning', () => {
  it('credits words said differently by how near their meanings lie', () => {
    const share = meaningShare(wordsOf('physicians'), wordsOf('the doctors'), vectors, evenly);
    expect(share).toBeGreaterThan(0.7);
    expect(meaningShare(wordsOf('physicians'), wordsOf('quarterly earnings'), vectors, evenly)).toBeLessThan(0.5);
  });

  it('counts only the words it shares without a table, and every shared word in full', () => {
    expect(meaningShare(wordsOf('physicians'), wordsOf('the doctors'), undefined, evenly)).toBe(0);
    expect(meaningShare(wordsOf('Meta pays researchers'), wordsOf('researchers were paid by Meta'), vectors, evenly)).toBe(1);
  });

  it('weighs rare words more than common ones', () => {
    const idf = (term: string) => (term === 'meta' ? 1 : 5);
    // "meta" is held (1); "physicians" is near "doctors" by its cosine, and weighs five times as much.
    const near = meaningShare(wordsOf('physicians'), wordsOf('doctors'), vectors, evenly);
    expect(meaningShare(wordsOf('Meta physicians'), wordsOf('Meta doctors'), vectors, idf)).toBeCloseTo((1 + 5 * near) / 6, 2);
  });
});

describe('the smaller table the extension carries', () => {
  it('keeps the most frequent words with the same vectors, and no others', () => {
    const whole = WordVectors.fromBytes(readFileSync(WORD_VECTORS_PATH));
    const cut = WordVectors.fromBytes(firstWordsOf(readFileSync(WORD_VECTORS_PATH), 1000));
    const [the, of] = [cut.idOf('the')!, cut.idOf('of')!];
    expect(cut.cosine(the, of)).toBeCloseTo(whole.cosine(whole.idOf('the')!, whole.idOf('of')!), 6);
    expect(whole.idOf('salaries')).toBeDefined();
    expect(cut.idOf('salaries')).toBeUndefined();
  });
});
