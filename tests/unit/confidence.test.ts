import { describe, expect, it } from 'vitest';
import { CorpusChecker, cutoffFor } from '../../lib/check';
import { evidenceOf } from '../../lib/check/confidence';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from '../../lib/node/bundled-corpus';

const checker = CorpusChecker.build(loadCorpusFile(BUNDLED_CORPUS_PATH));
const sentence = (text: string) => ({ text, start: 0, end: text.length });

describe('the evidence a match is weighed on', () => {
  const weigh = (text: string, claimText: string) =>
    evidenceOf({ sentence: text, claimText, score: 0.5, matchedOn: ['pluto', 'planet'], denies: false, disputes: false, cleared: true });

  it('counts the claim’s own words the sentence repeats as written, not their stems', () => {
    expect(weigh('Pluto is a planet.', 'Pluto is a planet').claimShare).toBe(1);
    expect(weigh('Pluto counts among the planets.', 'Pluto is a planet').claimShare).toBe(0.25);
  });

  it('counts the share of the sentence that carried the match', () => {
    const evidence = weigh('Pluto, the astronomers said on Monday, is a planet.', 'Pluto is a planet');
    expect(evidence.sentenceWords).toBe(9);
    expect(evidence.sentenceShare).toBeCloseTo(2 / 9);
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

  it('asks more confidence of a match at each notch of the setting down', () => {
    const cutoffs = [-2, -1, 0, 1, 2].map(cutoffFor);
    for (let i = 1; i < cutoffs.length; i++) expect(cutoffs[i]).toBeLessThan(cutoffs[i - 1]);
  });
});
