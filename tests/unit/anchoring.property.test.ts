/**
 * Property-based tests for text anchoring: the flat text map over DOM blocks, the sentence
 * splitter, and the way back from flat-text offsets to DOM Ranges.
 *
 * DOM fragments are generated as a small model (blocks of nested inline elements and text), built
 * with createElement/createTextNode (never innerHTML), and the model also says what the flat
 * text must be. Text in skipped nodes is always exactly SENTINEL, which no visible token contains.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BLOCK_SEPARATOR, LINE_SEPARATOR, buildTextMap, rangeFor, splitSentences, type Sentence, type TextMap } from '../../lib/text';

/** Mirrors MAX_SENTENCE_CHARS in lib/text/sentences.ts (not exported). */
const MAX_SENTENCE_CHARS = 1200;
/** The only text ever placed in skipped nodes; '⟦' is in no visible token. */
const SENTINEL = '⟦skipped⟧';

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const asciiWord = fc.stringMatching(/^[A-Za-z]{1,9}$/);
const spaces = fc.constantFrom(' ', ' ', ' ', '\u00a0', '\u200b', '\n', '\t', '  ');
const punctuation = fc.constantFrom('.', '!', '?', '…', '"', "'", '“', '”', '‘', '’', '—', '–', '. ', '? ', '! ', '." ', '.’ ');
const rtl = fc.constantFrom('שלום', 'עולם', 'مرحبا', 'العالم', '\u200f', 'שלום\u200f');
const emoji = fc.constantFrom('👩🏽‍💻', '🇺🇸', '🚀', '👍🏿', '👨‍👩‍👧‍👦', '🇺🇸🇮🇱');
const combining = fc.constantFrom('e\u0301', 'n\u0303', 'é', 'a\u0308\u0301');
const cjk = fc.constantFrom('中文', '日本語。', '한국어', '漢字！', '今日は？');

/** One piece of visible text; tokens are whole grapheme clusters at both ends. */
const token = fc.oneof(
  { weight: 8, arbitrary: asciiWord },
  { weight: 6, arbitrary: spaces },
  { weight: 3, arbitrary: punctuation },
  { weight: 1, arbitrary: fc.constant('\u00ad') },
  { weight: 1, arbitrary: rtl },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: combining },
  { weight: 1, arbitrary: cjk },
);
/** The same without sentence punctuation: runs that only the length cap can cut. */
const unpunctuatedToken = fc.oneof(
  { weight: 6, arbitrary: asciiWord },
  { weight: 3, arbitrary: spaces.filter((s) => s !== '\n') },
  { weight: 2, arbitrary: emoji },
  { weight: 1, arbitrary: combining },
  { weight: 1, arbitrary: rtl },
  { weight: 1, arbitrary: fc.constantFrom('中文', '한국어') },
);

const shortText = fc.array(token, { maxLength: 25 }).map((t) => t.join(''));
/** A few thousand characters, with or without punctuation, so the length cap is exercised. */
const longText = fc
  .tuple(fc.boolean(), fc.array(token, { minLength: 1, maxLength: 12 }), fc.array(unpunctuatedToken, { minLength: 1, maxLength: 12 }), fc.integer({ min: 40, max: 300 }))
  .map(([punctuated, a, b, times]) => (punctuated ? a : b).join('').repeat(times));
const textData = fc.oneof({ weight: 20, arbitrary: shortText }, { weight: 1, arbitrary: longText });

type InlineTag = 'a' | 'em' | 'strong' | 'span' | 'b' | 'i' | 'code' | 'sup';
type SkipKind = 'script' | 'style' | 'hidden' | 'own' | 'aria-hidden' | 'display-none';
type BlockTag = 'p' | 'li' | 'blockquote' | 'h2';

type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'br' }
  | { kind: 'element'; tag: InlineTag; children: Inline[] }
  | { kind: 'skipped'; how: SkipKind; children: Inline[] };

interface Block {
  tag: BlockTag;
  /** A block element that is itself hidden: its text is never the article's. */
  skipped?: Exclude<SkipKind, 'script' | 'style'>;
  children: Inline[];
}

const inlineTag = fc.constantFrom<InlineTag>('a', 'em', 'strong', 'span', 'b', 'i', 'code', 'sup');
const skipKind = fc.constantFrom<SkipKind>('script', 'style', 'hidden', 'own', 'aria-hidden', 'display-none');

function inlineArb(depth: number, withSkipped: boolean): fc.Arbitrary<Inline> {
  const text = textData.map((t): Inline => ({ kind: 'text', text: t }));
  const br = fc.constant<Inline>({ kind: 'br' });
  if (depth <= 0) return fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: br });
  const children = fc.array(inlineArb(depth - 1, withSkipped), { maxLength: 4 });
  const element = fc.record({ kind: fc.constant('element' as const), tag: inlineTag, children });
  const options: Array<fc.WeightedArbitrary<Inline>> = [
    { weight: 6, arbitrary: text },
    { weight: 1, arbitrary: br },
    { weight: 4, arbitrary: element },
  ];
  if (withSkipped) {
    options.push({ weight: 1, arbitrary: fc.record({ kind: fc.constant('skipped' as const), how: skipKind, children }) });
  }
  return fc.oneof(...options);
}

function blockArb(withSkipped: boolean): fc.Arbitrary<Block> {
  const blockSkip = withSkipped
    ? fc.option(fc.constantFrom('hidden' as const, 'own' as const, 'aria-hidden' as const), { freq: 12, nil: undefined })
    : fc.constant(undefined);
  return fc.record({
    tag: fc.constantFrom<BlockTag>('p', 'li', 'blockquote', 'h2'),
    skipped: blockSkip,
    children: fc.array(inlineArb(3, withSkipped), { maxLength: 5 }),
  });
}

const blocksArb = (withSkipped = true) => fc.array(blockArb(withSkipped), { maxLength: 6 });

// ---------------------------------------------------------------------------------------------
// Building the DOM, and what the model says its flat text is
// ---------------------------------------------------------------------------------------------

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://example.com/news/story' });
const doc = dom.window.document;
afterAll(() => dom.window.close());

function markSkipped(element: Element, how: SkipKind): void {
  if (how === 'hidden') element.setAttribute('hidden', '');
  else if (how === 'own') element.setAttribute('data-counterclaim', 'mark');
  else if (how === 'aria-hidden') element.setAttribute('aria-hidden', 'true');
  else if (how === 'display-none') element.setAttribute('style', 'display: none');
}

function renderInline(node: Inline, parent: Node, skipped: boolean): void {
  switch (node.kind) {
    case 'text':
      // Empty text nodes are kept on purpose: they are zero-length segments in the map.
      parent.appendChild(doc.createTextNode(skipped ? SENTINEL : node.text));
      return;
    case 'br':
      parent.appendChild(doc.createElement('br'));
      return;
    case 'element': {
      const element = doc.createElement(node.tag);
      if (node.tag === 'a') element.setAttribute('href', '#');
      for (const child of node.children) renderInline(child, element, skipped);
      parent.appendChild(element);
      return;
    }
    case 'skipped': {
      if (node.how === 'script' || node.how === 'style') {
        const element = doc.createElement(node.how);
        element.textContent = SENTINEL;
        parent.appendChild(element);
        return;
      }
      const element = doc.createElement('span');
      markSkipped(element, node.how);
      element.appendChild(doc.createTextNode(SENTINEL));
      for (const child of node.children) renderInline(child, element, true);
      parent.appendChild(element);
      return;
    }
  }
}

/** Builds the blocks in a fresh container in the shared document; returns the block elements. */
function render(blocks: readonly Block[]): Element[] {
  doc.body.replaceChildren();
  const container = doc.createElement('article');
  doc.body.appendChild(container);
  let list: Element | null = null;
  const elements: Element[] = [];
  for (const block of blocks) {
    const element = doc.createElement(block.tag);
    if (block.skipped) markSkipped(element, block.skipped);
    for (const child of block.children) renderInline(child, element, block.skipped !== undefined);
    if (block.tag === 'li') {
      list ??= container.appendChild(doc.createElement('ul'));
      list.appendChild(element);
    } else {
      list = null;
      container.appendChild(element);
    }
    elements.push(element);
  }
  return elements;
}

function visibleText(node: Inline): string {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'element':
      return node.children.map(visibleText).join('');
    case 'br':
      return LINE_SEPARATOR;
    default:
      return '';
  }
}

const expectedBlockText = (block: Block) => (block.skipped ? '' : block.children.map(visibleText).join(''));
const hasSkipped = (blocks: readonly Block[]) => blocks.some((b) => b.skipped || b.children.some(containsSkipped));
function containsSkipped(node: Inline): boolean {
  return node.kind === 'skipped' || (node.kind === 'element' && node.children.some(containsSkipped));
}

function mapOf(blocks: readonly Block[]): TextMap {
  return buildTextMap(render(blocks));
}

// ---------------------------------------------------------------------------------------------
// Checks shared by several properties
// ---------------------------------------------------------------------------------------------

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
const splitsSurrogatePair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/**
 * True when `offset` is a grapheme-cluster boundary of `text`. Checked in a local window: the
 * segmenter is quadratic on long strings in V8, and no generated cluster is longer than the window.
 */
function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const from = Math.max(0, offset - 40);
  const window = text.slice(from, Math.min(text.length, offset + 40));
  for (const { index } of graphemes.segment(window)) {
    if (from + index === offset) return true;
    if (from + index > offset) return false;
  }
  return false;
}

/** The text of a range as the reader sees it: Range.toString() also returns skipped nodes' text. */
const readerText = (range: Range) => range.toString().split(SENTINEL).join('');

function expectRoundTrip(map: TextMap, start: number, end: number, skippedPresent: boolean): void {
  const range = rangeFor(map, start, end);
  if (map.segments.length === 0) {
    expect(range).toBeNull();
    expect(map.text.slice(start, end).replace(/\n/g, '').split(LINE_SEPARATOR).join('')).toBe('');
    return;
  }
  expect(range).not.toBeNull();
  // A line break (<br>) is a character of the flat text but of no text node.
  const wanted = map.text.slice(start, end).split(LINE_SEPARATOR).join('');
  expect(readerText(range!)).toBe(wanted);
  if (!skippedPresent) expect(range!.toString()).toBe(wanted);
}

function blockOf(map: TextMap, sentence: Sentence): number {
  return map.blocks.findIndex((b) => b.start <= sentence.start && sentence.end <= b.end);
}

function expectWellFormedSentences(text: string, blocks: TextMap['blocks'], sentences: Sentence[]): void {
  let previousEnd = -1;
  for (const s of sentences) {
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start).toBeLessThan(s.end);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
    expect(blocks.some((b) => b.start <= s.start && s.end <= b.end)).toBe(true);
    expect(s.text).not.toMatch(/^\s|\s$/);
    expect(s.text).not.toContain(LINE_SEPARATOR);
    expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  }
}

const RUNS = { numRuns: 200 } as const;

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('text map over generated DOM fragments', () => {
  it('flattens exactly the visible text nodes, blocks joined by the separator, and nothing from skipped nodes', () => {
    fc.assert(
      fc.property(blocksArb(), (blocks) => {
        const map = mapOf(blocks);
        const expected = blocks.map(expectedBlockText);
        expect(map.text).toBe(expected.join(BLOCK_SEPARATOR));
        expect(map.text).not.toContain('⟦');
        expect(map.blocks).toHaveLength(blocks.length);
        map.blocks.forEach((span, i) => expect(map.text.slice(span.start, span.end)).toBe(expected[i]));
        // Every segment sits where its node's data is, and no segment is a skipped node's.
        for (const { node, start } of map.segments) {
          expect(map.text.slice(start, start + node.data.length)).toBe(node.data);
          expect(node.data).not.toBe(SENTINEL);
        }
      }),
      RUNS,
    );
  });

  it('maps any offsets inside one block back to a Range holding exactly that text', () => {
    fc.assert(
      fc.property(blocksArb(), fc.nat(), fc.nat(), fc.nat(), (blocks, which, a, b) => {
        const map = mapOf(blocks);
        if (map.blocks.length === 0) return;
        const block = map.blocks[which % map.blocks.length];
        const width = block.end - block.start + 1;
        const [start, end] = [block.start + (a % width), block.start + (b % width)].sort((x, y) => x - y);
        expectRoundTrip(map, start, end, hasSkipped(blocks));
      }),
      RUNS,
    );
  });

  it('round-trips whole blocks and every single character, even next to empty text nodes', () => {
    fc.assert(
      fc.property(blocksArb(), (blocks) => {
        const map = mapOf(blocks);
        const skipped = hasSkipped(blocks);
        for (const block of map.blocks) {
          expectRoundTrip(map, block.start, block.end, skipped);
          for (let i = block.start; i < block.end && i < block.start + 60; i++) expectRoundTrip(map, i, i + 1, skipped);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('sentences over generated DOM fragments', () => {
  it('are in order, disjoint, trimmed, inside one block, capped in length, and equal to their slice', () => {
    fc.assert(
      fc.property(blocksArb(), (blocks) => {
        const map = mapOf(blocks);
        const sentences = splitSentences(map.text, map.blocks);
        expectWellFormedSentences(map.text, map.blocks, sentences);
      }),
      RUNS,
    );
  });

  it('each map back to a Range holding exactly the sentence', () => {
    fc.assert(
      fc.property(blocksArb(), (blocks) => {
        const map = mapOf(blocks);
        const skipped = hasSkipped(blocks);
        for (const s of splitSentences(map.text, map.blocks)) {
          expect(blockOf(map, s)).toBeGreaterThanOrEqual(0);
          expectRoundTrip(map, s.start, s.end, skipped);
        }
      }),
      RUNS,
    );
  });

  it('never start or end inside a surrogate pair or a grapheme cluster (emoji ZWJ sequences, flags, e + U+0301)', () => {
    fc.assert(
      fc.property(blocksArb(false), (blocks) => {
        const map = mapOf(blocks);
        for (const s of splitSentences(map.text, map.blocks)) {
          expect(splitsSurrogatePair(map.text, s.start)).toBe(false);
          expect(splitsSurrogatePair(map.text, s.end)).toBe(false);
          expect(isGraphemeBoundary(map.text, s.start)).toBe(true);
          expect(isGraphemeBoundary(map.text, s.end)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('cut over-long unpunctuated runs into capped pieces that lose no text and split no emoji', () => {
    fc.assert(
      fc.property(fc.array(unpunctuatedToken, { minLength: 1, maxLength: 15 }), fc.integer({ min: 100, max: 600 }), (tokens, times) => {
        const text = tokens.join('').repeat(times);
        const sentences = splitSentences(text);
        expectWellFormedSentences(text, [{ start: 0, end: text.length }], sentences);
        if (text.trim().length >= 12) {
          expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        }
        for (const s of sentences) {
          expect(splitsSurrogatePair(text, s.start)).toBe(false);
          expect(splitsSurrogatePair(text, s.end)).toBe(false);
          expect(isGraphemeBoundary(text, s.start)).toBe(true);
          expect(isGraphemeBoundary(text, s.end)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('work when the first page language seen is a tag Intl rejects (lang="en_US")', async () => {
    // A fresh module: a segmenter cached by an earlier call would hide the first-use failure.
    vi.resetModules();
    const fresh = await import('../../lib/text');
    const text = 'Meta said it will keep releasing open models. Next one is here.';
    expect(fresh.splitSentences(text, undefined, 'en_US').map((s) => s.text)).toEqual([
      'Meta said it will keep releasing open models.',
      'Next one is here.',
    ]);
  });

  it('never throw whatever language tag the page declares', () => {
    const language = fc.oneof(
      fc.constantFrom('en', 'en-US', 'en_US', 'EN', 'english', 'he', 'ar', 'ja', 'zh-Hans-CN', 'x', '', ' ', 'de-DE-u-co-phonebk', '123'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(shortText, language, (text, lang) => {
        const sentences = splitSentences(text, [{ start: 0, end: text.length }], lang);
        expectWellFormedSentences(text, [{ start: 0, end: text.length }], sentences);
      }),
      RUNS,
    );
  });
});

describe('edge cases', () => {
  it('gives an empty map, no sentences and no Range for an empty block list', () => {
    const map = buildTextMap([]);
    expect(map).toEqual({ text: '', segments: [], blocks: [] });
    expect(splitSentences(map.text, map.blocks)).toEqual([]);
    expect(splitSentences('', [])).toEqual([]);
    expect(rangeFor(map, 0, 0)).toBeNull();
  });

  it('finds no sentences in blocks of only whitespace, and still maps their offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.array(spaces, { maxLength: 6 }).map((s) => s.join('')), { minLength: 1, maxLength: 5 }), (texts) => {
        const map = mapOf(texts.map((text) => ({ tag: 'p', children: [{ kind: 'text', text }] })));
        expect(map.text).toBe(texts.join(BLOCK_SEPARATOR));
        expect(splitSentences(map.text, map.blocks)).toEqual([]);
        for (const block of map.blocks) expectRoundTrip(map, block.start, block.end, false);
      }),
      { numRuns: 50 },
    );
  });

  it('caps and round-trips the sentences of one 200,000-character text node without punctuation', () => {
    const words = ['open', 'models', 'Meta', 'said', 'llama', '👩🏽‍💻', 'weights', '🇺🇸', 'e\u0301te\u0301'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += words[(i * 7) % words.length] + (i % 11 === 10 ? '\u00a0' : ' ');
    text = text.slice(0, 200_000);
    const [p] = render([{ tag: 'p', children: [{ kind: 'text', text }] }]);
    const map = buildTextMap([p]);
    expect(map.text).toBe(text);
    const started = performance.now();
    const sentences = splitSentences(map.text, map.blocks);
    expect(performance.now() - started).toBeLessThan(2_000);
    expectWellFormedSentences(map.text, map.blocks, sentences);
    expect(sentences.length).toBeGreaterThanOrEqual(Math.ceil(text.trim().length / MAX_SENTENCE_CHARS));
    expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const s of sentences) {
      expect(splitsSurrogatePair(map.text, s.start) || splitsSurrogatePair(map.text, s.end)).toBe(false);
      expectRoundTrip(map, s.start, s.end, false);
    }
  });

  it('splits one 200,000-character paragraph of short sentences in well under a second or two', () => {
    const text = Array.from({ length: 8_000 }, (_, i) => `Sentence number ${i} is here.`).join(' ').slice(0, 200_000);
    const started = performance.now();
    const sentences = splitSentences(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expectWellFormedSentences(text, [{ start: 0, end: text.length }], sentences);
    expect(sentences.length).toBeGreaterThan(6_500);
    expect(sentences[0].text).toBe('Sentence number 0 is here.');
  });
});
