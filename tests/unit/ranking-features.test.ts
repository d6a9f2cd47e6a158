import { describe, expect, it } from 'vitest';
import { Matcher, Ranker } from '../../lib/match';
import { Associations } from '../../lib/match/associations';
import { cosine, letterGrams } from '../../lib/match/letter-grams';
import { softAlignment, vectorBag } from '../../lib/match/embeddings';
import { feedbackShares } from '../../lib/match/feedback';
import { nameTermsOf, shareOfNames } from '../../lib/match/names';
import { signatureName, withoutSignature } from '../../lib/match/tweet';
import { termOf, wordsOf } from '../../lib/match/words';
import { loadWordVectors } from '../../lib/node/word-vectors';

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

  it('reads the author name from a signature', () => {
    expect(signatureName('Iran will attack. — Ilhan Omar (@IlhanMN) January 6, 2020')).toBe('Ilhan Omar');
    expect(signatureName('Meta will keep its models open - for now.')).toBe('');
  });

  it('counts the share of names another text holds', () => {
    const names = nameTermsOf('so Ilhan Omar met Pence in Washington.');
    expect(names.size).toBe(4);
    expect(shareOfNames(names, new Set([termOf('Omar'), termOf('Washington')]))).toBe(0.5);
    expect(shareOfNames(new Set(), new Set([termOf('Omar')]))).toBe(0);
  });

  it('credits a candidate for words the other leading candidates use, not its own', () => {
    const counts = (words: string[]) => ({ terms: new Map(words.map((w) => [w, { count: 1, idf: 1 }] as [string, { count: number; idf: number }])) });
    const candidates = [counts(['sioux', 'pipeline']), counts(['sioux', 'pipeline', 'reservation']), counts(['sioux', 'hunting'])];
    const shares = feedbackShares(candidates, [0, 1, 2], 2, new Set(['sioux']));
    // The third shares no unasked word with the leaders; the second is vouched for by the first only.
    expect(shares[2]).toBe(0);
    expect(shares[1]).toBeCloseTo(0.5 / 3);
    expect(shares[0]).toBeCloseTo((1 / 3) / 2);
  });
});

describe('Ranker', () => {
  const claims = [
    { id: 'photo', title: 'Is This a Real Photo of a Shark on a Flooded Highway?', text: 'A photograph shows a shark swimming on a flooded highway after a hurricane.' },
    { id: 'vaccine', title: 'Did a Vaccine Contain Microchips?', text: 'A vaccine contains microchips that track people.' },
    { id: 'shark', title: 'Do Sharks Get Cancer?', text: 'Sharks never get cancer, so their cartilage cures it.' },
  ];
  const ranker = new Ranker(Matcher.build(claims.map((c) => ({ id: c.id, texts: [`${c.text} ${c.title}`] }))));
  ranker.associate(claims);

  it('ranks first the claim a tweet repeats in other words, signature and all', () => {
    const ranked = ranker.search('Unbelievable pic: a shark is swimming down the highway after the hurricane flooded it — Jo Bloggs (@jobloggs) September 1, 2019', 2);
    expect(ranked.map((hit) => claims[hit.doc].id)).toEqual(['photo', 'shark']);
    expect(ranked[0].rankScore).toBeGreaterThan(ranked[1].rankScore);
  });

  it("weighs whether a claim's dates agree with the tweet's", () => {
    const dated = [
      { id: 'then', text: 'A shark swam down a flooded highway in 2011.' },
      { id: 'now', text: 'A shark swam down a flooded highway in August 2019.' },
    ];
    const byDate = new Ranker(Matcher.build(dated.map((c) => ({ id: c.id, texts: [c.text] }))));
    const ranked = byDate.search('A shark on the highway! — Jo Bloggs (@jobloggs) September 1, 2019', 2);
    expect(ranked.map((hit) => [dated[hit.doc].id, hit.features.date])).toEqual([['now', 1], ['then', -1]]);
    // Without a signature there is no date to agree with.
    expect(byDate.search('A shark on the highway!', 2).map((hit) => hit.features.date)).toEqual([0, 0]);
  });

  it('credits a claim that says the tweet\'s other words differently, by word vectors', () => {
    const table = loadWordVectors();
    const near = (a: string, b: string) => table.cosine(table.idOf(a)!, table.idOf(b)!);
    expect(near('murdered', 'killed')).toBeGreaterThan(0.6);
    expect(near('murdered', 'praised')).toBeLessThan(0.4);
    const idf = () => 1;
    const tweet = vectorBag(wordsOf('Senator murdered at home'), table, idf);
    const killed = vectorBag(wordsOf('A senator was killed in his house'), table, idf);
    expect(softAlignment(tweet, killed, table)).toBeGreaterThan(softAlignment(tweet, vectorBag(wordsOf('A senator was praised at a party'), table, idf), table));
    // Words the claim holds are left to the other features.
    expect(softAlignment(tweet, vectorBag(wordsOf('A senator was murdered at home'), table, idf), table)).toBe(0);

    const paraphrased = [
      { id: 'praised', text: 'A senator was praised.' },
      { id: 'killed', text: 'A senator was killed in his house.' },
    ];
    const build = () => new Ranker(Matcher.build(paraphrased.map((c) => ({ id: c.id, texts: [c.text] }))));
    const query = 'Senator murdered at home';
    const withVectors = build();
    withVectors.useWordVectors(table);
    const ranked = withVectors.search(query, 2);
    expect(ranked.map((hit) => paraphrased[hit.doc].id)).toEqual(['killed', 'praised']);
    expect(ranked[0].rankScore).toBeGreaterThan(ranked[1].rankScore);
    // Without vectors the shorter claim, sharing as much with the tweet, ranks first.
    expect(build().search(query, 2).map((hit) => [paraphrased[hit.doc].id, hit.features.nearWords])).toEqual([['praised', 0], ['killed', 0]]);
  });
});
