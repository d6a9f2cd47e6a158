import { describe, expect, it } from 'vitest';
import { Matcher, normalise } from '../../lib/match';
import { termOf, termsOf } from '../../lib/match/words';

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

describe('words', () => {
  it('reads "closed" and "closing itself off" as proprietary, but not "close", "closing" or "closely"', () => {
    const proprietary = termOf('proprietary');
    expect(termsOf('a closed model')).toContain(proprietary);
    expect(termsOf('OpenAI is closing itself off')).toContain(proprietary);
    expect(termsOf('Meta worked closely with Microsoft, closing a deal close to launch')).not.toContain(proprietary);
  });

  it('reads "keep it to itself" as withholding it', () => {
    const withhold = termOf('withhold');
    expect(termsOf('Meta will simply keep the model to itself')).toContain(withhold);
    expect(termsOf('Meta kept them to themselves')).toContain(withhold);
    expect(termsOf('Meta will keep releasing models')).not.toContain(withhold);
  });

  it('reads "shifted", "altered" and "is not what it was" as "changed"', () => {
    const m = Matcher.build([{ id: 'same', texts: ["Zuckerberg said Meta's thinking on open source has not changed."] }, ...docs]);
    expect(m.match("Zuckerberg said Meta's thinking on open source has shifted.")?.negated).toBe(true);
    expect(m.match("Meta's thinking on open source has not been altered, Zuckerberg said.")?.negated).toBe(false);
    expect(m.match("Meta's thinking on open source is plainly not what it was, whatever Zuckerberg said.")?.negated).toBe(true);
  });

  it('reads "sold X as" as promoting it', () => {
    const m = Matcher.build([{ id: 'pitch', texts: ['Zuckerberg has promoted openness as the thing that sets Llama apart from rivals.'] }, ...docs]);
    expect(m.match('For years Zuckerberg sold openness as what set Llama apart.')).not.toBeNull();
    expect(termOf('sold')).toBe(termOf('promoted'));
  });

  it('reads "scolded" and "rebuked" as criticising', () => {
    const m = Matcher.build([{ id: 'criticised', texts: ['Zuckerberg criticised OpenAI for going closed after Microsoft invested.'] }, ...docs]);
    expect(m.match('Zuckerberg scolded OpenAI once Microsoft put money in.')).not.toBeNull();
  });

  it('folds the words news uses for one thing echoing another: "a rerun of", "reminiscent of", "a parallel with"', () => {
    const m = Matcher.build([{ id: 'echo', texts: ["Ars Technica argued that Zuckerberg's superintelligence pitch echoes his metaverse promises."] }, ...docs]);
    expect(m.match('Analysts call the superintelligence pitch a rerun of the metaverse.')).not.toBeNull();
    expect(m.match('Critics see a parallel between the superintelligence pitch and the metaverse.')).not.toBeNull();
    expect(m.match('The superintelligence pitch is reminiscent of the metaverse.')).not.toBeNull();
    // Doing a thing again and again is no echo of another.
    expect(termOf('repeatedly')).not.toBe(termOf('echoes'));
  });

  it('reads a word by the sense its form has: "the end of" is no stopping, "found" is finding, "put out" is releasing, "come out on top" is winning', () => {
    const m = Matcher.build([{ id: 'soon', texts: ['Meta will release Behemoth to developers this year.'] }]);
    expect(m.match('Meta will release Behemoth to developers by the end of the year.')?.negated).toBe(false);
    expect(termOf('ended')).toBe(termOf('stopped'));
    expect(termOf('found')).toBe(termOf('find'));
    expect(termOf('founded')).toBe(termOf('started'));
    expect(termsOf('Meta put out Llama')).toEqual(termsOf('Meta released Llama'));
    expect(termsOf('a push into AI')).not.toContain(termOf('delay'));
    expect(termsOf('the open approach will come out on top')).toEqual(termsOf('the open approach will win'));
    expect(termsOf('open models came out ahead')).toEqual(termsOf('open models win'));
  });

  it('reads words news uses for one another alike: beating and outscoring, attrition and departures, fearing and worrying', () => {
    expect(termsOf('Maverick outperforms GPT-4o')).toEqual(termsOf('Maverick beats GPT-4o'));
    expect(termsOf('Llama outranks and surpasses its rivals')).toEqual(termsOf('Llama outscores and beats its rivals'));
    expect(termOf('attrition')).toBe(termOf('departures'));
    expect(termOf('leadership')).toBe(termOf('management'));
    expect(termOf('touted')).toBe(termOf('promoted'));
    expect(termOf('feared')).toBe(termOf('worried'));
  });

  it('reads "stands behind" as backing, not as trailing', () => {
    expect(termsOf('Meta stands behind open-source AI')).toEqual(termsOf('Meta supports open-source AI'));
    const m = Matcher.build([{ id: 'backs', texts: ['In a public letter, Zuckerberg pledged that Meta stands behind open-source AI.'] }]);
    expect(m.match('In a public letter, Zuckerberg called Llama the first frontier-level open-source AI model.', { threshold: 0.01 })?.negated).toBe(false);
  });

  it('reads words that name an object\'s built-in keys as words ("constructor")', () => {
    expect(termOf('constructor')).toBe('constructor');
    expect(termsOf('The constructor of the model')).toEqual(['constructor', termOf('model')]);
  });

  it('reads "made the weights public", "make it available" and "reach the public" as releasing', () => {
    expect(termsOf('Meta made the Llama weights public')).toEqual(termsOf('Meta released the Llama weights'));
    expect(termsOf('Meta will make Behemoth available')).toEqual(termsOf('Meta will release Behemoth'));
    const m = Matcher.build([{ id: 'soon', texts: ['Meta will release Behemoth once its training finishes.'] }]);
    expect(m.match('Behemoth has yet to reach the public, though its training finished.')?.negated).toBe(true);
  });

  it('folds words news writes interchangeably: a "division" is a "unit", a "stance" a "position"', () => {
    expect(termsOf("Meta's AI division")).toEqual(termsOf("Meta's AI unit"));
    expect(termOf('stance')).toBe(termOf('position'));
  });

  it('does not fold adverbs of degree into their base ("strongly backs" is not "strong", "firmly" not "firm")', () => {
    expect(termOf('strongly')).not.toBe(termOf('strong'));
    expect(termOf('firmly')).not.toBe(termOf('firm'));
    expect(termOf('largely')).not.toBe(termOf('large'));
    expect(termOf('openly')).toBe(termOf('open'));
  });

  it('keeps nouns apart from the verbs and adjectives they share a stem with ("department" is not leaving)', () => {
    expect(termOf('department')).not.toBe(termOf('depart'));
    expect(termOf('power')).not.toBe(termOf('powerful'));
    expect(termOf('engine')).not.toBe(termOf('engineer'));
    expect(termOf('quite')).toBe('');
  });

  it('folds words news uses for one another ("600 roles" are "600 jobs")', () => {
    expect(termOf('roles')).toBe(termOf('jobs'));
    expect(termOf('staff')).toBe(termOf('employees'));
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

  it('reads phrasal verbs as the verb they mean ("giving up on" is abandoning)', () => {
    expect(best("Meta's superintelligence lab talked about giving up on its open model in favour of a closed one.")).toEqual({ id: 'closed', negated: false });
    expect(best("Meta's superintelligence lab discussed setting its open model aside in favour of a closed one.")).toEqual({ id: 'closed', negated: false });
    expect(best("Meta's superintelligence lab discussed walking away from its open model in favour of a closed one.")).toEqual({ id: 'closed', negated: false });
    expect(best("Meta's superintelligence lab discussed turning its back on its open model in favour of a closed one.")).toEqual({ id: 'closed', negated: false });
  });

  it('reads "ahead of schedule" as early, the opposite of delayed', () => {
    const m = Matcher.build([{ id: 'delayed', texts: ['Meta delayed the release of its Behemoth model.'] }]);
    expect(m.match('Meta released its Behemoth model ahead of schedule.')?.negated).toBe(true);
  });

  it('reads a doubling against a fall as opposites', () => {
    const m = Matcher.build([{ id: 'double', texts: ["Meta's capital spending could nearly double this year."] }]);
    expect(m.match("Meta's capital spending could fall this year.")?.negated).toBe(true);
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

  it('reads stressing phrases as asserting ("nothing short of", "none other than", "if not more", "never been more")', () => {
    const m = Matcher.build([
      { id: 'pledge', texts: ['Zuckerberg pledged that Meta would keep releasing open source models.'] },
      { id: 'spend', texts: ['Meta will spend $72 billion on AI infrastructure this year.'] },
      { id: 'committed', texts: ['Meta is committed to open source AI, Zuckerberg wrote.'] },
    ]);
    expect(m.match('It was nothing short of a pledge: Zuckerberg said Meta would keep releasing open source models.')?.negated).toBe(false);
    expect(m.match('It was none other than Zuckerberg who pledged that Meta would keep releasing open source models.')?.negated).toBe(false);
    expect(m.match('Meta will spend $72 billion on AI infrastructure this year, if not more.')?.negated).toBe(false);
    expect(m.match('Meta has never been more committed to open source AI, Zuckerberg wrote.')?.negated).toBe(false);
    expect(m.match('Meta will spend nothing less than $72 billion on AI infrastructure this year.')?.negated).toBe(false);
    expect(m.match('None of this should surprise anyone: Meta is committed to open source AI, Zuckerberg wrote.')?.negated).toBe(false);
    expect(m.match('It is no secret that Meta is committed to open source AI, Zuckerberg wrote.')?.negated).toBe(false);
    // The plain negations still read as such.
    expect(m.match('Meta is not committed to open source AI, Zuckerberg wrote.')?.negated).toBe(true);
  });

  it('reads "dropped behind" as a fall, and "dropped its plan" as abandoning it', () => {
    const m = Matcher.build([
      { id: 'behind', texts: ['Meta fell behind OpenAI and Google in AI, Ars Technica reported.'] },
      { id: 'release', texts: ['Meta plans to release its Behemoth model to developers.'] },
    ]);
    expect(m.match('Meta dropped behind OpenAI and Google in AI, Ars Technica reported.')?.negated).toBe(false);
    expect(m.match('Meta dropped well behind OpenAI and Google in AI, Ars Technica reported.')?.negated).toBe(false);
    const capex = Matcher.build([{ id: 'capex', texts: ['Meta expects capital spending of up to $72 billion in 2025.'] }]);
    expect(capex.match('Meta shares dropped sharply after it said it expects capital spending of up to $72 billion in 2025.')?.negated).toBe(false);
    expect(m.match('Meta dropped its plans to release its Behemoth model to developers.')?.negated).toBe(true);
  });

  it('reads "ends up winning" as how things turn out, and "ended its open releases" as a stop', () => {
    const m = Matcher.build([
      { id: 'win', texts: ['Yann LeCun argues that the open platform will win in AI.'] },
      { id: 'releases', texts: ['Meta keeps making open releases of its best models.'] },
    ]);
    expect(m.match('Yann LeCun argues that the open platform ends up winning in AI.')?.negated).toBe(false);
    expect(m.match('I do not think the open platform ends up winning in AI, whatever Yann LeCun argues.')?.negated).toBe(true);
    expect(m.match('Meta ended open releases of its best models.')?.negated).toBe(true);
  });

  it('reads "closed the door on" as ruling out what follows', () => {
    const m = Matcher.build([{ id: 'muse', texts: ['Meta hopes to open-source future versions of its Muse models.'] }]);
    expect(m.match('Meta has closed the door on open-sourcing future versions of its Muse models.')?.negated).toBe(true);
    expect(m.match('Meta shut the door to open-sourcing future versions of its Muse models.')?.negated).toBe(true);
    // A door closed on something else leaves the hope as it was.
    expect(m.match('Meta hopes to open-source future versions of its Muse models, and closed the door on rumours of a sale.')?.negated).toBe(false);
  });

  it('does not read a word as the opposite of one the sentence already says in its own words ("lag ... top" against "lagging behind")', () => {
    const m = Matcher.build([{ id: 'lagging', texts: ['Meta is lagging behind OpenAI and Google in bringing AI to market.'] }]);
    expect(m.match('An analyst said Meta continues to lag OpenAI and Google at the top end of the AI market.')?.negated).toBe(false);
    expect(m.match('An analyst said Meta now leads OpenAI and Google at the top end of the AI market.')?.negated).toBe(true);
  });

  it('reads a negation only over the words it governs', () => {
    const m = Matcher.build([
      { id: 'stance', texts: ['Meta said its position on open-source AI was the same as before, despite the reports about its new lab.'] },
      { id: 'closed', texts: ['Meta chose to keep its newest frontier model proprietary, the company said.'] },
    ]);
    // The "not" is about "shifted", ended by the comma; the matched words are asserted.
    expect(m.match("Meta's position on open-source AI has not shifted, despite the reports about its new lab.")?.negated).toBe(false);
    // "X, not Y": the "not" governs the open model, not the proprietary one.
    expect(m.match('Meta chose to keep its newest frontier model proprietary, not open, the company said.')?.negated).toBe(false);
    expect(m.match('Meta chose not to keep its newest frontier model proprietary, the company said.')?.negated).toBe(true);
  });

  it('reads "falls short of" as a negation, and "at no charge" as free', () => {
    const m = Matcher.build([
      { id: 'osi', texts: ["The OSI said Llama 2's licence meets the open source definition for models."] },
      { id: 'free', texts: ['Meta made Llama 2 free for researchers and businesses to use.'] },
    ]);
    expect(m.match("Llama 2's licence falls short of the open source definition for models, the OSI said.")?.negated).toBe(true);
    expect(m.match('Meta made Llama 2 available to researchers and businesses at no charge.')).toMatchObject({ doc: 1, negated: false });
  });

  it('reads two contrasts that swap what they negate as opposite, and "decided against" as a negation', () => {
    const m = Matcher.build([{ id: 'avocado', texts: ['Meta may keep its next frontier model proprietary rather than open it, CNBC reported.'] }]);
    expect(m.match('Meta will release its next frontier model openly rather than keep it proprietary, CNBC reported.')?.negated).toBe(true);
    expect(m.match('Meta will keep its next frontier model proprietary instead of opening it, CNBC reported.')?.negated).toBe(false);
    expect(m.match('Meta decided against keeping its next frontier model proprietary, CNBC reported.')?.negated).toBe(true);
  });

  it('reads a denial of a whole "that" clause as one negation', () => {
    const m = Matcher.build([{ id: 'behind', texts: ['Llama 4 fell behind rival models from OpenAI and Google.'] }]);
    expect(m.match('Meta rejected the idea that Llama 4 had fallen behind rival models from OpenAI and Google.')?.negated).toBe(true);
    expect(m.match('It is untrue that Llama 4 fell behind rival models from OpenAI and Google, Meta said.')?.negated).toBe(true);
    expect(m.match('Llama 4 fell behind rival models from OpenAI and Google, analysts said.')?.negated).toBe(false);
  });

  it('does not let two denials of what a claim asserts cancel out', () => {
    const m = Matcher.build([{ id: 'catch-up', texts: ["Meta's new models are a catch-up effort after Llama 4 fell behind its rivals."] }]);
    const found = m.match('Meta rejected the idea that Llama 4 had fallen behind its rivals, saying its new models were not a catch-up effort.');
    expect(found?.negated).toBe(true);
  });

  it('passes a "not" before a verb of belief on to its clause ("does not think it has changed")', () => {
    const m = Matcher.build([{ id: 'unchanged', texts: ["Zuckerberg said Meta's thinking on open source has not particularly changed."] }]);
    expect(m.match("Zuckerberg told analysts he did not think Meta's thinking on open source had particularly changed.")?.negated).toBe(false);
    expect(m.match("Zuckerberg told analysts he thinks Meta's thinking on open source has particularly changed.")?.negated).toBe(true);
  });

  it('reads "un-" as the opposite of the word ("unreleased" against "released")', () => {
    const m = Matcher.build([{ id: 'behemoth', texts: ["Meta's giant Behemoth model remains unreleased, the company said in April."] }]);
    expect(m.match("Meta's giant Behemoth model has been released, the company said in April.")?.negated).toBe(true);
    expect(m.match("Meta's giant Behemoth model is still unreleased, the company said in April.")?.negated).toBe(false);
  });

  it('reads a reversing verb that ends its clause as reversing its subject ("testing has stopped")', () => {
    const m = Matcher.build([{ id: 'halted', texts: ["Internal testing of Meta's Behemoth model has reportedly stopped."] }]);
    expect(m.match("Internal testing of Meta's Behemoth model is continuing, the Times reported.")?.negated).toBe(true);
    expect(m.match("Internal testing of Meta's Behemoth model was halted, the Times reported.")?.negated).toBe(false);
  });

  it('reads a smaller amount as a negation ("less than", "fewer than", "less safe"), but not "no less than"', () => {
    const m = Matcher.build([
      { id: 'invest', texts: ['Zuckerberg said Meta would invest $600 billion in the United States through 2028.'] },
      { id: 'safer', texts: ['Zuckerberg argued that open-source AI is safer than closed systems.'] },
    ]);
    expect(m.match('Zuckerberg said Meta would invest far less than $600 billion in the United States through 2028.')?.negated).toBe(true);
    expect(m.match('Zuckerberg said Meta would invest no less than $600 billion in the United States through 2028.')?.negated).toBe(false);
    expect(m.match('Zuckerberg conceded that open-source AI is less safe than closed systems.')?.negated).toBe(true);
    expect(m.match('Zuckerberg said Meta would invest well under $600 billion in the United States through 2028.')?.negated).toBe(true);
  });

  it('reads "bars X from using it without permission" as requiring permission, not as a negation', () => {
    const m = Matcher.build([{ id: 'cap', texts: ["Meta's licence bars the largest companies from using Llama 2 without Meta's permission."] }, ...docs]);
    expect(m.match("Under Meta's licence, the largest companies need Meta's permission before using Llama 2.")?.negated).toBe(false);
    expect(m.match("Under Meta's licence, the largest companies may use Llama 2 without Meta's permission.")?.negated).toBe(true);
  });

  it('reads two texts that set the same thing against something as agreeing, however each names that something', () => {
    const m = Matcher.build([{ id: 'avocado', texts: ['CNBC reported that Avocado, due for release in 2026, may be kept proprietary rather than opened.'] }, ...docs]);
    expect(m.match('CNBC reported that Avocado, due in 2026, could end up proprietary instead of released with open weights.')?.negated).toBe(false);
    // Swapped: what one sets up, the other sets aside.
    expect(m.match('CNBC reported that Meta may release Avocado with open weights rather than keep it proprietary.')?.negated).toBe(true);
  });

  it('reads "no one will have better models than Llama" as saying Llama is best, but "no one has more than 700 million users" as a negation', () => {
    const m = Matcher.build([
      { id: 'best', texts: ['Zuckerberg predicted Llama would be the most capable model in the industry.'] },
      { id: 'cap', texts: ['The licence covers companies with 700 million monthly users.'] },
    ]);
    expect(m.match('Zuckerberg predicted that no one in the industry would have a more capable model than Llama.')?.negated).toBe(false);
    expect(m.match('Zuckerberg predicted that nothing in the industry would be a more capable model than Llama.')?.negated).toBe(false);
    expect(m.match('Zuckerberg predicted that no one in the industry would have a capable model like Llama.')?.negated).toBe(true);
    expect(m.match('No company the licence covers has more than 700 million monthly users.')?.negated).toBe(true);
  });

  it('ends a negation at a clause of its own ("the business he had built"), but not at what was said ("never said he would")', () => {
    const m = Matcher.build([{ id: 'joins', texts: ['Alexandr Wang left Scale AI to head the new superintelligence lab at Meta.'] }, ...docs]);
    expect(m.match('Alexandr Wang walked away from the business he had built to head the new superintelligence lab at Meta.')?.negated).toBe(false);
    const n = Matcher.build([{ id: 'every', texts: ['Zuckerberg promised Meta would open-source every model it builds.'] }, ...docs]);
    expect(n.match('Zuckerberg never said he would open-source every model Meta builds.')?.negated).toBe(true);
  });

  /** A claim whose negation governs words a sentence may say otherwise ("falls short", "disqualify"). */
  const osi = { id: 'osi', texts: ["The OSI said Llama 2's licence does not meet the open-source definition because it restricts some users."] };

  it('reads a negation that stands apart from the shared words as the same denial written round other words, unless it negates a negative', () => {
    const m = Matcher.build([
      osi,
      { id: 'eu', texts: ["People and companies in the EU may not use Llama 4's multimodal models."] },
      ...docs,
    ]);
    expect(m.match("Under the OSI's open-source definition, Llama 2's licence, which restricts some users, falls short.")?.negated).toBe(false);
    expect(m.match("The OSI said Llama 2's licence meets the open-source definition.")?.negated).toBe(true);
    expect(m.match("People and companies in the EU may use Llama 4's multimodal models without restriction.")?.negated).toBe(true);
  });

  it('reads "fell outside the definition" and "terms that disqualify it" as not meeting it', () => {
    const m = Matcher.build([osi, ...docs]);
    expect(m.match("The OSI said Llama 2's licence fell outside the open-source definition because it restricts some users.")?.negated).toBe(false);
    expect(m.match("Under the open-source definition, the OSI said, the terms of Llama 2's licence disqualify it, since it restricts some users.")?.negated).toBe(false);
  });

  it('reads a doubt as a negation of its whole clause, and "no doubt that" as agreement', () => {
    const m = Matcher.build([{ id: 'keep', texts: ['Meta will keep releasing its top models in the open.'] }, ...docs]);
    expect(m.match('An analyst said he doubted Meta would keep releasing its top models in the open.')?.negated).toBe(true);
    expect(m.match('There is no doubt that Meta will keep releasing its top models in the open.')?.negated).toBe(false);
    // The doubters themselves, a noun, doubt nothing they are said to see.
    expect(m.match('Skeptics say Meta will keep releasing its top models in the open.')?.negated).toBe(false);
  });

  it('reads "few" as a negation, but not "a few" or "a very few"', () => {
    const m = Matcher.build([{ id: 'offers', texts: ['Bosworth said only senior researchers were offered packages that large.'] }, ...docs]);
    expect(m.match('Few senior researchers were offered packages that large, Bosworth said.')?.negated).toBe(true);
    expect(m.match('Bosworth said only a very few senior researchers were offered packages that large.')?.negated).toBe(false);
  });

  it('reads "simply not true that" as a denial of the clause after it', () => {
    const m = Matcher.build([{ id: 'stop', texts: ["Meta's new lab will stop releasing open-source models."] }]);
    expect(m.match("It is simply not true that Meta's superintelligence lab will stop releasing open-source models, a spokesperson said.")?.negated).toBe(true);
  });

  it('does not match a sentence whose amounts all differ from the claim\'s (rounding aside), in figures or in words', () => {
    const m = Matcher.build([{ id: 'spend', texts: ['The company plans to spend $60 billion on AI data centres in 2025.'] }]);
    expect(m.match('The company plans to spend $80 billion on AI data centres in 2025.')).toBeNull();
    expect(m.match('The company plans to spend about $60.5 billion on AI data centres in 2025.')?.negated).toBe(false);
    expect(m.match('The company plans to spend heavily on AI data centres in 2025.')).not.toBeNull();
    // Written out, before a unit.
    expect(m.match('The company plans to spend eighty billion dollars on AI data centres in 2025.')).toBeNull();
    expect(m.match('The company plans to spend sixty billion dollars on AI data centres in 2025.')).not.toBeNull();
    // Of another magnitude; misspelt, the magnitude is left open.
    expect(m.match('The company plans to spend $60 million on AI data centres in 2025.')).toBeNull();
    expect(m.match('The company plans to spend $60 bilion on AI data centres in 2025.')).not.toBeNull();
    const model = Matcher.build([{ id: 'behemoth', texts: ["Behemoth, Meta's two-trillion-parameter model, is still training."] }]);
    expect(model.match("Behemoth, Meta's model with 128 experts and 400 billion parameters, is still training.")).toBeNull();
  });

  it('counts an amount as one shared word, not its number, magnitude and currency apart', () => {
    const m = Matcher.build([{ id: 'bonus', texts: ['Altman said Meta offered $100 million bonuses.'] }]);
    expect(m.match('A $100 million number is everywhere this week, Altman said.')).toBeNull();
    expect(m.match('Meta offered $100 million bonuses, Altman said.')).not.toBeNull();
  });

  it('reads praise against criticism as opposites', () => {
    const m = Matcher.build([{ id: 'critic', texts: ['Zuckerberg criticised OpenAI for going closed after its Microsoft partnership.'] }]);
    expect(m.match('Zuckerberg praised OpenAI for going closed after its Microsoft partnership.')?.negated).toBe(true);
  });

  it('does not let two reversals of different words cancel out', () => {
    const m = Matcher.build([{ id: 'fear', texts: ["A farewell essay described Meta's AI division as driven by fear, with staff unclear about its mission."] }]);
    expect(m.match("A farewell essay described Meta's AI division as free of fear and clear about its mission.")?.negated).toBe(true);
    expect(m.match("A farewell essay described Meta's AI division as driven by fear and unclear about its mission.")?.negated).toBe(false);
  });

  it('lets a negation govern a whole noun phrase ("dropped the parent company\'s flagship open model")', () => {
    const m = Matcher.build([{ id: 'open', texts: ['Meta offers an open model for developers.'] }]);
    expect(m.match("Meta has dropped the parent company's flagship open model for developers.")?.negated).toBe(true);
  });

  it('does not count a shared "not" as negating itself: it negates only the words after it', () => {
    const m = Matcher.build([
      { id: 'experimental', texts: ['LMArena said the Maverick on its leaderboard was an unreleased experimental version, and that the rules were not what it expected.'] },
    ]);
    expect(m.match('LMArena said the Maverick on its leaderboard was the released model, not an experimental version.')?.negated).toBe(true);
  });

  it('reads a denied reversal against the reversal as opposite ("denied that testing had been halted")', () => {
    const m = Matcher.build([{ id: 'halted', texts: ["A person familiar with the project said internal testing of Meta's Behemoth model has stopped."] }]);
    expect(m.match('A person familiar with the project denied that internal testing of Behemoth had been halted after the new lab was formed.')?.negated).toBe(true);
  });

  it('reads a denied denial as agreement ("did not deny that"), and "dismissed as false the idea that" as one denial', () => {
    const m = Matcher.build([{ id: 'mix', texts: ['A Meta spokesperson said the company expects to keep training closed models alongside its open ones.'] }]);
    expect(m.match('A Meta spokesperson did not deny that the company expects to keep training closed models alongside its open ones.')?.negated).toBe(false);
    expect(m.match('A Meta spokesperson dismissed as false the idea that the company, like its rivals, expects to keep training closed models alongside its open ones.')?.negated).toBe(true);
  });

  it('reads a reversing verb followed by "once" or "after" as reversing its subject, not what follows', () => {
    const m = Matcher.build([{ id: 'beats', texts: ['Meta said its Maverick model beat GPT-4o across the usual benchmarks.'] }]);
    expect(m.match("Meta's boast that Maverick beat GPT-4o across the usual benchmarks did not hold up once independent testers got hold of it.")?.negated).toBe(true);
    expect(m.match("Meta's boast that Maverick beat GPT-4o across the usual benchmarks held up once independent testers got hold of it.")?.negated).toBe(false);
  });

  it('reads a hyphenated "no-" adjective ("a no-cost model") as no negation, and "no-one" as one', () => {
    const m = Matcher.build([{ id: 'free', texts: ['Meta launched Llama 2 as a freely available model for both research and commercial use.'] }]);
    expect(m.match('Meta launched Llama 2 as a no-cost model for research and commercial use.')?.negated).toBe(false);
    expect(m.match('No-one at Meta launched Llama 2 as a freely available model for research and commercial use.')?.negated).toBe(true);
  });

  it('reads "contrary to" as setting what follows aside', () => {
    const m = Matcher.build([{ id: 'plan', texts: ['Meta plans to release Behemoth openly to developers.'] }]);
    expect(m.match("Contrary to Meta's plans to release Behemoth openly to developers, the model stayed in the lab.")?.negated).toBe(true);
  });

  it('reads "X is fake news", "X is simply untrue" as denying X', () => {
    const m = Matcher.build([
      { id: 'fake', texts: ['The $100 million sign-on story about the new hires is fake news, one of them said.'] },
      { id: 'pay', texts: ['Meta will pay its new hires $100 million sign-on bonuses.'] },
    ]);
    const reading = (text: string, id: string) => m.rank(text, 2, 0.01).find((hit) => hit.doc === (id === 'fake' ? 0 : 1))?.negated;
    expect(reading('One of the new hires said he never got a $100 million sign-on payment.', 'fake')).toBe(false);
    expect(reading('The new hires each got a $100 million sign-on payment, the story said.', 'fake')).toBe(true);
    expect(reading('The report that Meta will pay its new hires $100 million sign-on bonuses is simply untrue.', 'pay')).toBe(true);
  });

  it('reads "does not include X" as leaving X as it is, but "cannot count as X" as denying X', () => {
    const m = Matcher.build([{ id: 'deal', texts: ['Meta paid $14.3 billion for a stake in Scale AI.'] }, { id: 'open', texts: ['The Llama licence counts as open source.'] }, ...docs]);
    expect(m.match('The capex figure does not include the $14.3 billion Meta paid for its stake in Scale AI.')?.negated).toBe(false);
    expect(m.match('Meta never paid $14.3 billion for a stake in Scale AI.')?.negated).toBe(true);
    expect(m.match('The Llama licence cannot count as open source.')?.negated).toBe(true);
  });

  it('needs three shared words besides those met by their opposite', () => {
    const m = Matcher.build([{ id: 'same', texts: ['Meta says its position on open source AI is unchanged.'] }, ...docs]);
    expect(m.match('Meta is in a different position, because it has no cloud business.')).toBeNull();
    expect(m.match("Meta's position on open source AI has changed.")?.negated).toBe(true);
  });

  it('meets an antonym with a word the sentence holds more often than the passage', () => {
    const m = Matcher.build([{ id: 'closed', texts: ['Meta launched the model without public weights, offering it only through a private API.'] }]);
    // The first "private" answers "public", the second the passage's own "private".
    expect(m.match('Meta launched the model and kept its weights private, offering it only through a private API.')).toMatchObject({ negated: false });
    expect(m.match('Meta launched the model with public weights, offering it only through a private API.')).toMatchObject({ negated: true });
  });

  it('reads "nothing has changed" against "the same as before" as agreement', () => {
    const m = Matcher.build([{ id: 'same', texts: ['Meta told TechCrunch that its position on open-source AI was the same as before.'] }]);
    expect(m.match("Nothing about Meta's open-source AI position has changed, the company told TechCrunch.")?.negated).toBe(false);
    expect(m.match("Meta's open-source AI position has changed, the company told TechCrunch.")?.negated).toBe(true);
  });

  it('does not score a sentence lower for naming its source at the end', () => {
    const m = Matcher.build([{ id: 'plan', texts: ['Meta plans to keep releasing open models to developers.'] }, ...docs]);
    const plain = m.match('Meta plans to keep releasing open models to developers.')!.score;
    expect(m.match('Meta plans to keep releasing open models to developers, argues analyst Corinne Vasquez of Halden Partners.')?.score).toBe(plain);
    expect(m.match('Meta plans to keep releasing open models to developers, Vasquez of Halden Partners said.')?.score).toBe(plain);
    // A last clause that says something else, or reports what was said, still counts.
    expect(m.match('Meta plans to keep releasing open models to developers, and Halden Partners will buy them.')!.score).toBeLessThan(plain);
    expect(m.match('In a memo, Zuckerberg wrote that Meta plans to keep releasing open models to developers.')!.score).toBeLessThan(plain);
  });

  it('does not score a sentence lower for an opening "According to X," or for what it says of its source', () => {
    const m = Matcher.build([{ id: 'plan', texts: ['Meta plans to keep releasing open models to developers.'] }, ...docs]);
    const plain = m.match('Meta plans to keep releasing open models to developers.')!.score;
    expect(m.match('According to analyst Corinne Vasquez, Meta plans to keep releasing open models to developers.')?.score).toBe(plain);
    expect(m.match('Meta plans to keep releasing open models to developers, argues Vasquez of Halden Partners, who calls it a recruiting pitch.')?.score).toBe(plain);
    expect(m.match('Meta plans to keep releasing open models to developers, Vasquez said, citing two people at the company.')?.score).toBe(plain);
    expect(m.match('Corinne Vasquez, an analyst at Halden Partners, said Meta plans to keep releasing open models to developers.')?.score).toBe(plain);
    // A short sentence closed by its source ("..., said analysts") has no opening speaker: what it adds still counts.
    const closed = m.match('Meta will keep releasing open models, said analysts.')!.score;
    expect(m.match('Meta will keep releasing open models at great cost, said analysts.')!.score).toBeLessThan(closed);
    expect(m.match('Meta will keep releasing open models at great cost, analysts said.')!.score).toBeLessThan(closed);
    // An opening clause that is not a source still counts, and neither is a passive "was told".
    expect(m.match('Engineers at a rival were told Meta plans to keep releasing open models to developers.')!.score).toBeLessThan(plain);
    expect(m.match('After a costly year of hiring, Meta plans to keep releasing open models to developers.')!.score).toBeLessThan(plain);
  });

  it('does not score a sentence lower for waving a source aside ("whatever X said"), and still reads its denial', () => {
    const m = Matcher.build([{ id: 'plan', texts: ['Meta plans to keep releasing open models to developers.'] }, ...docs]);
    const denied = m.match('Meta no longer plans to keep releasing open models to developers.')!;
    for (const text of [
      'Meta no longer plans to keep releasing open models to developers, whatever its spokesperson promised.',
      'Whatever its executives say, Meta no longer plans to keep releasing open models to developers.',
      'Meta no longer plans to keep releasing open models to developers, regardless of what Vasquez told reporters.',
    ]) expect(m.match(text)).toMatchObject({ score: denied.score, negated: true });
    // "whatever" without a source waved aside is what the sentence says.
    expect(m.match('Meta no longer plans to keep releasing open models to developers, whatever their sizes.')!.score).toBeLessThan(denied.score);
  });

  it('reads "stance ... unaltered" as "position ... unchanged", and "altered" as its opposite', () => {
    const m = Matcher.build([{ id: 'same', texts: ['Meta says its position on open source AI is unchanged.'] }, ...docs]);
    expect(m.match('Meta told reporters its stance on open-source AI was unaltered.')?.negated).toBe(false);
    expect(m.match('Meta told reporters its stance on open-source AI was altered.')?.negated).toBe(true);
  });

  it('reads "is denied the rights to" as being barred, and "denied that" as a denial', () => {
    const m = Matcher.build([{ id: 'eu', texts: ["Llama 4's use policy bars people in the EU from its multimodal models."] }, ...docs]);
    expect(m.match("People in the EU are denied the rights to Llama 4's multimodal models under its use policy.")?.negated).toBe(false);
    expect(m.match("Llama 4's use policy denies people in the EU access to its multimodal models.")?.negated).toBe(false);
    expect(m.match("Meta denied that its use policy bars people in the EU from Llama 4's multimodal models.")?.negated).toBe(true);
    expect(m.match("Meta denied that its policy bars access to Llama 4's multimodal models for people in the EU.")?.negated).toBe(true);
  });

  it('reads "behind the most advanced systems" as not the most advanced, once', () => {
    const m = Matcher.build([{ id: 'lead', texts: ["Zuckerberg predicted that Llama models would be the most advanced in the industry."] }, ...docs]);
    expect(m.match("Zuckerberg predicted that Llama models would remain behind the industry's most advanced systems.")?.negated).toBe(true);
    expect(m.match('Zuckerberg predicted that Llama models would be the most advanced systems in the industry.')?.negated).toBe(false);
    // Met by its own opposite, "trailing" reverses only once: leading the best is not trailing the frontier.
    const trails = Matcher.build([{ id: 'trails', texts: ['Muse Spark is still trailing the frontier labs on some tasks.'] }, ...docs]);
    expect(trails.match('Muse Spark outscores the best labs on some tasks.')?.negated).toBe(true);
    expect(trails.match('Muse Spark still lags the best labs on some tasks.')?.negated).toBe(false);
  });

  it('reads "the forecast that X has been proved wrong" or "did not come true" as denying X', () => {
    const m = Matcher.build([{ id: 'win', texts: ['LeCun said the open platform will win in AI.'] }, ...docs]);
    expect(m.match("LeCun's forecast that the open platform would win in AI has been proved wrong, a rival said.")?.negated).toBe(true);
    expect(m.match("LeCun's forecast that the open platform would win in AI has been borne out, a rival said.")?.negated).toBe(false);
    expect(m.match("LeCun's forecast that the open platform would win in AI did not come true.")?.negated).toBe(true);
    expect(m.match("LeCun's forecast that the open platform would win in AI never materialised.")?.negated).toBe(true);
  });

  it('reads "at odds with" as a negation, so "no longer at odds with" agrees', () => {
    const m = Matcher.build([{ id: 'osi', texts: ["Llama's licence does not meet the open-source definition."] }, ...docs]);
    expect(m.match("Llama's licence is at odds with the open-source definition.")?.negated).toBe(false);
    expect(m.match("Llama's licence is no longer at odds with the open-source definition.")?.negated).toBe(true);
  });

  it('reads "fell short of" as not meeting, and "top $100 billion" as an amount, not leading', () => {
    const m = Matcher.build([{ id: 'beats', texts: ['Meta says its Maverick model beats GPT-4o on the leaderboard.'] }, ...docs]);
    expect(m.match('On the leaderboard, the Maverick model Meta released fell short of GPT-4o.')?.negated).toBe(true);
    expect(termsOf('spending will top $100 billion')).not.toContain(termOf('top'));
    expect(termsOf('the top model')).toContain(termOf('top'));
  });

  it('reads "I don\'t buy it" and "doesn\'t hold up" as rejections, and "garbled" as misrepresented', () => {
    expect(termsOf("I don't buy it")).toEqual(termsOf('I reject it'));
    expect(termsOf("The comparison doesn't hold up")).toEqual(termsOf('The comparison was refuted'));
    expect(termOf('garbled')).toBe(termOf('misrepresented'));
  });

  it('reads a closing clause that only denies ("so far, it is not", "I don\'t buy it") as denying all before it', () => {
    const m = Matcher.build([{ id: 'lead', texts: ['Zuckerberg predicted Llama would be the most advanced model in the industry from 2025.'] }, ...docs]);
    expect(m.match('Zuckerberg predicted Llama would be the most advanced model in the industry from 2025; so far, it is not.')?.negated).toBe(true);
    expect(m.match("Zuckerberg predicted Llama would be the most advanced model in the industry from 2025, but I don't buy it.")?.negated).toBe(true);
    // A closing clause with words of its own is no such denial.
    expect(m.match('Zuckerberg predicted Llama would be the most advanced model in the industry from 2025, he said.')?.negated).toBe(false);
  });

  it('reads a closing clause that points back ("nobody here believes that has happened") as denying all before it', () => {
    const m = Matcher.build([{ id: 'lead', texts: ['Zuckerberg predicted Llama would be the most advanced model in the industry from 2025.'] }, ...docs]);
    expect(m.match("Zuckerberg predicted Llama would be the most advanced model in the industry from 2025, and I don't think any developer at this conference believes that has happened.")?.negated).toBe(true);
    // A negation before some other ending says nothing of the rest.
    expect(m.match("Zuckerberg predicted Llama would be the most advanced model in the industry from 2025, and no developer at this conference was surprised when it happened.")?.negated).toBe(false);
  });

  it('reads what "anyone who tells you" says as knocked down, unless the sayer is granted the point', () => {
    const m = Matcher.build([{ id: 'same', texts: ["Zuckerberg said Meta's thinking on open source has not changed."] }, ...docs]);
    expect(m.match('"Anyone who tells you Meta\'s thinking on open source has not changed was not in those meetings," a former manager said.')?.negated).toBe(true);
    expect(best('Whoever still claims Meta plans to continue releasing leading open source models has not read the memo.')).toEqual({ id: 'open', negated: true });
    expect(best('Anyone who says Meta plans to continue releasing leading open source models is right.')).toEqual({ id: 'open', negated: false });
    // No one is quoted: a sentence about people who did something says it.
    expect(best('Anyone who downloaded them knows Meta plans to continue releasing leading open source models.')).toEqual({ id: 'open', negated: false });
  });

  it('reads "So much for ..." as saying it came to nothing', () => {
    expect(best('So much for the promise that Meta plans to continue releasing leading open source models.')).toEqual({ id: 'open', negated: true });
    expect(best('Developers cared so much for the news that Meta plans to continue releasing leading open source models.')).toEqual({ id: 'open', negated: false });
  });

  it('finds a closing denial before a closing attribution, and reads vague words in it as saying nothing', () => {
    const m = Matcher.build([{ id: 'lead', texts: ['Zuckerberg said Meta would take the lead in AI with Llama 4.'] }, ...docs]);
    expect(m.match('"Meta was meant to take the lead in AI with Llama 4, and we didn\'t come anywhere close," a former researcher said.')?.negated).toBe(true);
    // The answer to a condition denies nothing before it.
    expect(m.match('"Meta means to take the lead in AI with Llama 4 if anyone is to, and if it can\'t, then we won\'t," a former researcher said.')?.negated).toBe(false);
  });

  it('reads "brushing off talk of a delay" as denying the delay, and "on schedule" as its opposite', () => {
    const m = Matcher.build([{ id: 'delay', texts: ['Meta delayed the release of its Behemoth model.'] }, ...docs]);
    expect(m.match('Meta brushed off talk of a delay to the release of its Behemoth model.')?.negated).toBe(true);
    expect(m.match('The release of the Behemoth model is on schedule, Meta said.')?.negated).toBe(true);
    expect(m.match('The release of the Behemoth model was delayed, Meta said.')?.negated).toBe(false);
  });

  it('reads "unable to" as a negation, and "unsure of its mission" against "did not know its mission" as agreement', () => {
    const m = Matcher.build([
      { id: 'release', texts: ['Meta released its Behemoth model to the public.'] },
      { id: 'essay', texts: ['A leaked essay said Meta staff are fearful and unsure of the mission of the AI division.'] },
      ...docs,
    ]);
    expect(m.match('Meta was unable to release its Behemoth model to the public.')?.negated).toBe(true);
    expect(m.match('The leaked essay said Meta staff were fearful and did not know the mission of the AI division.')?.negated).toBe(false);
    // "clear about" is the opposite of "unsure of".
    expect(m.match('The leaked essay said Meta staff are not fearful and are clear about the mission of the AI division.')?.negated).toBe(true);
  });

  it('does not match a sentence that shares only names with a claim', () => {
    const m = Matcher.build([{ id: 'siggraph', texts: ['At SIGGRAPH, Mark Zuckerberg told Jensen Huang that closed platforms make him angry.'] }]);
    expect(m.match('Mark Zuckerberg and Jensen Huang swapped jackets at SIGGRAPH.')).toBeNull();
    expect(m.match('Closed platforms make Mark Zuckerberg angry, he told Jensen Huang.')).not.toBeNull();
    // A claim's first word is capitalised because it starts the claim, not because it is a name.
    const first = Matcher.build([{ id: 'researchers', texts: ['Researchers from Meta, Google and OpenAI.'] }]);
    expect(first.match('The Meta, Google and OpenAI researchers.')).not.toBeNull();
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
