/**
 * The reader-facing layer over the page: one badge per mark in the margin, and one card at a
 * time. Lives inside a shadow root the caller provides; listens to the page only through the
 * `listen` function it is given, so the caller can release everything at once. Marks can be
 * added as paragraphs arrive and removed when the page rewrites them.
 */
import type { MarkKind } from './highlighter';
import { renderCard, type CardView } from './card';

export interface Annotation {
  /** Stable name of the mark, used by the popup to ask for it. */
  key: string;
  range: Range;
  kind: MarkKind;
  view: CardView;
}

export type Listen = <K extends keyof WindowEventMap>(target: Window | Document, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions) => void;

/** Hovering a mark this long opens its card; leaving both for this long closes it. */
const HOVER_OPEN_MS = 180;
const HOVER_CLOSE_MS = 300;
const BADGE_SIZE = 22;
const GAP = 8;

export interface AnnotationLayer {
  add(annotations: readonly Annotation[]): void;
  /** Removes the marks for which `test` is true (their text was rewritten by the page). */
  remove(test: (annotation: Annotation) => boolean): Annotation[];
  /** Scrolls a mark into view and opens its card. */
  reveal(key: string): Annotation | undefined;
  /** Says something to the reader in the corner (e.g. that marks were capped); for `ms` only, if given. */
  notice(text: string | null, ms?: number): void;
  readonly size: number;
  reposition(): void;
  destroy(): void;
}

interface Entry {
  annotation: Annotation;
  badge: HTMLButtonElement;
}

export function createLayer(doc: Document, root: HTMLElement, listen: Listen): AnnotationLayer {
  const win = doc.defaultView!;
  const entries: Entry[] = [];
  let open: { entry: Entry; card: HTMLElement; pinned: boolean } | null = null;
  let hoverTimer = 0;
  /** Set while Esc hands focus back to a badge, which must not reopen its card. */
  let returningFocus = false;
  let cardCount = 0;

  const badges = doc.createElement('div');
  const live = doc.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  const notice = doc.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  root.append(badges, live, notice);

  function makeBadge(annotation: Annotation): HTMLButtonElement {
    const badge = doc.createElement('button');
    badge.type = 'button';
    badge.className = `badge ${annotation.kind === 'contradicted' ? 'contradicted' : 'matched'}`;
    badge.textContent = annotation.kind === 'contradicted' ? '!' : 'i';
    badge.dataset.claimId = annotation.view.claim.id;
    badge.dataset.key = annotation.key;
    badge.setAttribute('aria-label', annotation.kind === 'contradicted'
      ? `Contradicted claim: ${annotation.view.claim.text}. Show what contradicts it.`
      : `Known claim: ${annotation.view.claim.text}. Show details.`);
    badge.setAttribute('aria-expanded', 'false');
    const entry = () => entries.find((e) => e.badge === badge)!;
    badge.addEventListener('click', () => (open?.entry.badge === badge && open.pinned ? close(true) : show(entry(), true)));
    badge.addEventListener('focus', () => {
      if (!returningFocus) show(entry(), false);
    });
    badge.addEventListener('mouseenter', () => scheduleShow(entry()));
    badge.addEventListener('mouseleave', scheduleClose);
    badge.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        show(entry(), true);
        open?.card.focus();
      } else if (event.key === 'Escape' && open) {
        close(true);
      }
    });
    return badge;
  }

  const before = (a: Range, b: Range) => a.compareBoundaryPoints(Range.START_TO_START, b) < 0;

  function rectsOf(entry: Entry): DOMRect[] {
    return [...entry.annotation.range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  }

  /** Where a badge goes (null: its sentence is not shown). Reads layout only, so many can share one layout. */
  function badgeSpot(entry: Entry, viewport: number): { left: number; top: number } | null {
    const rects = rectsOf(entry);
    if (rects.length === 0) return null;
    const first = rects[0];
    const start = entry.annotation.range.startContainer;
    const block = ((start.nodeType === 1 ? start : start.parentElement) as Element | null)?.closest('p, li, blockquote, td, dd, article, section, div') ?? doc.body;
    const right = Math.max(block.getBoundingClientRect().right, ...rects.map((r) => r.right));
    const x = Math.min(right + GAP, viewport - BADGE_SIZE - 2);
    return { left: x + win.scrollX, top: first.top + win.scrollY + (first.height - BADGE_SIZE) / 2 };
  }

  /**
   * Places the badges of `placed`: every read first, then every write. A write between two reads
   * makes the browser lay the page out again, which on a long article costs a millisecond a badge.
   */
  function placeBadges(placed: readonly Entry[]): void {
    const viewport = doc.documentElement.clientWidth;
    const spots = placed.map((entry) => badgeSpot(entry, viewport));
    placed.forEach((entry, i) => {
      const spot = spots[i];
      entry.badge.hidden = !spot;
      if (!spot) return;
      entry.badge.style.left = `${spot.left}px`;
      entry.badge.style.top = `${spot.top}px`;
    });
  }

  function place(): void {
    placeBadges(entries);
    if (open) placeCard(open.entry, open.card);
  }

  /** Beside the sentence, inside the viewport: below it when there is room, above otherwise. */
  function placeCard(entry: Entry, card: HTMLElement): void {
    const rects = rectsOf(entry);
    if (rects.length === 0) return;
    const last = rects[rects.length - 1];
    const viewportWidth = doc.documentElement.clientWidth;
    const viewportHeight = win.innerHeight;
    const width = card.offsetWidth || 380;
    const height = card.offsetHeight || 200;
    const left = Math.max(GAP, Math.min(rects[0].left, viewportWidth - width - GAP));
    const below = last.bottom + GAP;
    const above = rects[0].top - GAP - height;
    const top = below + height <= viewportHeight || above < 0 ? Math.min(below, Math.max(GAP, viewportHeight - height - GAP)) : above;
    card.style.left = `${left + win.scrollX}px`;
    card.style.top = `${top + win.scrollY}px`;
  }

  function show(entry: Entry, pinned: boolean): void {
    win.clearTimeout(hoverTimer);
    if (open?.entry === entry) {
      open.pinned ||= pinned;
      return;
    }
    close(false);
    const card = renderCard(doc, entry.annotation.view, `counterclaim-card-${++cardCount}`);
    card.addEventListener('mouseenter', () => win.clearTimeout(hoverTimer));
    card.addEventListener('mouseleave', scheduleClose);
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close(true);
    });
    root.append(card);
    entry.badge.setAttribute('aria-expanded', 'true');
    entry.badge.setAttribute('aria-controls', card.id);
    open = { entry, card, pinned };
    placeCard(entry, card);
  }

  function close(returnFocus: boolean): void {
    if (!open) return;
    const { entry, card } = open;
    open = null;
    card.remove();
    entry.badge.setAttribute('aria-expanded', 'false');
    entry.badge.removeAttribute('aria-controls');
    if (returnFocus && entry.badge.isConnected) {
      returningFocus = true;
      entry.badge.focus({ preventScroll: true });
      returningFocus = false;
    }
  }

  function scheduleShow(entry: Entry): void {
    win.clearTimeout(hoverTimer);
    hoverTimer = win.setTimeout(() => show(entry, false), HOVER_OPEN_MS);
  }

  function scheduleClose(): void {
    win.clearTimeout(hoverTimer);
    if (open?.pinned) return;
    hoverTimer = win.setTimeout(() => close(false), HOVER_CLOSE_MS);
  }

  /** Which mark's text is under the pointer, if any. */
  function entryAt(x: number, y: number): Entry | undefined {
    for (const entry of entries) {
      for (const r of rectsOf(entry)) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return entry;
    }
    return undefined;
  }

  function announce(): void {
    const contradicted = entries.filter((e) => e.annotation.kind === 'contradicted').length;
    live.textContent = contradicted
      ? `Counterclaim marked ${contradicted} contradicted ${contradicted === 1 ? 'claim' : 'claims'} on this page.`
      : `Counterclaim marked ${entries.length} known ${entries.length === 1 ? 'claim' : 'claims'} on this page.`;
  }

  let pointerFrame = 0;
  listen(doc, 'mousemove', (event) => {
    if (pointerFrame || entries.length === 0) return;
    pointerFrame = win.requestAnimationFrame(() => {
      pointerFrame = 0;
      const entry = entryAt(event.clientX, event.clientY);
      if (entry) scheduleShow(entry);
      else if (open && !open.pinned && !event.composedPath().includes(open.card)) scheduleClose();
    });
  }, { passive: true });
  listen(doc, 'click', (event) => {
    if (open && event.composedPath().includes(open.card)) return;
    const entry = entryAt(event.clientX, event.clientY);
    if (entry) show(entry, true);
    else if (open && !event.composedPath().includes(open.entry.badge)) close(false);
  });
  listen(doc, 'keydown', (event) => {
    // Esc with focus in the page (a card opened by hover); inside our UI the card and badge handle it.
    if (event.key === 'Escape' && open) close(false);
  });
  let frame = 0;
  const schedulePlace = () => {
    if (!frame) frame = win.requestAnimationFrame(() => { frame = 0; place(); });
  };
  listen(win, 'resize', schedulePlace, { passive: true });

  return {
    add(annotations) {
      const added: Entry[] = [];
      for (const annotation of annotations) {
        const entry = { annotation, badge: makeBadge(annotation) };
        // Keep page order, so Tab moves through the badges as the text reads.
        const at = entries.findIndex((e) => before(annotation.range, e.annotation.range));
        if (at < 0) {
          entries.push(entry);
          badges.append(entry.badge);
        } else {
          entries.splice(at, 0, entry);
          entries[at + 1].badge.before(entry.badge);
        }
        added.push(entry);
      }
      placeBadges(added);
      announce();
    },
    remove(test) {
      const removed: Annotation[] = [];
      for (let i = entries.length - 1; i >= 0; i--) {
        if (!test(entries[i].annotation)) continue;
        if (open?.entry === entries[i]) close(false);
        entries[i].badge.remove();
        removed.push(entries.splice(i, 1)[0].annotation);
      }
      if (removed.length) announce();
      return removed;
    },
    reveal(key) {
      const entry = entries.find((e) => e.annotation.key === key);
      if (!entry) return undefined;
      const start = entry.annotation.range.startContainer;
      (start.nodeType === 1 ? (start as Element) : start.parentElement)?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      place();
      show(entry, true);
      return entry.annotation;
    },
    notice(text, ms) {
      notice.textContent = text ?? '';
      notice.hidden = !text;
      if (text && ms) {
        win.setTimeout(() => {
          if (notice.textContent === text) notice.hidden = true;
        }, ms);
      }
    },
    get size() {
      return entries.length;
    },
    reposition: place,
    destroy() {
      close(false);
      win.clearTimeout(hoverTimer);
      entries.length = 0;
      root.replaceChildren();
    },
  };
}
