import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../../lib/annotate';
import { buildTextMap, rangeFor, splitSentences } from '../../lib/text';
import { documentFrom } from './helpers';

const PAGE = `<article><p id="a">Meta said it <a href="#x">will keep</a> releasing <em>open</em> models. A second sentence here.</p>
<p id="b">Zuckerberg\u00a0wrote a memo. It said <strong>careful</strong> things about safety.</p></article>`;

function marked() {
  const doc = documentFrom(PAGE);
  const blocks = [doc.getElementById('a')!, doc.getElementById('b')!];
  const map = buildTextMap(blocks);
  const ranges = splitSentences(map.text, map.blocks).map((s) => rangeFor(map, s.start, s.end)!);
  return { doc, ranges };
}

/** The tree as node types and data, so that split or merged text nodes show up too. */
function shape(node: Node): unknown {
  if (node.nodeType === 3) return (node as Text).data;
  const el = node as Element;
  return [el.tagName, [...el.attributes].map((a) => `${a.name}=${a.value}`), [...el.childNodes].map(shape)];
}

describe('highlighter, <mark> fallback (no CSS Custom Highlight API)', () => {
  it('wraps each sentence and leaves the page exactly as it was after clearing', () => {
    const { doc, ranges } = marked();
    const before = shape(doc.body);
    const highlighter = createHighlighter(doc, { preferMarks: true });
    expect(highlighter.mode).toBe('marks');
    for (const [i, range] of [...ranges.entries()].reverse()) highlighter.add(range, i % 2 ? 'match' : 'contradicted');
    const marks = doc.querySelectorAll('mark[data-counterclaim]');
    expect([...marks].map((m) => m.textContent).join('|')).toContain('will keep');
    expect(doc.querySelector('mark[data-counterclaim="contradicted"]')).not.toBeNull();
    highlighter.clear();
    expect(shape(doc.body)).toEqual(before);
    expect(doc.querySelectorAll('[data-counterclaim]')).toHaveLength(0);
  });

  it("removes one sentence's marks and keeps the others", () => {
    const { doc, ranges } = marked();
    const highlighter = createHighlighter(doc, { preferMarks: true });
    for (const range of [...ranges].reverse()) highlighter.add(range, 'match');
    const count = doc.querySelectorAll('mark').length;
    highlighter.remove(ranges[ranges.length - 1]);
    expect(doc.querySelectorAll('mark').length).toBeLessThan(count);
    expect(doc.getElementById('a')!.querySelector('mark')).not.toBeNull();
  });

  it('never touches the DOM with the Highlight API', () => {
    const { doc, ranges } = marked();
    const registry = new Map<string, unknown>();
    const win = doc.defaultView as unknown as { CSS: { highlights: Map<string, unknown> }; Highlight: unknown };
    win.CSS = { highlights: registry };
    win.Highlight = class { private set = new Set<Range>(); priority = 0; add(r: Range) { this.set.add(r); } delete(r: Range) { return this.set.delete(r); } get size() { return this.set.size; } };
    const before = doc.body.outerHTML;
    const highlighter = createHighlighter(doc);
    expect(highlighter.mode).toBe('highlight-api');
    for (const range of ranges) highlighter.add(range, 'contradicted');
    expect(doc.body.outerHTML).toBe(before);
    expect(registry.has('counterclaim-contradicted')).toBe(true);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('highlighter fallback and text that is not text', () => {
  it('never wraps the inside of a <style> or <script> that sits in a sentence', () => {
    const doc = documentFrom('<p id="p">Meta said <style>.x{color:red}</style>it will keep <script>var a=1</script>releasing models.</p>');
    const map = buildTextMap([doc.getElementById('p')!]);
    const [sentence] = splitSentences(map.text, map.blocks);
    const highlighter = createHighlighter(doc, { preferMarks: true });
    highlighter.add(rangeFor(map, sentence.start, sentence.end)!, 'match');
    expect(doc.querySelector('#p style')!.textContent).toBe('.x{color:red}');
    expect(doc.querySelector('style mark, script mark')).toBeNull();
    highlighter.clear();
    expect(doc.getElementById('p')!.innerHTML).toBe('Meta said <style>.x{color:red}</style>it will keep <script>var a=1</script>releasing models.');
  });
});
