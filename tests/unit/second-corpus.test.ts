import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpus, type Corpus } from '../../lib/corpus';
import { CorpusChecker } from '../../lib/check';
import { readPage } from '../../lib/read-page';
import { demoArticle, documentOf, fixture } from './helpers';

function load(url: URL): Corpus {
  const result = readCorpus(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.corpus;
}

const pluto = CorpusChecker.build(load(fixture('corpora/pluto.json')));
const meta = CorpusChecker.build(load(new URL('../../assets/corpus/meta-ai.json', import.meta.url)));

function check(checker: CorpusChecker, file: URL) {
  const page = readPage(documentOf(file));
  return checker.checkPage(page.title, page.sentences);
}

describe('a corpus on another topic, with no code change', () => {
  it('finds its own article about its topic and marks the contradicted claims', () => {
    const verdict = check(pluto, fixture('pluto-article.html'));
    expect(verdict.about).toBe(true);
    expect(verdict.matches.map((m) => m.claim)).toEqual(['iau-2006-pluto-dwarf-planet', 'stern-pluto-is-a-planet']);
    expect(verdict.matches[1].contradictedBy).toContain('iau-2006-pluto-dwarf-planet');
  });

  it('finds the Meta demo article off its topic, and the Meta corpus finds the Pluto article off its own', () => {
    expect(check(pluto, demoArticle).about).toBe(false);
    expect(check(meta, fixture('pluto-article.html')).about).toBe(false);
  });
});
