/**
 * The reader's own highlights on this page: made from the selection (context menu or
 * shortcut), saved per page, drawn again on a later visit where their quote can still be
 * found (W3C TextQuoteSelector, with a fuzzy fallback), and flagged when it cannot.
 */
import browser from 'webextension-polyfill';
import { anchor, describe, normalisePageUrl, type SavedHighlight } from '../../lib/highlights';
import { buildTextMap, rangeFor, type TextMap } from '../../lib/text';
import type { Highlighter } from '../../lib/annotate';
import type { CheckPageReply } from '../../lib/messages';
import { readHighlights, storageError, updatePageHighlights } from '../background/store';

export function pageKey(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return normalisePageUrl(doc.location.href, canonical);
}

/** The whole page's visible text: own highlights may be anywhere, not only in the article. */
function pageText(doc: Document): TextMap {
  return buildTextMap(doc.body ? [doc.body] : []);
}

/** Offsets of a DOM range in the page text (the range's ends must be in text nodes of the map). */
function offsetsOf(map: TextMap, range: Range): { start: number; end: number } | null {
  const at = (node: Node, offset: number): number | null => {
    if (node.nodeType !== 3) {
      // An element boundary: use the first text node after it.
      const walker = node.ownerDocument!.createTreeWalker(node, 0x4);
      const child = node.childNodes[offset];
      let text: Node | null = child ? (child.nodeType === 3 ? child : walker.nextNode()) : null;
      if (child && child.nodeType !== 3) {
        walker.currentNode = child;
        text = walker.nextNode();
      }
      if (!text) return null;
      node = text;
      offset = 0;
    }
    const segment = map.segments.find((s) => s.node === node);
    return segment ? segment.start + Math.min(offset, (node as Text).data.length) : null;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

export class OwnHighlights {
  private drawn = new Map<string, Range>();

  constructor(private readonly doc: Document, private readonly highlighter: Highlighter, private readonly tell: (text: string) => void) {}

  /** Draws the saved highlights of this page; those that cannot be placed are flagged for the popup. */
  async restore(): Promise<void> {
    const url = pageKey(this.doc);
    const saved = (await readHighlights())[url]?.highlights ?? [];
    if (saved.length === 0) return;
    const map = pageText(this.doc);
    const placed = new Map<string, boolean>();
    for (const highlight of saved) {
      if (this.drawn.has(highlight.id)) continue; // already on the page: restore runs again after navigations
      const found = anchor(map.text, highlight);
      const range = found && rangeFor(map, found.start, found.end);
      placed.set(highlight.id, !!range);
      if (range) this.draw(highlight.id, range);
    }
    if (saved.some((h) => placed.has(h.id) && h.anchored !== placed.get(h.id))) {
      await updatePageHighlights(url, this.doc.title, (list) => list.map((h) => ({ ...h, anchored: placed.get(h.id) ?? h.anchored }))).catch(() => undefined);
    }
  }

  private draw(id: string, range: Range): void {
    this.highlighter.add(range, 'own');
    this.drawn.set(id, range);
  }

  /** Removes the highlights not in `ids` (deleted elsewhere, or all of them on a new page). */
  forget(ids: ReadonlySet<string>): void {
    for (const [id, range] of this.drawn) {
      if (ids.has(id)) continue;
      this.highlighter.remove(range);
      this.drawn.delete(id);
    }
  }

  get ids(): string[] {
    return [...this.drawn.keys()];
  }

  /** Saves the current selection; with `check`, also asks whether it repeats a known claim. */
  async fromSelection(check: boolean): Promise<void> {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      this.tell('Select some text first, then choose Highlight.');
      return;
    }
    const map = pageText(this.doc);
    const offsets = offsetsOf(map, selection.getRangeAt(0));
    if (!offsets) {
      this.tell('This selection cannot be highlighted (it is outside the page text).');
      return;
    }
    const quote = describe(map.text, offsets.start, offsets.end);
    let fields: Pick<SavedHighlight, 'kind' | 'claim' | 'against'> = { kind: 'own', against: [] };
    if (check) {
      const reply = (await browser.runtime.sendMessage({
        type: 'check-page', title: this.doc.title, onTopic: true, selection: true,
        sentences: [{ text: quote.exact.slice(0, 5000), start: 0, end: Math.min(quote.exact.length, 5000) }],
      }).catch(() => null)) as CheckPageReply | null;
      const match = reply?.matches[0];
      if (match && reply) {
        fields = { kind: 'match', claim: reply.claims[match.claim], against: match.contradictedBy.map((id) => reply.claims[id]).filter(Boolean) };
        this.tell(match.contradictedBy.length
          ? `Saved. It repeats “${reply.claims[match.claim]?.text}”, which ${match.contradictedBy.length} claims contradict (see the popup).`
          : `Saved. It repeats “${reply.claims[match.claim]?.text}”.`);
      } else {
        this.tell('Saved. No known claim matched the selected text.');
      }
    }
    const highlight: SavedHighlight = {
      id: `h-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      pageUrl: pageKey(this.doc), pageTitle: this.doc.title, createdAt: new Date().toISOString(),
      ...quote, ...fields, anchored: true,
    };
    try {
      await updatePageHighlights(highlight.pageUrl, highlight.pageTitle, (list) => [...list, highlight]);
    } catch (error) {
      this.tell(storageError(error));
      return;
    }
    const range = rangeFor(map, offsets.start, offsets.end);
    if (range) this.draw(highlight.id, range);
    selection.removeAllRanges();
    if (!check) this.tell('Highlight saved. Add a note to it in the popup.');
  }
}
