/**
 * The card that explains a mark: the claim the sentence repeats and the claims against it.
 * Built with DOM calls and textContent only: page and corpus text is data, never markup.
 */
import type { ClaimView, MatchView } from '../messages';
import { element as el } from '../dom';

export interface CardView {
  match: MatchView;
  claim: ClaimView;
  /** The claim the sentence denies, when it denies one. */
  negates?: ClaimView;
  against: ClaimView[];
}

/** Only http(s) links are ever made clickable. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const when = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  return when.toLocaleDateString('en-GB', { year: 'numeric', month: 'short', ...(d ? { day: 'numeric' } : {}), timeZone: 'UTC' });
}

function sourceLine(doc: Document, claim: ClaimView): HTMLElement {
  const href = safeHref(claim.url);
  const outlet = href
    ? el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'outlet' }, claim.outlet)
    : el(doc, 'span', { class: 'outlet' }, claim.outlet);
  return el(doc, 'p', { class: 'source' },
    el(doc, 'span', { class: 'speaker' }, claim.speaker), ' · ', outlet, ' · ',
    el(doc, 'time', { datetime: claim.date }, formatDate(claim.date)));
}

function claimBlock(doc: Document, claim: ClaimView, kind: 'said' | 'against'): HTMLElement {
  const block = el(doc, 'li', { class: `claim ${kind}`, 'data-claim-id': claim.id },
    el(doc, 'p', { class: 'claim-text' }, claim.text));
  if (claim.quote) block.append(el(doc, 'blockquote', { class: 'quote' }, `“${claim.quote}”`));
  block.append(sourceLine(doc, claim));
  return block;
}

/** How sure the match is, in words a reader understands. */
export function strengthLabel(score: number): string {
  if (score >= 0.8) return 'Close match';
  if (score >= 0.65) return 'Good match';
  return 'Loose match';
}

export function renderCard(doc: Document, view: CardView, id: string): HTMLElement {
  const { match, claim, against } = view;
  const headingId = `${id}-heading`;
  const card = el(doc, 'div', { class: 'card', id, role: 'dialog', 'aria-labelledby': headingId, tabindex: '-1' });
  const heading = against.length
    ? `Contradicted by ${against.length} ${against.length === 1 ? 'claim' : 'claims'}`
    : 'Repeats a known claim';
  card.append(el(doc, 'h2', { id: headingId, class: against.length ? 'contradicted' : 'matched' }, heading));
  const said = el(doc, 'section', { class: 'said' },
    el(doc, 'h3', {}, view.negates ? 'This sentence denies' : 'This sentence repeats'),
    el(doc, 'ul', {}, claimBlock(doc, view.negates ?? claim, 'said')));
  card.append(said);
  if (against.length) {
    card.append(el(doc, 'section', { class: 'against' },
      el(doc, 'h3', {}, 'What contradicts it'),
      el(doc, 'ul', {}, ...against.map((c) => claimBlock(doc, c, 'against')))));
  }
  const why = match.matchedOn.length ? ` · matched on “${match.matchedOn.slice(0, 6).join(', ')}”` : '';
  card.append(el(doc, 'p', { class: 'why' }, `${strengthLabel(match.score)} (${Math.round(match.score * 100)}%)${why}`));
  return card;
}
