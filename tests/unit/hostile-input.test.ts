import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpus } from '../../lib/corpus';
import { renderCard } from '../../lib/annotate';
import { readPage } from '../../lib/read-page';
import { CorpusChecker } from '../../lib/check';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from '../../lib/node/bundled-corpus';
import { documentFrom, fixture } from './helpers';

const pluto = () => JSON.parse(readFileSync(fixture('corpora/pluto.json'), 'utf8'));
const articleShell = (body: string) =>
  `<!doctype html><html><head><title>Meta AI</title><meta property="og:type" content="article"></head><body><article>${body}</article></body></html>`;

describe('hostile corpora', () => {
  it('refuses javascript: and data: links in a corpus', () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)']) {
      const data = pluto();
      data.claims[0].source.url = url;
      const result = readCorpus(JSON.stringify(data));
      expect(result.ok).toBe(false);
    }
  });

  it('refuses a 50 MB corpus at once, with a message, without parsing it', () => {
    const huge = `{"meta": {}, "claims": [${'"x",'.repeat(13_200_000)}"x"]}`;
    const started = performance.now();
    const result = readCorpus(huge);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/the limit is 45 MB/)] });
  });

  it('refuses a deeply nested corpus with a message', () => {
    expect(readCorpus(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)).toMatchObject({ ok: false, errors: [expect.stringMatching(/nests deeper/)] });
  });
});

describe('hostile pages', () => {
  it('reads markup written as text as text, never as markup', () => {
    const doc = documentFrom(articleShell('<p>Meta said &lt;img src=x onerror=alert(1)&gt; it will keep releasing open models. Another sentence follows here.</p>'));
    const page = readPage(doc);
    expect(page.sentences[0].text).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows corpus and page text in a card as text only', () => {
    const doc = documentFrom('<div id="root"></div>');
    const evil = '<img src=x onerror="window.pwned=1">';
    const claim = { id: 'c', text: evil, speaker: evil, outlet: evil, title: 't', url: 'javascript:alert(1)', date: '2025-07-14', stance: 'affirms' as const, lean: 'open' as const };
    const card = renderCard(doc, { match: { sentence: evil, start: 0, end: 1, claim: 'c', score: 0.7, stance: 'affirms', matchedOn: [evil], contradictedBy: ['c'], supportedBy: [] }, claim, against: [claim] }, 'card-1');
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain(evil);
    expect(card.querySelector('a')).toBeNull(); // a javascript: link is shown as text, not as a link
  });

  it('copes with broken HTML, 100,000 nodes, and a 1 MB text node', () => {
    const broken = readPage(documentFrom(articleShell('<p>Meta <b>said <i>it will keep</b> releasing open models.<p>Unclosed <span>everything here and there.')));
    expect(broken.sentences.length).toBeGreaterThan(0);
    const manyNodes = articleShell(Array.from({ length: 20_000 }, (_, i) => `<p>Para <b>${i}</b> <i>text</i> here.</p>`).join(''));
    const many = readPage(documentFrom(manyNodes));
    expect(many.sentences.length).toBe(20_000);
    const megabyte = readPage(documentFrom(articleShell(`<p>${'Meta models are open and closed at once '.repeat(26_000)}</p>`)));
    expect(megabyte.sentences.length).toBeGreaterThan(800);
    expect(Math.max(...megabyte.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(1200);
  });

  it('checks a page that names 200,000 different companies without failing', () => {
    const checker = CorpusChecker.build(loadCorpusFile(BUNDLED_CORPUS_PATH));
    const texts = ['Meta said its AI models will stay open.', ...Array.from({ length: 200_000 }, (_, i) => `Vendor Q${i.toString(36)}x is small.`)];
    const verdict = checker.checkPage('Meta AI', texts.map((text) => ({ text, start: 0, end: text.length })));
    expect(verdict.about).toBe(true);
  });
});
