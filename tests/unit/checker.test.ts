import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpus } from '../../lib/corpus';
import { CorpusChecker } from '../../lib/check';
import { fixture } from './helpers';

/** The Pluto corpus with two claims on opposite sides that use the same words. */
function tornCorpus(): CorpusChecker {
  const corpus = JSON.parse(readFileSync(fixture('corpora/pluto.json'), 'utf8'));
  const [template] = corpus.claims;
  corpus.claims = [
    { ...template, id: 'stern', stance: 'affirms', text: 'Stern said Pluto is a planet of the solar system.', phrasings: [] },
    { ...template, id: 'brown', stance: 'disputes', text: 'Brown said Pluto is a planet of the solar system.', phrasings: [] },
  ];
  const read = readCorpus(JSON.stringify(corpus));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return CorpusChecker.build(read.corpus);
}

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
