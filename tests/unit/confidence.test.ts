import { describe, expect, it } from 'vitest';
import { CorpusChecker, cutoffFor } from '../../lib/check';
import { evidenceOf } from '../../lib/check/confidence';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from '../../lib/node/bundled-corpus';
import { loadMeaningVectors } from '../../lib/node/word-vectors';

const corpus = loadCorpusFile(BUNDLED_CORPUS_PATH);
const checker = CorpusChecker.build(corpus, loadMeaningVectors());
const sentence = (text: string) => ({ text, start: 0, end: text.length });

describe('the evidence a match is weighed on', () => {
  const weigh = (text: string, claimText: string, denies = false) =>
    evidenceOf({ sentence: text, claimText, score: 0.5, matchedOn: ['pluto', 'planet'], denies, disputes: false, cleared: true }, { idfOf: () => 1 });

  it('counts the claim’s own words the sentence repeats as written, not their stems', () => {
    expect(weigh('Pluto is a planet.', 'Pluto is a planet').claimShare).toBe(1);
    expect(weigh('Pluto counts among the planets.', 'Pluto is a planet').claimShare).toBe(0.25);
  });

  it('counts the share of the sentence that carried the match', () => {
    const evidence = weigh('Pluto, the astronomers said on Monday, is a planet.', 'Pluto is a planet');
    expect(evidence.sentenceWords).toBe(9);
    expect(evidence.sentenceShare).toBeCloseTo(2 / 9);
  });

  it('tells a denial of a claim that itself says "no" from a plain denial', () => {
    expect(weigh('Nobody paid him $100 million.', 'He was not paid $100 million', true)).toMatchObject({ claimNegates: 1, deniesNegation: 1 });
    expect(weigh('He was not paid $100 million.', 'He was paid $100 million', true)).toMatchObject({ claimNegates: 0, deniesNegation: 0 });
  });
});

describe('the second look at a match', () => {
  it('drops a sentence that clears the threshold on shared names alone', () => {
    const text = 'Microsoft and OpenAI have repeatedly revised the terms of their partnership.';
    expect(checker.weighSentence(sentence(text))?.evidence.cleared).toBe(1);
    expect(checker.checkSentence(sentence(text))).toBeNull();
  });

  it('shows a near miss that repeats much of the claim', () => {
    const text = 'For a company that built its AI brand on openness, putting proprietary systems first would amount to a profound change of philosophy, TechCrunch observed.';
    expect(checker.weighSentence(sentence(text))?.evidence.cleared).toBe(0);
    expect(checker.checkSentence(sentence(text))).toMatchObject({ claim: 'techcrunch-2025-07-14-openness-may-be-changing', stance: 'disputes' });
  });

  it('shows a sentence that says the claim in words of its own, which it could not without word vectors', () => {
    const text = "Ars Technica drew a line from Zuckerberg's superintelligence sales pitch back to the sweeping vision of the metaverse he was selling in 2021.";
    expect(checker.checkSentence(sentence(text))).toMatchObject({ claim: 'arstechnica-2025-07-superintelligence-like-metaverse' });
    expect(CorpusChecker.build(corpus).checkSentence(sentence(text))).toBeNull();
  });

  it('asks more confidence of a match at each notch of the setting down', () => {
    const cutoffs = [-2, -1, 0, 1, 2].map(cutoffFor);
    for (let i = 1; i < cutoffs.length; i++) expect(cutoffs[i]).toBeLessThan(cutoffs[i - 1]);
  });
});
