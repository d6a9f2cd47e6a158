import { describe, expect, it } from 'vitest';
import { Matcher, normalise } from '../../lib/match';

const docs = [
  { id: 'open', texts: ['Meta plans to continue releasing leading open source models.'] },
  { id: 'closed', texts: ["Meta's superintelligence lab discussed abandoning its open model in favour of a closed one."] },
  { id: 'bonus', texts: ['Meta offered $100 million signing bonuses to researchers at OpenAI.'] },
  { id: 'capex', texts: ['Meta expects capital spending of up to $72 billion in 2025.'] },
];
const matcher = Matcher.build(docs);
const best = (sentence: string) => {
  const found = matcher.match(sentence);
  return found ? { id: docs[found.doc].id, negated: found.negated } : null;
};

describe('normalise', () => {
  it('writes curly quotes, dashes, accents and amounts one way', () => {
    expect(normalise('Meta’s “open” model — naïve')).toBe('meta "open" model - naive');
    expect(normalise('$100M')).toBe(normalise('100 million dollars'));
    expect(normalise('US$14.3bn')).toBe(normalise('$14.3 billion'));
    expect(normalise("won't")).toBe('will not');
  });

  it('splits hashtags and handles into words and drops links glued to a word', () => {
    expect(normalise('@realDonaldTrump @BetoORourke #NHC_Atlantic')).toBe('real donald trump beto o rourke nhc atlantic');
    expect(normalise('#IranUsapic.twitter.com/TvRk')).toBe('iran usa');
  });
});

describe('matcher', () => {
  it('finds a claim written in other words and another order', () => {
    expect(best('Leading open-source models will continue to be released, Meta says it plans.')).toEqual({ id: 'open', negated: false });
  });

  it('forgives typos', () => {
    expect(best('Meta plans to continue relesing leading open sourse models')).toEqual({ id: 'open', negated: false });
  });

  it('reports a negated sentence as negated, never as the claim itself', () => {
    expect(best('Meta does not plan to continue releasing leading open source models.')).toEqual({ id: 'open', negated: true });
  });

  it('reads a reversal verb as a negation, and a denied reversal as an assertion', () => {
    expect(best('The lab discussed ditching its open model for a closed one, Meta staff said.')?.negated).toBe(false);
    expect(best('Meta has not abandoned its plans to continue releasing open source models.')?.id).toBe('open');
  });

  it('reads one opposite word as one reversal, even against two words of the claim', () => {
    const ranking = Matcher.build([{ id: 'ahead', texts: ['Llama 4 Maverick is the best model, ahead of GPT-4o and Gemini on benchmarks.'] }]);
    expect(ranking.match('Llama 4 Maverick trails GPT-4o and Gemini on benchmarks, Meta conceded.')?.negated).toBe(true);
  });

  it('reads "free of" as a negation, but not "free of charge" or "no less than"', () => {
    const m = Matcher.build([
      { id: 'fear', texts: ["A researcher's essay described Meta's AI division as driven by fear and layoffs."] },
      { id: 'llama', texts: ['Meta released Llama 2 for research and commercial use at no cost to anyone.'] },
      { id: 'spend', texts: ['Zuckerberg said Meta will invest at least $600 billion in the United States through 2028.'] },
    ]);
    expect(m.match("The researcher's essay described Meta's AI division as free of fear and layoffs.")?.negated).toBe(true);
    expect(m.match('Meta released Llama 2 free of charge for research and commercial use.')?.negated).toBe(false);
    expect(m.match('Meta will invest no less than $600 billion in the United States through 2028, Zuckerberg said.')?.negated).toBe(false);
  });

  it('does not fire on a sentence that only shares the topic words', () => {
    expect(best('Meta is a large company that works on AI models.')).toBeNull();
    expect(best('Open source software runs much of the internet.')).toBeNull();
  });

  it('matches amounts written differently', () => {
    expect(best('It dangled signing bonuses of 100 million dollars in front of OpenAI researchers.')?.id).toBe('bonus');
  });

  it('says which words carried the match', () => {
    const found = matcher.match('Meta plans to continue releasing leading open source models');
    expect(found?.words).toEqual(expect.arrayContaining(['plans', 'continue', 'releasing']));
  });

  it('loads a saved index and gives the same answers', () => {
    const loaded = Matcher.load(docs, JSON.parse(JSON.stringify(matcher.serialiseIndex())));
    const sentence = 'The lab talked about dropping the open model for a proprietary one.';
    expect(loaded.match(sentence)).toEqual(matcher.match(sentence));
  });
});
