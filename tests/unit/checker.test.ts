import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpus } from '../../lib/corpus';
import { CorpusChecker } from '../../lib/check';
import { dismissedSpeaker } from '../../lib/check/dismissals';
import { settleByNegation } from '../../lib/check/shared-negation';
import { fixture } from './helpers';

/** The Pluto corpus with other claims. */
function plutoWith(claims: Array<{ id: string; stance: string; text: string; phrasings: string[]; date?: string; proposition?: string; speaker?: string }>): CorpusChecker {
  const corpus = JSON.parse(readFileSync(fixture('corpora/pluto.json'), 'utf8'));
  const [template] = corpus.claims;
  corpus.propositions.push({ id: 'charon-is-plutos-moon', text: 'Charon is a moon of Pluto' });
  corpus.claims = claims.map(({ date, ...claim }) => ({ ...template, ...claim, source: { ...template.source, date: date ?? template.source.date } }));
  const read = readCorpus(JSON.stringify(corpus));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return CorpusChecker.build(read.corpus);
}

/** Sentences as a page gives them to the checker. */
const page = (...texts: string[]) => texts.map((text) => ({ text, start: 0, end: text.length }));

/** Two claims on opposite sides that use the same words. */
const tornCorpus = () =>
  plutoWith([
    { id: 'stern', stance: 'affirms', text: 'Stern said Pluto is a planet of the solar system.', phrasings: [] },
    { id: 'brown', stance: 'disputes', text: 'Brown said Pluto is a planet of the solar system.', phrasings: [] },
  ]);

describe('checking a sentence', () => {
  const checker = tornCorpus();
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length });

  it('marks a sentence that one side of a proposition matches clearly', () => {
    expect(check('Stern said Pluto is a planet of the solar system.')).toMatchObject({ claim: 'stern', stance: 'affirms' });
  });

  it('leaves out a sentence that claims on both sides match almost equally: its side would be a guess', () => {
    expect(check('Stern and Brown both said Pluto is a planet of the solar system.')).toBeNull();
  });
});

describe('checking a sentence against a claim whose phrasings disagree', () => {
  const checker = plutoWith([
    {
      id: 'stern', stance: 'affirms', text: 'Stern said the open model will win over the closed one.',
      phrasings: ['Stern said the winning model will be the open one, not the closed one.'],
    },
    { id: 'star', stance: 'disputes', text: 'Pluto is not a star.', phrasings: ['A moon is not a planet.'] },
  ]);
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length });

  it('marks a sentence its phrasings read alike', () => {
    expect(check('Stern said the open model will win.')).toMatchObject({ claim: 'stern', stance: 'affirms' });
  });

  it('leaves a sentence that two phrasings, scoring alike, read one as agreeing and one as denying to the second look, as torn', () => {
    const torn = (text: string) => checker.weighSentence({ text, start: 0, end: text.length })?.evidence.torn;
    // The first phrasing agrees; the second says "not the closed one", which this sentence lacks.
    expect(torn('Stern said the open model will win, and the closed one will be left behind.')).toBe(1);
    expect(torn('Stern said the open model will win.')).toBe(0);
  });

  it('reads a torn sentence as agreeing, even when the phrasing that reads it as a denial scores a little higher', () => {
    const barred = plutoWith([
      { id: 'barred', stance: 'disputes', text: 'Stern said people in Europe may not use the new telescope images.', phrasings: ['Stern said people in Europe are barred from the telescope images.'] },
      { id: 'star', stance: 'affirms', text: 'Pluto is not a star.', phrasings: ['A moon is not a planet.'] },
    ]);
    const text = 'Stern said people in Europe are barred from using the new telescope images.';
    // The claim's own text reads "barred" against "may not" as a denial (0.92); the phrasing agrees (0.91).
    const weighed = barred.weighSentence({ text, start: 0, end: text.length });
    expect(weighed?.match).toMatchObject({ claim: 'barred', stance: 'disputes' });
    expect(weighed?.match.negates).toBeUndefined();
    expect(weighed?.evidence.torn).toBe(1);
  });

  it('marks a sentence that shares its negation with one phrasing as agreeing, however another reads it', () => {
    // Against the first phrasing "not the closed one" denies; the second says "not" as well.
    expect(check('Stern said the open model, not the closed one, will win.')).toMatchObject({ claim: 'stern', stance: 'affirms', matchedOn: expect.arrayContaining(['not']) });
  });
});

describe('settling how a claim reads a sentence by the phrasing that shares its negation', () => {
  const best = { doc: 0, passage: 0, retrieval: 1, score: 0.8, words: ['planet', 'status', 'changed'], negated: false };
  const sharing = { score: 0.6, words: ['nothing', 'changed'], negated: false };
  const denying = { score: 0.78, words: ['planet', 'status', 'changed'], negated: true };

  it('settles an agreeing match, so a phrasing that reads it as a denial does not leave it out', () => {
    expect(settleByNegation(best, [best, denying, sharing], 0.42)).toEqual({ found: best, settled: true });
  });

  it('reads a match its best phrasing reads as a denial as agreeing, with the sharing phrasing\'s words', () => {
    expect(settleByNegation({ ...best, negated: true }, [denying, sharing], 0.42)).toEqual({ found: { ...best, ...sharing }, settled: true });
  });

  it('settles nothing by a phrasing under the threshold, or one that shares no negation', () => {
    expect(settleByNegation(best, [best, denying, { ...sharing, score: 0.3 }], 0.42).settled).toBe(false);
    expect(settleByNegation(best, [best, denying, { ...sharing, words: ['changed'] }], 0.42).settled).toBe(false);
  });
});

describe('checking a sentence whose best phrasing lacks the negation another phrasing shares', () => {
  const checker = plutoWith([
    {
      id: 'flyby', stance: 'affirms', text: 'New Horizons found no sign of an atmosphere around Charon during its flyby.',
      phrasings: ['The New Horizons flyby found that Charon has no atmosphere at all.', 'During its flyby New Horizons measured the gases around Pluto and its moon Charon in detail.'],
    },
  ]);
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length });

  it('reads it as agreeing: the other phrasing only puts the claim without a "no"', () => {
    expect(check('During its flyby New Horizons found no gases around Charon, its moon, in any detail.')).toMatchObject({ claim: 'flyby', stance: 'affirms' });
  });
});

describe('checking a sentence whose negated subject one phrasing names in another role', () => {
  const checker = plutoWith([
    {
      id: 'bonuses', stance: 'affirms', text: 'Altman said Meta had dangled huge signing bonuses at OpenAI staff, adding that none of his best people had accepted.',
      phrasings: ['Meta offered huge signing bonuses to OpenAI researchers, Altman claimed.'],
    },
  ]);
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length });

  it('marks it: "none of his top researchers had bitten" denies the biting, not the researchers the other phrasing names', () => {
    const sentence = 'Altman claimed Meta had put huge signing bonuses on the table for OpenAI staff, adding that none of his top researchers had bitten.';
    expect(check(sentence)).toMatchObject({ claim: 'bonuses', stance: 'affirms' });
  });

  it('reads "his best people all said no" as the refusal the claim states', () => {
    const sentence = 'Altman said Meta had tried to tempt his staff with huge signing bonuses, and that his best people had all said no.';
    expect(check(sentence)).toMatchObject({ claim: 'bonuses', stance: 'affirms' });
  });
});

describe('checking a sentence that names when it was said', () => {
  // Two claims on one side in nearly the same words, a decade apart.
  const checker = plutoWith([
    { id: 'stern-2015', stance: 'affirms', text: 'Stern said Pluto is still a planet of the solar system.', phrasings: [], date: '2015-07-14' },
    { id: 'stern-2025', stance: 'affirms', text: 'Stern says Pluto is still a planet of the solar system.', phrasings: [], date: '2025-03-02' },
  ]);
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length })?.claim;

  it('takes the claim whose date fits the date the sentence names', () => {
    expect(check('In July 2015 Stern said Pluto is still a planet of the solar system.')).toBe('stern-2015');
    expect(check('In March 2025 Stern said Pluto is still a planet of the solar system.')).toBe('stern-2025');
  });
});

describe('checking a sentence that brushes aside what someone said', () => {
  const checker = plutoWith([
    { id: 'stern', stance: 'affirms', speaker: 'Alan Stern, New Horizons principal investigator', text: 'Stern argued that Pluto deserves to be counted among the planets.', phrasings: [] },
    { id: 'iau', stance: 'disputes', speaker: 'International Astronomical Union', text: 'The astronomers voted that Pluto is a dwarf planet and no longer a full planet.', phrasings: [] },
  ]);
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length });

  it('reads "whatever X says" or "despite X\'s claims" as denying the claim X made, though the rest of the sentence shares few of its words', () => {
    expect(check('Pluto is a full planet of the solar system, whatever the IAU voted.')).toMatchObject({ stance: 'affirms', negates: 'iau' });
    expect(check('Astronomers have voted Pluto a dwarf planet, whatever Stern argued.')).toMatchObject({ claim: 'iau', stance: 'disputes', negates: 'stern' });
    expect(check("Despite Stern's repeated claims, astronomers have voted Pluto a dwarf planet.")).toMatchObject({ claim: 'iau', stance: 'disputes', negates: 'stern' });
  });

  it('reads "X can keep saying…, but" as denying what X said, though the sentence repeats it', () => {
    expect(check('Stern can keep arguing that Pluto deserves a place among the planets, but the vote went against him.')).toMatchObject({ claim: 'iau', stance: 'disputes', negates: 'stern' });
    expect(check('Stern argued again that Pluto deserves a place among the planets.')).toMatchObject({ claim: 'stern', stance: 'affirms' });
  });

  it('knows a brushed-aside document by its kind: "whatever that essay said" denies the claim made in an essay', () => {
    const withEssay = plutoWith([
      { id: 'essay', stance: 'affirms', speaker: 'Alan Stern, New Horizons principal investigator', text: 'In an essay, Stern argued that Pluto deserves to be counted among the planets.', phrasings: [] },
      { id: 'iau', stance: 'disputes', speaker: 'International Astronomical Union', text: 'The astronomers voted that Pluto is a dwarf planet and no longer a full planet.', phrasings: [] },
    ]);
    const text = 'Astronomers have voted Pluto a dwarf planet, whatever that essay argued.';
    expect(withEssay.checkSentence({ text, start: 0, end: text.length })).toMatchObject({ claim: 'iau', stance: 'disputes', negates: 'essay' });
  });

  it('reads it so only when the corpus knows who is brushed aside', () => {
    expect(check('Pluto is a full planet of the solar system, whatever my neighbour says.')).toBeNull();
    expect(check('Pluto is a full planet of the solar system, whatever the IAU does next.')).toBeNull();
  });

  it('knows who is brushed aside by their name, not by the words around it ("CNBC\'s sources", "the reports")', () => {
    expect(dismissedSpeaker("I would bet on open weights, whatever CNBC's sources say.")).toEqual(new Set(['cnbc']));
    expect(dismissedSpeaker('I would bet on open weights, whatever the reports say.')).toBeNull();
  });
});

describe('checking a line of page furniture', () => {
  const checker = plutoWith([{ id: 'planet', stance: 'affirms', text: 'Stern said Pluto is still a planet of the solar system.', phrasings: [] }]);
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length });

  it('does not mark a labelled list of sources, a photo credit or a related link, however many words it shares', () => {
    expect(check('Stern said Pluto is still a planet of the solar system.')).not.toBeNull();
    expect(check('Sources: Stern; Pluto still a planet of the solar system; NASA.')).toBeNull();
    expect(check('Photo: Stern says Pluto is still a planet of the solar system')).toBeNull();
    expect(check('Read more: Stern says Pluto is still a planet of the solar system')).toBeNull();
  });
});

describe('checking a sentence about someone else', () => {
  const checker = plutoWith([
    { id: 'planet', stance: 'affirms', text: 'Stern said Pluto is still a planet of the solar system.', phrasings: [] },
    { id: 'eris', stance: 'disputes', text: 'Brown found that Eris is bigger than Pluto.', phrasings: [] },
  ]);
  const check = (text: string) => checker.checkSentence({ text, start: 0, end: text.length });

  it('does not mark a sentence whose subject is another body the corpus names, when it never names the topic', () => {
    expect(check('Eris is still a planet of the solar system, Stern said.')).toBeNull();
    expect(check('Stern said that Eris is still a planet of the solar system.')).toBeNull();
  });

  it('marks it when it names the topic, or opens with a name of the claim', () => {
    expect(check('Eris aside, Stern said Pluto is still a planet of the solar system.')).toMatchObject({ claim: 'planet' });
    expect(check('Stern said it is still a planet of the solar system.')).toMatchObject({ claim: 'planet' });
  });

  it('does not mark what a rival or a start-up says, or what is said of one, unless the claim is about rivals', () => {
    expect(check('A small start-up called Kuiper Labs said it is still a planet of the solar system.')).toBeNull();
    expect(check('An astronomer at a rival observatory said it is still a planet of the solar system.')).toBeNull();
    expect(check('Kuiper Labs, a small start-up, says it is still a planet of the solar system.')).toBeNull();
    expect(check('Their director said rival observatories still call it a planet of the solar system.')).toBeNull();
    const rivals = plutoWith([{ id: 'rivals', stance: 'affirms', text: 'Rivals said Pluto is still a planet of the solar system.', phrasings: [] }]);
    const text = 'A rival observatory said it is still a planet of the solar system.';
    expect(rivals.checkSentence({ text, start: 0, end: text.length })).toMatchObject({ claim: 'rivals' });
  });

  it('on a page mainly about someone else, marks only the sentences that name the topic', () => {
    const restated = 'Their founder said it is still a planet of the solar system.';
    const named = 'Stern said Pluto is still a planet of the solar system.';
    const aboutKuiper = page('Kuiper Labs builds telescopes for astronomers.', 'Kuiper Labs raised money in March.', 'Kuiper Labs plans an orbit survey.', named, restated);
    const marked = (sentences: ReturnType<typeof page>) => checker.checkPage('Telescopes', sentences).matches.map((m) => m.sentence);
    expect(marked(aboutKuiper)).toEqual([named]);
    // On a page about the topic, both are marked.
    const aboutPluto = page('Pluto has an orbit beyond Neptune.', 'New Horizons flew past Pluto in July.', 'Kuiper Labs raised money in March.', named, restated);
    expect(marked(aboutPluto)).toEqual([named, restated]);
  });

  it('lets a line without closing punctuation (a heading, a list label) clear the first look only when it matches closely', () => {
    const planet = plutoWith([{ id: 'planet', stance: 'affirms', text: 'Stern said Pluto is still a planet of the solar system.', phrasings: [] }]);
    const cleared = (text: string) => planet.weighSentence({ text, start: 0, end: text.length })?.evidence.cleared;
    expect(cleared('Stern still calls Pluto a planet.')).toBe(1);
    expect(cleared('Stern still calls Pluto a planet')).not.toBe(1);
    expect(cleared('Stern: Pluto is still a planet of the solar system')).toBe(1);
  });

  it('does not mark a sentence that points back to someone else the sentence before opened with', () => {
    const marked = (...texts: string[]) => checker.checkPage('Pluto', page('Pluto has an orbit beyond Neptune.', 'New Horizons flew past Pluto in July.', ...texts)).matches.map((m) => m.sentence);
    const restated = 'Its founders said it is still a planet of the solar system.';
    expect(marked('Kuiper Labs, a company in Tucson, raised money in March.', restated)).toEqual([]);
    // The run goes on while sentences point back.
    expect(marked('Kuiper Labs raised money in March.', 'They hired ten people.', restated)).toEqual([]);
    // Not after a sentence that names the topic, nor after a heading or a speaker's label.
    expect(marked('Kuiper Labs flew a camera past Pluto.', restated)).toEqual([restated]);
    expect(marked('Ada Kowalczyk [06:41]', restated)).toEqual([restated]);
  });

  it('does not mark a first-person quote whose speaker the corpus does not know: they speak for someone else', () => {
    expect(check('"We still count it as a planet of the solar system," said Ada Kowalczyk of Kuiper Labs.')).toBeNull();
    expect(check('"We still count it as a planet of the solar system," Ada Kowalczyk told reporters.')).toBeNull();
    // A speaker the corpus knows speaks for the topic.
    expect(check('"We still count it as a planet of the solar system," Stern said.')).toMatchObject({ claim: 'planet' });
  });
});

describe('checking a page whose only mark on a proposition barely clears the threshold', () => {
  const checker = plutoWith([
    { id: 'planet', stance: 'affirms', text: 'Stern said Pluto is still a planet of the solar system.', phrasings: [] },
    { id: 'charon', stance: 'affirms', proposition: 'charon-is-plutos-moon', text: 'Astronomers found that Charon is the largest moon of Pluto.', phrasings: [] },
  ]);
  // Scores about 0.46 against "planet": over the threshold (0.42), under it plus the lone margin.
  const barely = 'Stern, who led the mission, said again on Monday in Boulder that Pluto is a planet.';
  const marked = (sentences: string[], options = {}) => checker.checkPage('Pluto', page(...sentences), options).matches.map((m) => m.claim);
  // Whether the page's mark on "planet" stands alone: evidence the second look weighs (confidence.ts).
  const lone = (sentences: string[], options = {}) =>
    checker.weighPage('Pluto', page(...sentences), options).candidates.find((c) => c.match.claim === 'planet')?.evidence.lone;

  it('weighs the mark as alone when nothing else on the page comes near its proposition', () => {
    expect(lone(['Pluto has an orbit beyond Neptune.', barely, 'Charon is the largest moon.'])).toBe(1);
  });

  it('not when another sentence comes near the same proposition, even under the threshold', () => {
    // This one scores about 0.38: not marked itself, but the page is about Pluto being a planet.
    expect(lone(['Pluto has an orbit beyond Neptune.', barely, 'Pluto, for Stern, remains a planet in every way that matters.'])).toBe(0);
  });

  it('nor when an earlier part of the page marked that proposition, or when a reader selected it', () => {
    expect(lone(['Pluto has an orbit beyond Neptune.', barely], { marked: ['planet'] })).toBe(0);
    expect(lone(['Pluto has an orbit beyond Neptune.', barely], { marked: ['charon'] })).toBe(1);
    expect(lone([barely], { selection: true, assumeAbout: true })).toBe(0);
  });

  it('keeps a lone mark that clears the threshold well', () => {
    expect(lone(['Pluto has an orbit beyond Neptune.', 'Stern said Pluto is still a planet.'])).toBe(0);
    expect(marked(['Pluto has an orbit beyond Neptune.', 'Stern said Pluto is still a planet.'])).toEqual(['planet']);
  });

  it('keeps a lone mark on a sentence that names whose claim it brushes aside', () => {
    const withIau = plutoWith([
      { id: 'stern', stance: 'affirms', speaker: 'Alan Stern, New Horizons principal investigator', text: 'Stern said Pluto is still a planet of the solar system.', phrasings: [] },
      { id: 'iau', stance: 'disputes', speaker: 'International Astronomical Union', text: 'The astronomers voted that Pluto is a dwarf planet and no longer a full planet.', phrasings: [] },
    ]);
    const brushing = 'For the mission team in Boulder, Pluto remains a full planet, whatever the IAU voted.';
    const found = withIau.checkSentence({ text: brushing, start: 0, end: brushing.length });
    expect(found).toMatchObject({ stance: 'affirms', negates: 'iau' });
    expect(found!.score).toBeLessThan(0.5);
    const onPage = withIau.checkPage('Pluto', page('Pluto has an orbit beyond Neptune.', brushing)).matches.map((m) => m.negates);
    expect(onPage).toEqual(['iau']);
  });
});

describe('weighing a near miss', () => {
  const read = readCorpus(readFileSync(fixture('corpora/pluto.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const checker = CorpusChecker.build(read.corpus);

  it('hands the second look a sentence whose best match comes up to 0.2 under the threshold', () => {
    // About 0.27 against Stern's claim: a paraphrase too short to share many of its words.
    const text = 'Alan Stern says Pluto is a planet.';
    const weighed = checker.weighSentence({ text, start: 0, end: text.length });
    expect(weighed?.match.claim).toBe('stern-pluto-is-a-planet');
    expect(weighed?.evidence.cleared).toBe(0);
  });
});
