import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match';
import { concededPositions } from '../../lib/match/concessions';
import { wordsOf } from '../../lib/match/words';

const conceded = (text: string) => {
  const words = wordsOf(text);
  return [...concededPositions(words)].map((i) => words[i].surface).join(' ');
};

describe('concessions', () => {
  it('finds what a claim grants before ", but" or ", yet" and in an opening "although" or "despite" clause', () => {
    expect(conceded('Meta built its AI reputation on openness, but that may be changing.')).toBe('meta built its ai reputation on openness');
    expect(conceded('The model leads on benchmarks, yet developers rarely use it.')).toBe('the model leads on benchmarks');
    expect(conceded('Despite the reports, Meta still plans to release open models.')).toBe('despite the reports');
  });

  it('does not read "but also", "yet to" or a "but" without a comma as a turn', () => {
    expect(conceded('Meta released not only the weights, but also the training code.')).toBe('');
    expect(conceded('The lab has trained the model, yet to release it.')).toBe('');
    expect(conceded('Nobody but Meta can use it.')).toBe('');
  });

  it('does not mark a sentence that shares only what the claim grants', () => {
    const m = Matcher.build([{ id: 'ending', texts: ['Meta built its AI reputation on openness, but that may be changing.'] }]);
    expect(m.match('Meta built its AI reputation on giving its models away.')).toBeNull();
    expect(m.match('Meta built its AI reputation on openness, but that reputation may be changing.')).not.toBeNull();
  });
});
