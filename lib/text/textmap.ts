import { OWN_NODE_ATTRIBUTE } from '../own-nodes';

/**
 * Flattens the text of some block elements into one string, remembering which text node each
 * character came from, so that offsets found in the string can be turned back into DOM Ranges.
 */

/** One text node's slice of the flat string: characters [start, start + node.data.length). */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface TextMap {
  /** The blocks' text joined with BLOCK_SEPARATOR. */
  text: string;
  segments: TextSegment[];
  /** [start, end) of each block in `text`: sentences never cross these. */
  blocks: Array<{ start: number; end: number }>;
}

/** Between blocks: a paragraph break that the sentence splitter always cuts at. */
export const BLOCK_SEPARATOR = '\n\n';
/**
 * Where an element breaks the line inside a block: U+2028, which the sentence splitter always
 * cuts at, while it reads a newline of the page's source as the space the browser shows.
 */
export const LINE_SEPARATOR = '\u2028';

/** Elements whose text is never part of the article as read. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH',
  'IFRAME', 'OBJECT', 'BUTTON', 'INPUT', 'CANVAS', 'VIDEO', 'AUDIO',
]);


/**
 * A footnote or citation marker ("...open source.<sup><a href="#fn3">3</a></sup>", "[4]"): it
 * points to a note and is no word of the sentence. A bare <sup>2</sup> may be an exponent, so a
 * marker must link within the page, be bracketed or say what it is.
 */
function isNoteMarker(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'doc-noteref' || role === 'doc-biblioref') return true;
  if (element.tagName.toUpperCase() !== 'SUP') return false;
  const text = element.textContent ?? '';
  if (!/^\s*\[?\s*(?:\d{1,3}|[*†‡§])\s*\]?\s*$/u.test(text)) return false;
  return /\[/.test(text) || element.querySelector('a[href^="#"]') !== null || /foot|note|ref|cite/i.test(element.className);
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || isNoteMarker(element)) return true;
  // Our UI is never page text; our fallback <mark>s wrap page text and are read through.
  if (element.hasAttribute(OWN_NODE_ATTRIBUTE) && element.tagName.toUpperCase() !== 'MARK') return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Collects the visible text nodes below `root`, in document order. */
export function textNodesOf(root: Element): Text[] {
  return visibleContent(root).filter((item): item is Text => item !== LINE_BREAK);
}

/**
 * Elements that begin a line of their own. Inside a block (a <div> of text and <div>s, a list
 * item holding paragraphs) their text must not run on into the text before or after them, and a
 * <br> ends a line too ("...next year.<br><br>The company said...").
 */
const LINE_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const LINE_BREAK = 'line break';
type Content = Text | typeof LINE_BREAK;

/**
 * The visible text nodes below `root` and the line breaks between them, in document order.
 * Iterative, not recursive: a hostile page may nest elements many thousands deep.
 */
function visibleContent(root: Element): Content[] {
  const out: Content[] = [];
  // Why the root is tested too: a block that is itself hidden, aria-hidden or ours gives no text.
  if (isSkipped(root)) return out;
  const stack: Array<Node | typeof LINE_BREAK> = [...root.childNodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node === LINE_BREAK || node.nodeType === 3) {
      out.push(node as Content);
      continue;
    }
    if (node.nodeType !== 1 || isSkipped(node as Element)) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      out.push(LINE_BREAK);
      continue;
    }
    const line = LINE_TAGS.has(tag);
    if (line) stack.push(LINE_BREAK);
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    if (line) out.push(LINE_BREAK);
  }
  return out;
}

/**
 * Builds the flat text of `blocks`, in the order given (document order is the caller's job).
 * Where an element breaks the line (LINE_TAGS, <br>) the text gets one LINE_SEPARATOR, which
 * belongs to no text node.
 */
export function buildTextMap(blocks: readonly Element[]): TextMap {
  const segments: TextSegment[] = [];
  const spans: TextMap['blocks'] = [];
  const parts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    // Why spans, not parts: after a first block with no text nodes, parts was still empty and
    // the separator went missing, so the text was not the blocks joined with BLOCK_SEPARATOR.
    if (spans.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    const start = length;
    for (const item of visibleContent(block)) {
      if (item === LINE_BREAK) {
        parts.push(LINE_SEPARATOR);
        length += LINE_SEPARATOR.length;
        continue;
      }
      segments.push({ node: item, start: length });
      parts.push(item.data);
      length += item.data.length;
    }
    spans.push({ start, end: length });
  }
  return { text: parts.join(''), segments, blocks: spans };
}

/** Index of the segment holding character `offset`: binary search, since pages can be long. */
function segmentAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM position for a flat-text offset; `end` positions prefer the earlier node's end. */
export function positionAt(map: TextMap, offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  if (map.segments.length === 0) return null;
  let index = segmentAt(map, offset);
  let segment = map.segments[index];
  if (edge === 'end' && offset === segment.start && index > 0) {
    segment = map.segments[--index];
  }
  const local = Math.min(Math.max(offset - segment.start, 0), segment.node.data.length);
  return { node: segment.node, offset: local };
}

/** The DOM Range covering flat-text characters [start, end), or null if the map is empty. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const from = positionAt(map, start, 'start');
  const to = positionAt(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
