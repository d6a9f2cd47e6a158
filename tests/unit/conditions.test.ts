import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match';
import { conditionPositions } from '../../lib/match/conditions';
import { wordsOf } from '../../lib/match/words';

const conditional = (text: string) => {
  const words = wordsOf(text);
  return [...conditionPositions(words)].map((i) => words[i].surface).join(' ');
};

describe('conditions', () => {
  it('finds the clause a claim states only as a condition, up to its end', () => {
    expect(conditional('Behemoth will be released once training finishes.')).toBe('training finishes');
    expect(conditional('Meta would not release a model if it became dangerous, Zuckerberg said.')).toBe('it became dangerous');
    expect(conditional('Meta will release open models.')).toBe('');
    expect(conditional('Should a model become dangerous, Meta will keep it.')).toBe('a model become dangerous');
    expect(conditional('Meta should release its models.')).toBe('');
  });

  it('does not read a sentence that denies only the condition as denying the claim', () => {
    const m = Matcher.build([{ id: 'behemoth', texts: ['Meta says its largest model, Behemoth, will be released once training finishes.'] }]);
    // Training not finished is what "once training finishes" implies: the sentence agrees.
    expect(m.match('Meta previewed Behemoth, its largest model, which has not finished training and will be released later.')?.negated).toBe(false);
    // A denial of what the claim asserts still reads as one.
    expect(m.match('Behemoth, its largest model, will not be released once training finishes, Meta says.')?.negated).toBe(true);
  });

  it('reads what a sentence asserts over what it states only as a condition', () => {
    const m = Matcher.build([{ id: 'withhold', texts: ['Meta would not release a model openly if a jump in its abilities made that irresponsible, Zuckerberg said.'] }]);
    // "publishing" sits in the condition; "hold back", its opposite, is what the sentence says Meta would do.
    expect(m.match('Zuckerberg said Meta would hold a model back if a jump in its abilities made publishing it irresponsible.')?.negated).toBe(false);
    expect(m.match('Zuckerberg said Meta would release a model openly even if a jump in its abilities made that irresponsible.')?.negated).toBe(true);
  });

  it('still counts a condition met by its opposite', () => {
    const m = Matcher.build([{ id: 'withhold', texts: ['Zuckerberg said Meta would not open-source a model if a jump in its capabilities made releasing it irresponsible.'] }]);
    expect(m.match('Zuckerberg said Meta would open-source its models regardless of any jump in their capabilities, and that safety would never be a reason to hold one back.')?.negated).toBe(true);
  });
});
