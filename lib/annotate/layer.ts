/**
 * The reader-facing layer over the page: one badge per mark in the margin, and one card at a
 * time. Lives inside a shadow root the caller provides; listens to the page only through the
 * `listen` function it is given, so the caller can release everything at once.
 */
import type { MarkKind } from './highlighter';
import { renderCard, type CardView } from './card';

export interface Annotation {
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
  /** Scrolls the n-th annotation into view and opens its card without taking focus. */
  reveal(index: number): void;
  reposition(): void;
  destroy(): void;
}

export function createLayer(doc: Document, root: HTMLElement, annotations: readonly Annotation[], listen: Listen): AnnotationLayer {
  const win = doc.defaultView!;
  const badges: HTMLButtonElement[] = [];
  let open: { index: number; card: HTMLElement; pinned: boolean } | null = null;
  let hoverTimer = 0;
  /** Set while Esc hands focus back to a badge, which must not reopen its card. */
  let returningFocus = false;

  const live = doc.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  root.append(live);

  annotations.forEach((annotation, index) => {
    const badge = doc.createElement('button');
    badge.type = 'button';
    badge.className = `badge ${annotation.kind === 'contradicted' ? 'contradicted' : 'matched'}`;
    badge.textContent = annotation.kind === 'contradicted' ? '!' : 'i';
    badge.dataset.claimId = annotation.view.claim.id;
    badge.dataset.index = String(index);
    const label = annotation.kind === 'contradicted'
      ? `Contradicted claim: ${annotation.view.claim.text}. Show what contradicts it.`
      : `Known claim: ${annotation.view.claim.text}. Show details.`;
    badge.setAttribute('aria-label', label);
    badge.setAttribute('aria-expanded', 'false');
    badge.addEventListener('click', () => (open?.index === index && open.pinned ? close(true) : show(index, true)));
    badge.addEventListener('focus', () => {
      if (!returningFocus) show(index, false);
    });
    badge.addEventListener('mouseenter', () => scheduleShow(index));
    badge.addEventListener('mouseleave', scheduleClose);
    badge.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        show(index, true);
        open?.card.focus();
      } else if (event.key === 'Escape' && open) {
        close(true);
      }
    });
    badges.push(badge);
    root.append(badge);
  });

  function rectsOf(index: number): DOMRect[] {
    return [...annotations[index].range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  }

  function place(): void {
    const viewport = doc.documentElement.clientWidth;
    annotations.forEach((annotation, index) => {
      const rects = rectsOf(index);
      const badge = badges[index];
      if (rects.length === 0) {
        badge.hidden = true;
        return;
      }
      badge.hidden = false;
      const first = rects[0];
      const block = (annotation.range.commonAncestorContainer.parentElement ?? doc.body).closest('p, li, blockquote, div, td, article') ?? doc.body;
      const right = Math.max(block.getBoundingClientRect().right, ...rects.map((r) => r.right));
      const x = Math.min(right + GAP, viewport - BADGE_SIZE - 2);
      badge.style.left = `${x + win.scrollX}px`;
      badge.style.top = `${first.top + win.scrollY + (first.height - BADGE_SIZE) / 2}px`;
    });
    if (open) placeCard(open.index, open.card);
  }

  function placeCard(index: number, card: HTMLElement): void {
    const rects = rectsOf(index);
    if (rects.length === 0) return;
    const last = rects[rects.length - 1];
    const viewportWidth = doc.documentElement.clientWidth;
    const viewportHeight = win.innerHeight;
    const width = card.offsetWidth || 380;
    const height = card.offsetHeight || 200;
    let left = Math.min(Math.max(GAP, rects[0].left), viewportWidth - width - GAP);
    left = Math.max(GAP, left);
    const below = last.bottom + GAP;
    const top = below + height <= viewportHeight || rects[0].top - GAP - height < 0 ? below : rects[0].top - GAP - height;
    card.style.left = `${left + win.scrollX}px`;
    card.style.top = `${top + win.scrollY}px`;
  }

  function show(index: number, pinned: boolean): void {
    win.clearTimeout(hoverTimer);
    if (open?.index === index) {
      open.pinned ||= pinned;
      return;
    }
    close(false);
    const card = renderCard(doc, annotations[index].view, `counterclaim-card-${index}`);
    card.addEventListener('mouseenter', () => win.clearTimeout(hoverTimer));
    card.addEventListener('mouseleave', scheduleClose);
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close(true);
    });
    root.append(card);
    badges[index].setAttribute('aria-expanded', 'true');
    badges[index].setAttribute('aria-controls', card.id);
    open = { index, card, pinned };
    placeCard(index, card);
  }

  function close(returnFocus: boolean): void {
    if (!open) return;
    const { index, card } = open;
    open = null;
    card.remove();
    badges[index].setAttribute('aria-expanded', 'false');
    badges[index].removeAttribute('aria-controls');
    if (returnFocus) {
      returningFocus = true;
      badges[index].focus({ preventScroll: true });
      returningFocus = false;
    }
  }

  function scheduleShow(index: number): void {
    win.clearTimeout(hoverTimer);
    hoverTimer = win.setTimeout(() => show(index, false), HOVER_OPEN_MS);
  }

  function scheduleClose(): void {
    win.clearTimeout(hoverTimer);
    if (open?.pinned) return;
    hoverTimer = win.setTimeout(() => close(false), HOVER_CLOSE_MS);
  }

  /** Which annotation's text is under the pointer, if any. */
  function annotationAt(x: number, y: number): number {
    for (let i = 0; i < annotations.length; i++) {
      for (const r of rectsOf(i)) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
    }
    return -1;
  }

  let pointerFrame = 0;
  listen(doc, 'mousemove', (event) => {
    if (pointerFrame) return;
    pointerFrame = win.requestAnimationFrame(() => {
      pointerFrame = 0;
      const index = annotationAt(event.clientX, event.clientY);
      if (index >= 0) scheduleShow(index);
      else if (open && !open.pinned && !event.composedPath().includes(open.card)) scheduleClose();
    });
  }, { passive: true });
  listen(doc, 'click', (event) => {
    if (open && event.composedPath().includes(open.card)) return;
    const index = annotationAt(event.clientX, event.clientY);
    if (index >= 0) show(index, true);
    else if (open && !event.composedPath().includes(badges[open.index])) close(false);
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

  place();
  const contradicted = annotations.filter((a) => a.kind === 'contradicted').length;
  live.textContent = contradicted
    ? `Counterclaim marked ${contradicted} contradicted ${contradicted === 1 ? 'claim' : 'claims'} on this page.`
    : `Counterclaim marked ${annotations.length} known ${annotations.length === 1 ? 'claim' : 'claims'} on this page.`;

  return {
    reveal(index) {
      const range = annotations[index]?.range;
      if (!range) return;
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      place();
      show(index, true);
    },
    reposition: place,
    destroy() {
      close(false);
      win.clearTimeout(hoverTimer);
      root.replaceChildren();
    },
  };
}
