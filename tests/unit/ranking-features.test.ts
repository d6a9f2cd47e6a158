import { describe, expect, it } from 'vitest';
import { Associations } from '../../lib/match/associations';
import { cosine, letterGrams } from '../../lib/match/letter-grams';
import { withoutSignature } from '../../lib/match/tweet';
import { termOf, wordsOf } from '../../lib/match/words';

describe('ranking features', () => {
  it('drops a quoted tweet signature, keeps a text without one', () => {
    expect(withoutSignature('Iran will attack. — Ilhan Omar (@IlhanMN) January 6, 2020')).toBe('Iran will attack.');
    expect(withoutSignature('Meta will keep its models open - for now.')).toBe('Meta will keep its models open - for now.');
  });

  it('letter grams meet words the stemmer keeps apart', () => {
    const idf = () => 1;
    const migrants = letterGrams(wordsOf('migrants at the border'), idf);
    expect(cosine(migrants, letterGrams(wordsOf('immigrants at the border'), idf))).toBeGreaterThan(0.6);
    expect(cosine(migrants, letterGrams(wordsOf('a cat sat on a mat'), idf))).toBe(0);
  });

  it('associates words a title and its text use for one another', () => {
    const docs = [
      { title: 'Is this a real photo of a shark?', text: 'A photograph shows a shark on a highway.' },
      { title: 'Real photo of a dog?', text: 'A photograph shows a dog in space.' },
      { title: 'Did a cat win?', text: 'A cat won an election.' },
    ];
    const expanded = Associations.build(docs).expand(new Set([termOf('photo')]));
    expect(expanded.get(termOf('photograph'))).toBeGreaterThan(0);
    expect(expanded.has(termOf('cat'))).toBe(false);
  });
});
