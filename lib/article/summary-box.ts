/**
 * A story's summary box: the "Key Points" list many news sites set above the body. It states the
 * story's main claims in a sentence each, but Readability keeps only the body, so it is found here
 * by its label and put back in front of the article's blocks.
 */
import { squash } from './squash';

/** The labels such boxes carry, whole: "Key Points", "Key takeaways", "In brief", "TL;DR". */
const SUMMARY_LABEL = /^(?:key (?:points|takeaways|facts|findings)|(?:the )?takeaways|highlights|in brief|at a glance|what (?:you need )?to know|(?:story |article )?summary|tl;? ?dr|in short|the short version)[:.]?$/i;
/** A box marked as one by its list's own name, with no label to read: `<ul class="summary-list">`. */
const NAMED_LIST = 'ul[class*="summary" i], ul[class*="key-points" i], ul[class*="takeaways" i], ul[aria-label*="key points" i], ul[aria-label*="summary" i], ul[aria-label*="takeaways" i]';
/** Elements that may hold the label. */
const LABEL_SELECTOR = 'h2, h3, h4, h5, h6, p, div, span, strong, b, header';
/** A label is a few words; a longer element only contains one. */
const MAX_LABEL_CHARS = 30;
/** How far up from the label its list may sit: label and list are usually siblings or cousins. */
const MAX_LEVELS_UP = 3;
/** An item is a sentence, not a link to another story: most of its text is not link text. */
const MAX_LINK_SHARE = 0.5;
const MIN_ITEM_CHARS = 20;

/** Node.compareDocumentPosition's answer for "the other node comes after this one". */
const FOLLOWING = 4;
/** Whether `node` comes after `other` in the document. */
export const follows = (node: Node, other: Node) => (other.compareDocumentPosition(node) & FOLLOWING) !== 0;

function isSummaryLabel(element: Element): boolean {
  if (element.childElementCount > 2) return false; // a container, not a label (and its text is long to gather)
  const text = squash(element.textContent ?? '');
  return text.length <= MAX_LABEL_CHARS && SUMMARY_LABEL.test(text) && !element.closest('nav, footer');
}

/** The first list after `label`, within a few levels of it, that comes before `end`. */
function listAfter(label: Element, end: Element): Element | null {
  let scope = label.parentElement;
  for (let level = 0; scope && level < MAX_LEVELS_UP; level++, scope = scope.parentElement) {
    for (const list of scope.querySelectorAll('ul, ol')) {
      if (follows(list, label) && follows(end, list) && !list.contains(end)) return list;
    }
  }
  return null;
}

function isStatement(item: Element): boolean {
  const text = squash(item.textContent ?? '');
  if (text.length < MIN_ITEM_CHARS) return false;
  let linked = 0;
  for (const link of item.querySelectorAll('a')) linked += squash(link.textContent ?? '').length;
  return linked <= text.length * MAX_LINK_SHARE;
}

/**
 * The items of the summary box that comes before `end` (the article's last block), or none. The
 * box must read as statements: a "Highlights" list of links to other stories is not one.
 */
export function summaryItems(body: Element, end: Element): Element[] {
  for (const label of body.querySelectorAll(LABEL_SELECTOR)) {
    if (!follows(end, label)) break;
    if (!isSummaryLabel(label)) continue;
    const items = statements(listAfter(label, end));
    if (items.length > 0) return items;
  }
  for (const list of body.querySelectorAll(NAMED_LIST)) {
    if (!follows(end, list) || list.closest('nav, footer')) continue;
    const items = statements(list);
    if (items.length > 0) return items;
  }
  return [];
}

/** The list's items, if every one reads as a statement; else none. */
function statements(list: Element | null): Element[] {
  const items = list ? [...list.children].filter((child) => child.tagName.toUpperCase() === 'LI') : [];
  return items.every(isStatement) ? items : [];
}
