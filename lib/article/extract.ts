/**
 * Finds the article's own blocks (paragraphs, list items, quotes, subheads) in the live page.
 *
 * Readability decides what is article and what is navigation, ads or comments, but it works on
 * a copy and returns new nodes. We keep its verdict as a set of block texts and pick the live
 * blocks whose text it kept, so that annotations land in the page the reader sees.
 */
import { Readability } from '@mozilla/readability';
import { OWN_NODE_ATTRIBUTE } from '../own-nodes';
import { textNodesOf } from '../text';
import { squash } from './squash';
import { follows, summaryItems } from './summary-box';

export interface ExtractedArticle {
  title: string;
  /** Live elements holding the article's text, in document order, none inside another. */
  blocks: Element[];
  /** The page's language (html lang), or 'en'. */
  language: string;
}

/** Elements that hold a run of article text. */
const BLOCK_SELECTOR = 'p, li, blockquote, h2, h3, h4, h5, h6, figcaption, dd, dt, pre, td, div';
/**
 * A page's notes and references: citations, not what the article says. They name sources and
 * headlines in a corpus's words, so they would match claims they do not make.
 */
const NOTES = [
  '[role="doc-endnotes"]', '[role="doc-footnote"]', '[role="doc-bibliography"]', '[role="doc-endnote"]',
  '.footnotes', '.endnotes', '.references', '.reflist', '#footnotes', '#endnotes', '#references',
].join(', ');
/**
 * A chart's caption and source line describe what it plots ("Expected capital spending in 2025,
 * in billions of dollars"), in the words of the claims about those figures. A chart is a figure
 * drawn in the page (svg, canvas) or set as a table, with no photo or video. Its caption is a
 * line or two: a longer one is prose, a gallery telling its story slide by slide.
 */
function isChartText(element: Element): boolean {
  const figure = element.closest('figure');
  if (!figure || !figure.querySelector('svg, canvas, table') || figure.querySelector('img, picture, video')) return false;
  return squash(figure.querySelector('figcaption')?.textContent ?? '').length <= MAX_CHART_CAPTION_CHARS;
}
/** The longest caption read as a chart's (the tuning pages' chart captions run to about 200 characters). */
const MAX_CHART_CAPTION_CHARS = 280;
/** A live block shorter than this must be an exact Readability block; longer ones may be inside one. */
const MIN_CONTAINED_CHARS = 40;
/** Readability gives up on pages larger than this many elements; so do we (no freeze). */
const MAX_ELEMENTS = 60_000;
/**
 * Above this much text Readability's single pass would hold the page for too long (it cannot
 * be cut into tasks): the article is found from its markup instead.
 */
export const MAX_READABILITY_CHARS = 150_000;

/** Phrasing elements: text inside them is text of the block that holds them. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
]);

/**
 * How much text an element holds directly, not through child blocks or sections, counted up to
 * MIN_CONTAINED_CHARS: more makes no difference, and every block of the page is asked.
 */
function ownTextLength(element: Element): number {
  let length = 0;
  for (const child of element.childNodes) {
    if (child.nodeType === 3) length += (child as Text).data.trim().length;
    else if (child.nodeType === 1 && INLINE_TAGS.has((child as Element).tagName.toUpperCase())) {
      length += (child as Element).textContent?.trim().length ?? 0;
    }
    if (length >= MIN_CONTAINED_CHARS) break;
  }
  return length;
}

/** Wrappers that may hold a few words beside their paragraphs. */
const WRAPPER_TAGS = new Set(['DIV', 'BLOCKQUOTE']);

/**
 * An element that holds text of its own is a block, unless it is a wrapper of blocks with only a
 * few words beside them: a live-blog entry's <time>, a dateline <span>, an editor's note, a pull
 * quote's <cite>. Taken whole, such a wrapper's text would match no block Readability kept, and
 * its paragraphs would be lost with it.
 */
function isBlock(element: Element): boolean {
  const own = ownTextLength(element);
  if (own === 0) return false;
  if (own >= MIN_CONTAINED_CHARS || !WRAPPER_TAGS.has(element.tagName.toUpperCase())) return true;
  for (const child of element.children) if (child.matches(BLOCK_SELECTOR) && child.textContent?.trim()) return false;
  return true;
}

/** Leaf text blocks below `root`, in document order: a block inside a chosen block is not chosen. */
export function leafBlocks(root: Element): Element[] {
  const chosen: Element[] = [];
  for (const element of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.closest(`[${OWN_NODE_ATTRIBUTE}]:not(mark)`)) continue;
    if (!isBlock(element) || element.closest(NOTES) || isChartText(element)) continue;
    const last = chosen[chosen.length - 1];
    if (last && last.contains(element)) continue;
    chosen.push(element);
  }
  return chosen;
}

function metaTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return squash(og || doc.querySelector('h1')?.textContent || doc.title || '');
}

/**
 * A block's text as the reader sees it, squashed: without hidden or aria-hidden parts (a drop
 * cap's duplicate letter, "(opens in new window)"), which Readability leaves out of its copy.
 */
const shownText = (element: Element) => squash(textNodesOf(element).map((node) => node.data).join(''));

/**
 * The text after a wire story's dateline ("NEW YORK (Reuters) - Meta said..."): Readability drops
 * a dateline that is marked up as one, so the rest is what it kept.
 */
function withoutDateline(text: string): string {
  // A place in capitals, maybe a state or date after a comma, maybe the agency in brackets.
  const dash = /^\p{Lu}[\p{Lu}.'’ ]+(?:, [^-–—]{1,20}?)?(?: \([^)]{1,20}\))?\s?[-–—]{1,2}\s/u.exec(text);
  return dash ? text.slice(dash[0].length) : text;
}

/** Readability's verdict: the texts of the blocks it kept, or null when it found no article. */
function readableTexts(doc: Document): { title: string; blocks: Set<string>; whole: string } | null {
  const copy = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element, maxElemsToParse: MAX_ELEMENTS }).parse();
  if (!parsed?.content) return null;
  const blocks = new Set<string>();
  for (const block of leafBlocks(parsed.content)) blocks.add(shownText(block));
  return { title: squash(parsed.title ?? ''), blocks, whole: squash(parsed.content.textContent ?? '') };
}

/** The blocks with the story's summary box, if Readability left it out, in document order. */
function withSummary(body: Element, blocks: Element[]): Element[] {
  if (blocks.length === 0) return blocks;
  const items = summaryItems(body, blocks[blocks.length - 1]).filter((item) => !blocks.some((block) => block.contains(item) || item.contains(block)));
  if (items.length === 0) return blocks;
  return [...items, ...blocks].sort((a, b) => (follows(b, a) ? -1 : 1));
}

/** The article's blocks in the live document; falls back to <article>/<main> when Readability fails. */
export function extractArticle(doc: Document): ExtractedArticle {
  const language = (doc.documentElement.getAttribute('lang') || 'en').trim() || 'en';
  const body = doc.body;
  if (!body) return { title: metaTitle(doc), blocks: [], language };
  let verdict: ReturnType<typeof readableTexts> = null;
  const large = (body.textContent?.length ?? 0) > MAX_READABILITY_CHARS;
  try {
    verdict = large ? null : readableTexts(doc);
  } catch {
    verdict = null; // a page Readability cannot parse still gets the fallback below
  }
  if (!verdict) {
    const root = doc.querySelector('article, [itemprop="articleBody"], main') ?? body;
    return { title: metaTitle(doc), blocks: leafBlocks(root), language };
  }
  const blocks = leafBlocks(body).filter((element) => {
    const text = shownText(element);
    if (!text) return false;
    if (verdict.blocks.has(text)) return true;
    return text.length >= MIN_CONTAINED_CHARS && (verdict.whole.includes(text) || verdict.whole.includes(withoutDateline(text)));
  });
  return { title: verdict.title || metaTitle(doc), blocks: withSummary(body, blocks), language };
}
