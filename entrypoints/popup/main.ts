/**
 * The popup: a summary of one tab (the active one, or `?tab=<id>`): counts, a timeline of the
 * statements involved, and the marks in page order with what contradicts them. Clicking a
 * mark scrolls the page to it.
 */
import browser from 'webextension-polyfill';
import { isContradicted, type ClaimView, type MatchView, type PageState, type TabSummary } from '../../lib/messages';
import { formatDate } from '../../lib/annotate';
import { t } from './i18n';
import { renderTimeline } from './timeline';
import { renderHighlightsPanel } from './highlights-panel';
import { el } from '../../lib/dom';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const STATUS: Record<PageState, string> = {
  working: 'stateWorking', quiet: 'stateQuiet', 'not-article': 'stateNotArticle', 'off-topic': 'stateOffTopic',
  'no-matches': 'stateNoMatches', done: '', error: 'stateError',
};

/** Only http(s) sources become links. */
function sourceLink(claim: ClaimView): Node {
  return /^https?:\/\//i.test(claim.url) ? el('a', { href: claim.url, target: '_blank', rel: 'noopener noreferrer' }, claim.outlet) : document.createTextNode(claim.outlet);
}

async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function setStatus(text: string, error = false): void {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

function matchItem(match: MatchView, claims: Record<string, ClaimView>, reveal: () => void): HTMLElement {
  const claim = claims[match.claim];
  const denied = match.negates ? claims[match.negates] : undefined;
  const button = el('button', { type: 'button', class: 'reveal', title: t('showInPage') },
    el('span', { class: 'sentence' }, `“${match.sentence}”`),
    el('span', { class: 'claim' }, `${denied ? t('denies') : t('repeats')}: ${(denied ?? claim)?.text ?? match.claim}`));
  button.addEventListener('click', reveal);
  const item = el('li', { 'data-claim-id': match.claim, class: isContradicted(match) ? 'contradicted' : 'matched' }, button);
  const against = match.contradictedBy.map((id) => claims[id]).filter(Boolean);
  if (against.length) {
    item.append(el('p', { class: 'against-heading' }, t('contradictedBy')), el('ul', { class: 'against' },
      ...against.map((c) => el('li', { 'data-against-id': c.id }, `${c.speaker}, `, sourceLink(c), `, ${formatDate(c.date)}: ${c.text}`))));
  }
  return item;
}

function render({ summary, frameId }: TabSummary, tabId: number): void {
  $('page-title').textContent = summary.title;
  $('facts').hidden = false;
  $('is-article').textContent = summary.isArticle ? t('yes') : t('no');
  $('is-about').textContent = summary.about ? `${t('yes')} (${Math.round(summary.topicScore * 100)}%)` : t('no');
  $('count-matches').textContent = String(summary.matches.length);
  $('count-contradictions').textContent = String(summary.matches.filter(isContradicted).length);
  const hidden = summary.hidden ? ` ${t('hiddenMatches', summary.hidden)}` : '';
  const stateText = summary.state === 'error' ? summary.error ?? t(STATUS.error) : STATUS[summary.state] ? t(STATUS[summary.state]) : '';
  setStatus(`${stateText}${hidden}`.trim(), summary.state === 'error');
  const involved = new Map<string, ClaimView>();
  for (const match of summary.matches) {
    for (const id of [match.negates ?? match.claim, ...match.contradictedBy]) if (summary.claims[id]) involved.set(id, summary.claims[id]);
  }
  $('timeline').replaceChildren(...[renderTimeline([...involved.values()])].filter((n): n is SVGSVGElement => n !== null));
  $('matches').replaceChildren(...summary.matches.map((match) => matchItem(match, summary.claims, () => {
    if (match.key) browser.tabs.sendMessage(tabId, { type: 'reveal', key: match.key }, { frameId }).catch(() => undefined);
  })));
}

async function showHighlights(pageKey: string | undefined): Promise<void> {
  if (!pageKey) return;
  $('highlights-section').hidden = false;
  await renderHighlightsPanel($('highlights'), { pageKey, say: (text, error) => setStatus(text, error) });
}

async function main(): Promise<void> {
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n!);
  const tabId = await targetTab();
  if (tabId === undefined) {
    setStatus(t('noTab'), true);
    return;
  }
  setStatus(t('stateWorking'));
  // The page may still be being read: ask again until it has an answer.
  for (let attempt = 0; attempt < 60; attempt++) {
    const found = (await browser.runtime.sendMessage({ type: 'get-tab-summary', tabId }).catch(() => null)) as TabSummary | null;
    if (found) {
      render(found, tabId);
      if (found.summary.state !== 'working') {
        await showHighlights(found.summary.pageKey);
        return;
      }
    } else if (attempt >= 4) {
      setStatus(t('stateUnreachable'));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

void main();
