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

  it('reads a newline in the page source as a space, as the browser shows it', () => {
    const doc = documentFrom('<p id="p">Meta released Llama 4 on a Saturday, which was the first\nsign that something was off. Launches <a href="#">usually\ncome</a> on weekdays.</p>');
    const map = buildTextMap([doc.getElementById('p')!]);
    const sentences = splitSentences(map.text, map.blocks);
    expect(sentences.map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
      'Meta released Llama 4 on a Saturday, which was the first sign that something was off.',
      'Launches usually come on weekdays.',
    ]);
    expect(rangeFor(map, sentences[1].start, sentences[1].end)!.toString()).toBe(sentences[1].text);
  });

  it('ends a line where the page breaks it: <br>, and a block inside a block', () => {
    const doc = documentFrom(
      '<div id="a">Analysts expected spending to hold until next year.<br><br>The company also said costs would grow.</div>' +
        '<p id="b"><strong>Why it matters</strong><br>Meta is betting that spending will pay off</p>' +
        '<div id="c">Our reporting stays open for all readers.<div>Support us today</div>Thank you for reading</div>',
    );
    const map = buildTextMap(['a', 'b', 'c'].map((id) => doc.getElementById(id)!));
    const sentences = splitSentences(map.text, map.blocks);
    expect(sentences.map((s) => s.text)).toEqual([
      'Analysts expected spending to hold until next year.',
      'The company also said costs would grow.',
      'Why it matters',
      'Meta is betting that spending will pay off',
      'Our reporting stays open for all readers.',
      'Support us today',
      'Thank you for reading',
    ]);
    for (const s of sentences) expect(rangeFor(map, s.start, s.end)!.toString()).toBe(s.text);
  });

  it('does not end a sentence at a title, an initial, a date or a quoted question its speaker goes on from', () => {
    const text = [
      'Dr. Jane Roe agreed with Sen. Maria Cantwell that Mr. Zuckerberg had changed course.',
      'John F. Kennedy was not mentioned.',
      'The story ran on Nov. 21 and the No. 2 model fell at 4 p.m. Eastern on Friday.',
      '“How long will shareholders wait?” asked Ms. Okoro, a portfolio manager.',
      '“Will Meta keep it open?” Roe asked the audience.',
      '“Are we building too much?” Mr. Zuckerberg asked on the call.',
      '“Not forever!” she said, before adding that she still owned the stock.',
      'He met Mr. Zuckerberg.',
      'Then he left the building.',
    ];
    expect(splitSentences(text.join(' ')).map((s) => s.text)).toEqual(text);
  });

  it('reads a capitalised name after "U.S." as the same sentence, and an opening word as a new one', () => {
    const text = [
      'Meta briefed the U.S. Senate Commerce Committee on its open models.',
      'Most of its users live outside the U.S.',
      'The company said so on Friday.',
      'A U.K. Government review followed.',
    ];
    expect(splitSentences(text.join(' ')).map((s) => s.text)).toEqual(text);
  });

  it('keeps non-breaking spaces and emoji inside the mapped range', () => {
    const doc = documentFrom('<p id="p">Zuckerberg\u00a0said 🚀 open\u00adsource wins. Done here now.</p>');
    const map = buildTextMap([doc.getElementById('p')!]);
    const [first] = splitSentences(map.text, map.blocks);
    expect(rangeFor(map, first.start, first.end)!.toString()).toBe(map.text.slice(first.start, first.end));
    expect(first.text).toContain('🚀');
  });
});
