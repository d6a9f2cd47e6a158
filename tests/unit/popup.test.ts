// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary, TabSummary } from '../../lib/messages';

// Vitest runs from the project root (jsdom gives import.meta.url an http scheme).
const html = readFileSync('entrypoints/popup/index.html', 'utf8');
const base: PageSummary = {
  pageId: 'p', state: 'done', url: 'https://news.example/a', title: 'A story', isArticle: true, about: true,
  topicScore: 1, sentences: 10, matches: [], hidden: 0, claims: {},
};

/** Loads the popup for tab 7, with the background answering `answers` in turn. */
async function popupWith(answers: Array<TabSummary | null>): Promise<Document> {
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/, '');
  window.history.replaceState(null, '', '/popup.html?tab=7');
  let call = 0;
  fakeBrowser.runtime.onMessage.addListener(async () => answers[Math.min(call++, answers.length - 1)]);
  vi.resetModules();
  await import('../../entrypoints/popup/main');
  return document;
}

describe('popup states', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    (fakeBrowser.i18n as unknown as { getMessage: (key: string) => string }).getMessage = (key) => `[${key}]`;
  });

  it('says it is still reading while the page is being checked', async () => {
    const doc = await popupWith([{ frameId: 0, summary: { ...base, state: 'working' } }]);
    await vi.waitFor(() => expect(doc.getElementById('status')!.textContent).toBe('[stateWorking]'));
  });

  it('shows the error the page reported, in words, as an error', async () => {
    const doc = await popupWith([{ frameId: 0, summary: { ...base, state: 'error', error: 'Could not check this page: the index is damaged' } }]);
    await vi.waitFor(() => expect(doc.getElementById('status')!.textContent).toBe('Could not check this page: the index is damaged'));
    expect(doc.getElementById('status')!.classList.contains('error')).toBe(true);
  });

  it('says so when it cannot reach the page at all', async () => {
    const doc = await popupWith([null]);
    await vi.waitFor(() => expect(doc.getElementById('status')!.textContent).toBe('[stateUnreachable]'), { timeout: 3000 });
  });
});
