/**
 * The popup: a summary of one tab (the active one, or `?tab=<id>`), its marks in page order;
 * clicking one scrolls the page to it.
 */
import browser from 'webextension-polyfill';
import { isContradicted, type PageSummary, type TabSummary } from '../../lib/messages';
import { formatDate } from '../../lib/annotate/card';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const STATUS: Record<PageSummary['state'], string> = {
  working: 'Still reading this page…',
  quiet: 'Counterclaim stays quiet on this site (see Options).',
  'not-article': 'This page is not an article, so Counterclaim leaves it alone.',
  'off-topic': 'This article is not about the topic of the enabled corpus.',
  'no-matches': 'No known claims were found on this page.',
  done: '',
  error: 'Something went wrong while checking this page.',
};

async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function setStatus(text: string, error = false): void {
  const status = $('status');
  status.textContent = text;
  status.hidden = !text;
  status.classList.toggle('error', error);
}

function render({ summary, frameId }: TabSummary, tabId: number): void {
  $('page-title').textContent = summary.title;
  $('facts').hidden = false;
  $('is-article').textContent = summary.isArticle ? 'Yes' : 'No';
  $('is-about').textContent = summary.about ? `Yes (${Math.round(summary.topicScore * 100)}%)` : 'No';
  $('count-matches').textContent = String(summary.matches.length);
  $('count-contradictions').textContent = String(summary.matches.filter(isContradicted).length);
  const hidden = summary.hidden ? ` ${summary.hidden} more matches on this long page were not marked.` : '';
  setStatus((summary.state === 'error' ? summary.error ?? STATUS.error : STATUS[summary.state]) + hidden, summary.state === 'error');
  const list = $('matches');
  list.replaceChildren();
  summary.matches.forEach((match) => {
    const claim = summary.claims[match.claim];
    const item = document.createElement('li');
    item.dataset.claimId = match.claim;
    item.classList.toggle('contradicted', isContradicted(match));
    const button = document.createElement('button');
    button.type = 'button';
    const sentence = document.createElement('span');
    sentence.className = 'sentence';
    sentence.textContent = `“${match.sentence}”`;
    const said = document.createElement('span');
    said.className = 'claim';
    said.textContent = claim ? claim.text : match.claim;
    button.append(sentence, said);
    const first = summary.claims[match.contradictedBy[0]];
    if (first) {
      const against = document.createElement('span');
      against.className = 'against';
      const more = match.contradictedBy.length > 1 ? ` and ${match.contradictedBy.length - 1} more` : '';
      against.textContent = `Contradicted by ${first.speaker}, ${first.outlet}, ${formatDate(first.date)}${more}`;
      button.append(against);
    }
    button.addEventListener('click', () => {
      if (match.key) browser.tabs.sendMessage(tabId, { type: 'reveal', key: match.key }, { frameId }).catch(() => undefined);
    });
    item.append(button);
    list.append(item);
  });
}

async function main(): Promise<void> {
  const tabId = await targetTab();
  if (tabId === undefined) {
    setStatus('No tab to summarise.', true);
    return;
  }
  // The page may still be being read: ask again until it has an answer.
  for (let attempt = 0; attempt < 60; attempt++) {
    const found = (await browser.runtime.sendMessage({ type: 'get-tab-summary', tabId }).catch(() => null)) as TabSummary | null;
    if (found) {
      render(found, tabId);
      if (found.summary.state !== 'working') return;
    } else if (attempt >= 4) {
      setStatus('Counterclaim has not read this page: browser pages and the extension store are off limits, and pages opened before the extension was installed need a reload.');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

void main();
