import { describe, expect, it } from 'vitest';
import {
  anchor, describe as describeQuote, fromWebAnnotation, normalisePageUrl, toCsv, toMarkdown, toWebAnnotation,
  type HighlightClaim, type PageHighlights,
} from '../../lib/highlights';
import { buildTextMap, rangeFor } from '../../lib/text';
import { documentFrom } from './helpers';

describe('page URL normalisation', () => {
  it.each([
    ['drops the fragment, tracking parameters and default port; lower-cases the host; sorts the query',
      'https://News.Example.COM:443/a/story?utm_source=tw&b=2&fbclid=x&a=1&gclid=y&ref=home#comments', 'https://news.example.com/a/story?a=1&b=2'],
    ['drops the http default port and the other trackers', 'http://example.com:80/s?mc_cid=1&mc_eid=2&igshid=3&ref_src=4&cmpid=5&_ga=6&yclid=7&msclkid=8&spm=9&dclid=0&UTM_Medium=x', 'http://example.com/s'],
    ['keeps a non-default port and repeated parameters in their order', 'https://example.com:8443/s?b=1&a=2&a=1', 'https://example.com:8443/s?a=2&a=1&b=1'],
    ['strips a trailing /amp', 'https://example.com/news/story/amp/', 'https://example.com/news/story'],
    ['strips ?amp=1 and outputType=amp', 'https://example.com/news/story?amp=1&outputType=amp&id=4', 'https://example.com/news/story?id=4'],
    ['returns an invalid URL unchanged', 'not a url', 'not a url'],
  ])('%s', (_, input, expected) => expect(normalisePageUrl(input)).toBe(expected));

  it('prefers a same-site canonical link, relative ones too', () => {
    expect(normalisePageUrl('https://amp.example.com/x/amp?utm_source=t', 'https://www.example.com/x#top')).toBe('https://www.example.com/x');
    expect(normalisePageUrl('https://www.example.com/x?amp=1', '/articles/x')).toBe('https://www.example.com/articles/x');
    expect(normalisePageUrl('https://www.bbc.co.uk/news/1', 'https://bbc.co.uk/news/1')).toBe('https://bbc.co.uk/news/1');
  });

  it('ignores a canonical link on another site or with another scheme', () => {
    expect(normalisePageUrl('https://example.com/x', 'https://evil.com/x')).toBe('https://example.com/x');
    expect(normalisePageUrl('https://www.bbc.co.uk/n', 'https://evil.co.uk/n')).toBe('https://www.bbc.co.uk/n');
    expect(normalisePageUrl('https://example.com/x', 'javascript:alert(1)')).toBe('https://example.com/x');
    expect(normalisePageUrl('https://example.com/x', 'http://[bad')).toBe('https://example.com/x');
  });
});

const PARAGRAPHS = [
  'Meta released a new Llama model on Tuesday.',
  'The company said the model is open source and free for anyone to use.',
  'Critics said the licence restricts large companies. The model is open source only in name, they said.',
  'Researchers welcomed the release but asked for the training data.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

describe('anchoring a quote', () => {
  const quote = 'the model is open source and free for anyone';
  const start = ARTICLE.indexOf(quote);
  const selector = describeQuote(ARTICLE, start, start + quote.length);

  it('describes a range with at most 32 characters of context each side', () => {
    expect(selector).toMatchObject({ exact: quote, start, end: start + quote.length });
    expect(selector.prefix).toBe(ARTICLE.slice(start - 32, start));
    expect(selector.suffix).toBe(ARTICLE.slice(start + quote.length, start + quote.length + 32));
    expect(() => describeQuote(ARTICLE, 5, 2)).toThrow(RangeError);
  });

  it('finds the quote at its old position', () => {
    expect(anchor(ARTICLE, selector)).toEqual({ start, end: start + quote.length, fuzzy: false });
  });

  it('finds the quote after a paragraph was inserted above it', () => {
    const moved = `Editor's note: this story was updated.\n\n${ARTICLE}`;
    const at = moved.indexOf(quote);
    expect(anchor(moved, selector)).toEqual({ start: at, end: at + quote.length, fuzzy: false });
  });

  it('finds the quote approximately after whitespace changes and a small edit', () => {
    const edited = 'the  model is\nopen-source and free for anyone';
    const changed = ARTICLE.replace(quote, edited);
    const at = changed.indexOf(edited);
    expect(anchor(changed, selector)).toEqual({ start: at, end: at + edited.length, fuzzy: true });
  });

  it('tells repeated quotes apart by their prefix and suffix', () => {
    const repeated = 'model is open source';
    const second = ARTICLE.indexOf(repeated, ARTICLE.indexOf(repeated) + 1);
    const sel = describeQuote(ARTICLE, second, second + repeated.length);
    const moved = `A new first paragraph.\n\n${ARTICLE}`;
    const expected = moved.indexOf(repeated, moved.indexOf(repeated) + 1);
    expect(anchor(moved, sel)).toEqual({ start: expected, end: expected + repeated.length, fuzzy: false });
    // Without a position the context alone decides.
    expect(anchor(moved, { exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix })?.start).toBe(expected);
  });

  it('returns null when the text is gone', () => {
    const gone = PARAGRAPHS.filter((_, i) => i !== 1).join('\n\n');
    expect(anchor(gone, selector)).toBeNull();
    expect(anchor('', selector)).toBeNull();
  });

  it('stays fast on a 100,000-character text, found or not', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} talks about models and open weights.`).join('\n\n');
    const long = `${filler.slice(0, 50_000)}\n\n${PARAGRAPHS[1]}\n\n${filler.slice(50_000, 100_000)}`;
    const began = performance.now();
    expect(anchor(long.replace('open source', 'open-source'), { ...selector, start: 10 })?.fuzzy).toBe(true);
    expect(anchor(long.replace(PARAGRAPHS[1], ''), selector)).toBeNull();
    expect(performance.now() - began).toBeLessThan(1000);
  });

  it('anchors offsets that the text map turns back into a DOM range', () => {
    const doc = documentFrom(`<article><p>Update: corrected.</p>${PARAGRAPHS.map((p) => `<p>${p.replace('open source', '<b>open</b> source')}</p>`).join('')}</article>`);
    const map = buildTextMap([...doc.querySelectorAll('p')]);
    const found = anchor(map.text, selector)!;
    expect(rangeFor(map, found.start, found.end)!.toString()).toBe(quote);
  });
});

const CLAIM: HighlightClaim = {
  id: 'meta-llama-open-source', text: 'Llama is open source.', speaker: 'Mark Zuckerberg', outlet: 'Meta',
  title: 'Open Source AI Is the Path Forward', url: 'https://about.fb.com/news/2024/07/open-source-ai/', date: '2024-07-23',
};
const OSI: HighlightClaim = {
  id: 'osi-llama-not-open', text: 'The Llama licence is not open source.', quote: 'It is not Open Source.', speaker: 'Stefano Maffulli',
  outlet: 'Open Source Initiative', title: 'Meta’s LLaMa license is not Open Source', url: 'https://opensource.org/blog/llama', date: '2023-07-20',
};
const HOSTILE: HighlightClaim = {
  id: 'hostile', text: '=HYPERLINK("http://x")', speaker: '-2+3', outlet: '@evil', title: '[click](javascript:alert(1))', url: 'javascript:alert(1)', date: '2025-01-01',
};
const PAGES: PageHighlights[] = [
  {
    url: 'https://example.com/news/story',
    title: '<script>alert(1)</script> # Meta news',
    highlights: [
      {
        id: '0b6e2f0c-6a7e-4d1e-9d7a-2f1c3b4a5d6e', pageUrl: 'https://example.com/news/story', pageTitle: '<script>alert(1)</script> # Meta news',
        createdAt: '2025-05-01T10:00:00.000Z', exact: 'The company said the model is open source.', prefix: 'on Tuesday.\n\n', suffix: ' Critics said',
        start: 46, end: 89, kind: 'match', claim: CLAIM, against: [OSI, HOSTILE], anchored: true,
        note: 'Line one, "quoted"\n# heading\n- not a list\n1. not a list either',
      },
      {
        id: 'own-2', pageUrl: 'https://example.com/news/story', pageTitle: '<script>alert(1)</script> # Meta news', createdAt: '2025-05-01T10:05:00.000Z',
        exact: '=HYPERLINK("http://x")\n[click](javascript:alert(1))\n# heading', prefix: '', suffix: '', start: 0, end: 55, kind: 'own', against: [],
      },
    ],
  },
  {
    url: 'https://news.example.org/a?b=1', title: 'Second page',
    highlights: [{
      id: 'own-3', pageUrl: 'https://news.example.org/a?b=1', pageTitle: 'Second page', createdAt: '2025-05-02T08:00:00Z',
      exact: '<img src=x onerror=alert(1)>', prefix: 'a', suffix: 'b', start: 3, end: 31, note: '  ', kind: 'own', against: [HOSTILE], anchored: false,
    }],
  },
];

describe('Markdown export', () => {
  const md = toMarkdown(PAGES);

  it('writes a heading per page, quotes, the matched claim with its source link, contradictions and notes', () => {
    expect(md).toContain('## \\<script\\>alert\\(1\\)\\</script\\> \\# Meta news');
    expect(md).toContain('<https://example.com/news/story>');
    expect(md).toContain('> The company said the model is open source.');
    expect(md).toContain('Matches claim: Llama is open source. (Mark Zuckerberg, [Meta, 2024-07-23](<https://about.fb.com/news/2024/07/open-source-ai/>))');
    expect(md).toContain('- The Llama licence is not open source. (Stefano Maffulli, Open Source Initiative, 2023-07-20, [Meta’s LLaMa license is not Open Source](<https://opensource.org/blog/llama>))');
    expect(md).toContain('Note: Line one, "quoted"  \n\\# heading  \n\\- not a list  \n1\\. not a list either');
  });

  it('lets no page text or note become a heading, link, image or HTML', () => {
    const headings = md.split('\n').filter((line) => /^\s*#/.test(line));
    expect(headings).toEqual(['# Counterclaim highlights', expect.stringMatching(/^## \\<script/), '## Second page']);
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(md).not.toMatch(/(^|[^\\])\[click/);
    expect(md).not.toContain('](<javascript');
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\) (javascript:alert\\(1\\))');
    // A multi-line quote stays inside its blockquote, its hostile lines escaped.
    expect(md).toContain('> \\=HYPERLINK\\("http://x"\\)\n> \\[click\\]\\(javascript:alert\\(1\\)\\)\n> \\# heading');
  });
});

describe('W3C Web Annotation export and import', () => {
  const collection = toWebAnnotation(PAGES);

  it('writes an AnnotationCollection of valid annotations', () => {
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage' } });
    const [first, second] = collection.first.items as Array<Record<string, unknown>>;
    expect(first).toMatchObject({
      id: 'urn:uuid:0b6e2f0c-6a7e-4d1e-9d7a-2f1c3b4a5d6e', type: 'Annotation', created: '2025-05-01T10:00:00.000Z', motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: PAGES[0].highlights[0].note, purpose: 'commenting' },
        { type: 'SpecificResource', source: CLAIM.url, purpose: 'identifying' },
      ],
      target: {
        source: 'https://example.com/news/story',
        selector: [
          { type: 'TextQuoteSelector', exact: 'The company said the model is open source.', prefix: 'on Tuesday.\n\n', suffix: ' Critics said' },
          { type: 'TextPositionSelector', start: 46, end: 89 },
        ],
      },
      'counterclaim:highlight': { kind: 'match', claim: CLAIM, against: [OSI, HOSTILE], anchored: true },
    });
    expect(second).toMatchObject({ id: 'urn:counterclaim:highlight:own-2', motivation: 'highlighting' });
    expect(second).not.toHaveProperty('body');
  });

  it('reads its own export back exactly, as an object or as file text', () => {
    expect(fromWebAnnotation(collection)).toStrictEqual({ ok: true, pages: PAGES });
    expect(fromWebAnnotation(JSON.stringify(collection))).toStrictEqual({ ok: true, pages: PAGES });
    expect(fromWebAnnotation(toWebAnnotation([]))).toStrictEqual({ ok: true, pages: [] });
  });

  const broken = (edit: (data: any) => void) => {
    const data = JSON.parse(JSON.stringify(collection));
    edit(data);
    const result = fromWebAnnotation(data);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors;
  };

  it('rejects what is not a JSON object or not a collection', () => {
    expect(fromWebAnnotation('{"type": ')).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    for (const value of [42, null, [], 'null']) expect(fromWebAnnotation(value)).toMatchObject({ ok: false, errors: [expect.stringMatching(/not a JSON object/)] });
    expect(broken((d) => { d.type = 'Annotation'; })).toContainEqual(expect.stringMatching(/^type: .*AnnotationCollection/));
    expect(broken((d) => { d['@context'] = 'http://example.com/ctx'; })).toContainEqual(expect.stringMatching(/^@context: /));
  });

  it('names the item and field of each problem, and imports nothing from a bad file', () => {
    expect(broken((d) => { delete d.first.items[1].target; })).toEqual(['first.items[1].target: missing']);
    expect(broken((d) => { d.first.items[0].target.selector.pop(); }))
      .toEqual(['first.items[0].target.selector: needs a TextQuoteSelector and a TextPositionSelector']);
    expect(broken((d) => { d.first.items[2].target.selector[0].prefix = 'x'.repeat(40); }))
      .toEqual(['first.items[2].target.selector[0].prefix: must be at most 32 characters']);
    expect(broken((d) => { d.first.items[0].target.selector[1] = { type: 'CssSelector', value: 'p' }; }))
      .toContainEqual(expect.stringMatching(/^first\.items\[0\]\.target\.selector\[1\]\.type: /));
    expect(broken((d) => { d.first.items[1].target.selector[1].start = -1; }))
      .toEqual(['first.items[1].target.selector[1].start: must not be negative']);
    expect(broken((d) => { d.first.items[1].target.selector[1].end = 0; d.first.items[1].target.selector[1].start = 5; }))
      .toEqual(['first.items[1] (highlight).end: must not be before start']);
    expect(broken((d) => { d.first.items[2]['counterclaim:highlight'].kind = 'theirs'; }))
      .toEqual(['first.items[2].counterclaim:highlight.kind: must be "own" or "match"']);
    expect(broken((d) => { d.first.items[2]['counterclaim:highlight'].id = 'own-2'; }))
      .toEqual(['first.items[2].counterclaim:highlight.id: duplicate id "own-2"']);
    expect(broken((d) => { d.total = 7; })).toEqual(['total: says 7 but there are 3 items']);
  });
});

/** A strict RFC 4180 reader: CRLF between records, quotes only around whole fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (cell || row.length || quoted) throw new Error('the last record does not end with CRLF');
  return rows;
}

describe('CSV export', () => {
  const csv = toCsv(PAGES);
  const rows = parseCsv(csv);

  it('writes a header and one RFC 4180 row per highlight that parses back to the same cells', () => {
    expect(rows[0]).toEqual(['page_title', 'page_url', 'created', 'kind', 'text', 'note', 'claim', 'claim_source', 'contradicted_by']);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      '<script>alert(1)</script> # Meta news', 'https://example.com/news/story', '2025-05-01T10:00:00.000Z', 'match',
      'The company said the model is open source.', PAGES[0].highlights[0].note, 'Llama is open source.',
      `Mark Zuckerberg, Meta, 2024-07-23, ${CLAIM.url}`,
      `Stefano Maffulli, Open Source Initiative, 2023-07-20, ${OSI.url}; -2+3, @evil, 2025-01-01, javascript:alert(1)`,
    ]);
    expect(rows[3].slice(4, 6)).toEqual(['<img src=x onerror=alert(1)>', '  ']);
  });

  it('neutralises cells a spreadsheet would read as formulas', () => {
    expect(rows[2][4]).toBe(`'${PAGES[0].highlights[1].exact}`);
    expect(rows[3][8]).toBe("'-2+3, @evil, 2025-01-01, javascript:alert(1)");
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(toCsv([{ ...PAGES[1], highlights: [{ ...PAGES[1].highlights[0], exact: '=1+1', note: '@SUM(A1)\tx' }] }]))
      .toContain(",'=1+1,'@SUM(A1)\tx,");
  });
});
