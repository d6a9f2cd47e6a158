import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeFor, splitSentences } from '../../lib/text';
import { documentFrom } from './helpers';

describe('text map', () => {
  it('maps a sentence that runs across a link and emphasis back to exactly its words', () => {
    const doc = documentFrom('<p id="p">Meta said <a href="#">it will <em>keep</em> releasing</a> open models. Next one.</p>');
    const map = buildTextMap([doc.getElementById('p')!]);
    const [first] = splitSentences(map.text, map.blocks);
    expect(first.text).toBe('Meta said it will keep releasing open models.');
    expect(rangeFor(map, first.start, first.end)!.toString()).toBe(first.text);
  });

  it('skips scripts, styles, hidden text and our own nodes', () => {
    const doc = documentFrom(
      '<p id="p">Visible<script>var x = 1</script><style>p{}</style><span hidden>secret</span>' +
        '<span data-counterclaim="x">ours</span> text.</p>',
    );
    expect(buildTextMap([doc.getElementById('p')!]).text).toBe('Visible text.');
  });

  it('leaves footnote markers out of the sentences, but keeps a bare superscript such as an exponent', () => {
    const doc = documentFrom(
      '<p id="p">Meta released it in April,<sup><a href="#fn1">1</a></sup> and kept it closed.<sup>[2]</sup> ' +
        'It cited the licence.<a role="doc-noteref" href="#n3">3</a> The site covers 10 km<sup>2</sup>.</p>',
    );
    const map = buildTextMap([doc.getElementById('p')!]);
    expect(splitSentences(map.text, map.blocks).map((s) => s.text)).toEqual([
      'Meta released it in April, and kept it closed.',
      'It cited the licence.',
      'The site covers 10 km2.',
    ]);
  });

  it('never lets a sentence cross from one paragraph into the next', () => {
    const doc = documentFrom('<p id="a">A paragraph without a full stop</p><p id="b">Another paragraph here.</p>');
    const map = buildTextMap([doc.getElementById('a')!, doc.getElementById('b')!]);
    expect(splitSentences(map.text, map.blocks).map((s) => s.text)).toEqual([
      'A paragraph without a full stop',
      'Another paragraph here.',
    ]);
  });

  it('keeps non-breaking spaces and emoji inside the mapped range', () => {
    const doc = documentFrom('<p id="p">Zuckerberg\u00a0said 🚀 open\u00adsource wins. Done here now.</p>');
    const map = buildTextMap([doc.getElementById('p')!]);
    const [first] = splitSentences(map.text, map.blocks);
    expect(rangeFor(map, first.start, first.end)!.toString()).toBe(map.text.slice(first.start, first.end));
    expect(first.text).toContain('🚀');
  });
});
