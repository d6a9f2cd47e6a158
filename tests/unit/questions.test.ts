import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match';
import { askedPositions, isQuestion } from '../../lib/match/questions';
import { wordsOf } from '../../lib/match/words';

const asked = (text: string) => {
  const words = wordsOf(text);
  return [...askedPositions(words, isQuestion(text))].map((i) => words[i].surface).join(' ');
};

describe('questions', () => {
  it('finds the words a "whether" clause or an "if" after a verb of asking asks about', () => {
    expect(asked('Analysts asked whether Meta would keep releasing open models, but he did not answer.')).toBe('meta would keep releasing open models');
    expect(asked('A spokesperson declined to say if the weights would be published.')).toBe('the weights would be published');
  });

  it('reads "when" or "how" after a refusal to say as what is left open, past an aside', () => {
    expect(asked('The company did not say when Behemoth, the largest of its models, would be released.')).toBe('behemoth the largest of its models would be released');
    expect(asked('Meta declined to say how the weights would be licensed, but said training was done.')).toBe('the weights would be licensed');
    // Said outright, or decided on: nothing is left open.
    expect(asked('Meta said when it launched Llama 4 that Maverick beats GPT-4o.')).toBe('');
    expect(asked('Safety will play no part in deciding when Meta opens its models.')).toBe('');
  });

  it('reads what a company has not announced or confirmed as left unsaid, neither said nor denied', () => {
    expect(asked('Meta has not announced any change to the Llama licence.')).toBe('not any change to the llama licence');
    expect(asked('The company never publicly confirmed that Behemoth would be released.')).toBe('never publicly that behemoth would be released');
    expect(asked('Meta announced a change to the Llama licence.')).toBe('');
    const m = Matcher.build([{ id: 'osi', texts: ["Meta's Llama licence is still not open source."] }]);
    expect(m.match("Meta's Llama licence is not open source, the OSI said.")).not.toBeNull();
    expect(m.match('Meta has not announced any change to the Llama licence.')).toBeNull();
  });

  it('reads a claim granted with an opening "Sure," as not said, unless a "but" of its own turns it into a concession', () => {
    expect(asked('Sure, Meta is committed to open source AI.')).toBe('sure meta is committed to opensource ai');
    expect(asked('Oh sure, Meta pays everyone $100 million.')).toBe('oh sure meta pays everyone 100 million dollar');
    expect(asked('Sure enough, Meta released the weights.')).toBe('');
    expect(asked('Sure, Meta released the weights, but only for the small models.')).toBe('');
    const m = Matcher.build([{ id: 'committed', texts: ['Meta is committed to open source AI.'] }]);
    expect(m.match('Sure, Meta is committed to open source AI.')).toBeNull();
    expect(m.match('Meta is committed to open source AI.')).not.toBeNull();
  });

  it('does not match opposites offered as alternatives ("open or closed"): neither is said', () => {
    const m = Matcher.build([{ id: 'mix', texts: ['Meta expects to keep training closed models alongside its open ones.'] }]);
    expect(m.match('Meta expects to keep training closed models alongside its open ones, a spokesperson said.')).not.toBeNull();
    expect(m.match('Closed or open, the models will be trained.')).toBeNull();
    expect(m.match('Closed and open, the models will be trained.')).not.toBeNull();
    // In an attribution too, where the words count only if they match.
    const found = m.match('Meta expects to keep training models alongside its others, said analysts who follow open or closed labs.');
    expect(found?.score).toBeGreaterThan(0.42);
    expect(found?.score).toBeLessThanOrEqual(1);
  });

  it('reads a supposition that opens a sentence as not said ("If Meta were to keep its models closed, ...")', () => {
    expect(asked('If Meta were to keep its models closed, developers would move.')).toBe('meta were to keep its models closed');
    const m = Matcher.build([{ id: 'closed', texts: ['Meta may keep its next models closed, CNBC reported.'] }]);
    expect(m.match('Meta may keep its next models closed, developers fear.')).not.toBeNull();
    expect(m.match('If Meta were to keep its next models closed, developers say they would move.')).toBeNull();
  });

  it('does not read a condition or "whether ... or" after a comma as a question', () => {
    expect(asked('Zuckerberg said that if a model were dangerous, Meta would not release it.')).toBe('');
    expect(asked('Anyone in the EU, whether a person or a company, is shut out.')).toBe('');
    // "say" has no term of its own, but the words before "if" are no verb of asking.
    expect(asked('Meta will release the weights only if the model is safe.')).toBe('');
  });

  it('reads a whole question as asked', () => {
    expect(isQuestion('Will Meta keep releasing open models?')).toBe(true);
    expect(isQuestion('"Is this the end of open AI?"')).toBe(true);
    expect(isQuestion('Meta will keep releasing open models.')).toBe(false);
  });

  it('does not mark a sentence that only asks about a claim', () => {
    const m = Matcher.build([{ id: 'bonus', texts: ['Meta offered $100 million signing bonuses to OpenAI researchers.'] }]);
    expect(m.match('Meta offered $100 million signing bonuses to OpenAI researchers, Altman said.')).not.toBeNull();
    expect(m.match('Reporters asked whether Meta had offered $100 million signing bonuses to OpenAI researchers.')).toBeNull();
    expect(m.match('Did Meta offer $100 million signing bonuses to OpenAI researchers?')).toBeNull();
  });

  it('does not mark a refusal to say when a claim comes true as denying it', () => {
    const m = Matcher.build([{ id: 'behemoth', texts: ['Meta says its largest Llama 4 model, Behemoth, will be released once training finishes.'] }]);
    expect(m.match('Meta said its largest Llama 4 model, Behemoth, would be released once training finishes.')).not.toBeNull();
    expect(m.match('The company did not say when Behemoth, the largest of its Llama 4 models, would be released.')).toBeNull();
  });
});
