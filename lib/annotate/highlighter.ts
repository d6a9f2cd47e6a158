/**
 * Draws and removes highlights, nothing else. With the CSS Custom Highlight API the page's DOM
 * is never touched; where the browser lacks it, text is wrapped in <mark> elements that are
 * unwrapped exactly on removal.
 */
import { OWN_NODE_ATTRIBUTE } from '../own-nodes';

/** 'own': text the reader highlighted themselves. */
export type MarkKind = 'match' | 'contradicted' | 'own';

export const HIGHLIGHT_NAMES: Record<MarkKind | 'flash', string> = {
  match: 'counterclaim-match',
  contradicted: 'counterclaim-contradicted',
  own: 'counterclaim-own',
  flash: 'counterclaim-flash',
};

export interface Highlighter {
  readonly mode: 'highlight-api' | 'marks';
  add(range: Range, kind: MarkKind): void;
  /** Removes one range's highlight (the range given to add). */
  remove(range: Range): void;
  /** Briefly emphasise a range (after the popup scrolls to it). */
  flash(range: Range, ms?: number): void;
  /** Removes every highlight and our style sheet: the page is as it was. */
  clear(): void;
}

const PAGE_CSS = `
::highlight(${HIGHLIGHT_NAMES.match}) { text-decoration: underline dotted #7a6ff0; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.contradicted}) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline wavy #d9480f; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.own}) { background-color: rgba(120, 220, 120, 0.35); }
::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: rgba(255, 140, 0, 0.55); }
mark[${OWN_NODE_ATTRIBUTE}] { background: transparent; color: inherit; }
mark[${OWN_NODE_ATTRIBUTE}="match"] { text-decoration: underline dotted #7a6ff0 2px; text-underline-offset: 3px; }
mark[${OWN_NODE_ATTRIBUTE}="contradicted"] { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline wavy #d9480f; text-underline-offset: 3px; }
mark[${OWN_NODE_ATTRIBUTE}="own"] { background-color: rgba(120, 220, 120, 0.35); }
mark[${OWN_NODE_ATTRIBUTE}].counterclaim-flash { background-color: rgba(255, 140, 0, 0.55); }
`;

interface HighlightApi {
  registry: Map<string, unknown> & { delete(name: string): boolean };
  make: (...ranges: Range[]) => { add(range: Range): void; delete(range: Range): void; priority: number };
}

function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: new (...r: Range[]) => ReturnType<HighlightApi['make']> }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight ?? (globalThis as { Highlight?: new (...r: Range[]) => ReturnType<HighlightApi['make']> }).Highlight;
  if (!registry || !Ctor) return null;
  return { registry, make: (...ranges) => new Ctor(...ranges) };
}

/** Adds our page style without touching the DOM tree where the browser allows it. */
function installStyle(doc: Document): () => void {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(PAGE_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.setAttribute(OWN_NODE_ATTRIBUTE, 'style');
    style.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

export function createHighlighter(doc: Document, options: { preferMarks?: boolean } = {}): Highlighter {
  const api = options.preferMarks ? null : highlightApi(doc);
  let removeStyle: (() => void) | null = null;
  const ensureStyle = () => {
    removeStyle ??= installStyle(doc);
  };
  return api ? apiHighlighter(doc, api, ensureStyle, () => {
    removeStyle?.();
    removeStyle = null;
  }) : markHighlighter(doc, ensureStyle, () => {
    removeStyle?.();
    removeStyle = null;
  });
}

function apiHighlighter(doc: Document, api: HighlightApi, ensureStyle: () => void, dropStyle: () => void): Highlighter {
  const highlights = new Map<string, ReturnType<HighlightApi['make']>>();
  // The registry holds copies (the page may move the originals); remember which is whose.
  const copies = new Map<Range, { copy: Range; name: string }>();
  const get = (name: string, priority: number) => {
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = api.make();
      highlight.priority = priority;
      highlights.set(name, highlight);
      api.registry.set(name, highlight);
    }
    return highlight;
  };
  return {
    mode: 'highlight-api',
    add(range, kind) {
      ensureStyle();
      const copy = range.cloneRange();
      copies.set(range, { copy, name: HIGHLIGHT_NAMES[kind] });
      get(HIGHLIGHT_NAMES[kind], kind === 'contradicted' ? 1 : kind === 'own' ? -1 : 0).add(copy);
    },
    remove(range) {
      const entry = copies.get(range);
      if (!entry) return;
      highlights.get(entry.name)?.delete(entry.copy);
      copies.delete(range);
    },
    flash(range, ms = 1200) {
      ensureStyle();
      const flash = get(HIGHLIGHT_NAMES.flash, 2);
      const copy = range.cloneRange();
      flash.add(copy);
      doc.defaultView?.setTimeout(() => flash.delete(copy), ms);
    },
    clear() {
      for (const name of highlights.keys()) api.registry.delete(name);
      highlights.clear();
      copies.clear();
      dropStyle();
    },
  };
}

const NOT_TEXT = `script, style, noscript, template, textarea, [${OWN_NODE_ATTRIBUTE}]:not(mark)`;

/** Fallback: wraps the range's text in marks, remembering each split so removal restores it. */
function markHighlighter(doc: Document, ensureStyle: () => void, dropStyle: () => void): Highlighter {
  const marks: HTMLElement[] = [];
  const byRange = new Map<Range, HTMLElement[]>();
  const wrap = (range: Range, kind: string): HTMLElement[] => {
    const made: HTMLElement[] = [];
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4);
    if (range.commonAncestorContainer.nodeType === 3) nodes.push(range.commonAncestorContainer as Text);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // Text that is not page text (a <style> inside the sentence) must never be wrapped.
      if (range.intersectsNode(n) && !n.parentElement?.closest(NOT_TEXT)) nodes.push(n as Text);
    }
    for (let node of nodes) {
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (end <= start) continue;
      if (end < node.data.length) node.splitText(end);
      if (start > 0) node = node.splitText(start);
      const mark = doc.createElement('mark');
      mark.setAttribute(OWN_NODE_ATTRIBUTE, kind);
      node.replaceWith(mark);
      mark.append(node);
      made.push(mark);
    }
    return made;
  };
  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (!parent) return;
    const text = mark.firstChild as Text | null;
    mark.replaceWith(...mark.childNodes);
    // Join the pieces we split back into the neighbours they were cut from.
    if (text && text.nodeType === 3) {
      const next = text.nextSibling;
      if (next && next.nodeType === 3) {
        text.data += (next as Text).data;
        next.remove();
      }
      const previous = text.previousSibling;
      if (previous && previous.nodeType === 3) {
        (previous as Text).data += text.data;
        text.remove();
      }
    }
  };
  return {
    mode: 'marks',
    add(range, kind) {
      ensureStyle();
      const made = wrap(range, kind);
      byRange.set(range, made);
      marks.push(...made);
    },
    remove(range) {
      for (const mark of (byRange.get(range) ?? []).reverse()) {
        unwrap(mark);
        marks.splice(marks.indexOf(mark), 1);
      }
      byRange.delete(range);
    },
    flash(range, ms = 1200) {
      const hit = marks.filter((m) => range.intersectsNode(m));
      for (const m of hit) m.classList.add('counterclaim-flash');
      doc.defaultView?.setTimeout(() => {
        for (const m of hit) {
          m.classList.remove('counterclaim-flash');
          if (m.classList.length === 0) m.removeAttribute('class');
        }
      }, ms);
    },
    clear() {
      for (const mark of marks.splice(0).reverse()) unwrap(mark);
      byRange.clear();
      dropStyle();
    },
  };
}
