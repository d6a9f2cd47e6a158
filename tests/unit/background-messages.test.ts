import { describe, expect, it, vi } from 'vitest';
import { answer, type BackgroundDeps } from '../../entrypoints/background/messages';

const ORIGIN = 'chrome-extension://ours/';
function deps(): BackgroundDeps {
  return {
    extensionId: 'ours',
    extensionOrigin: ORIGIN,
    checkPage: vi.fn(async () => ({ about: true, topicScore: 1, matches: [], claims: {} })),
    recordFrame: vi.fn(async () => undefined),
    tabSummary: vi.fn(async () => null),
  };
}
const summary = {
  pageId: 'p1', state: 'done', url: 'https://news.example/a', title: 'A', isArticle: true, about: true,
  topicScore: 1, sentences: 3, matches: [], claims: {},
};
const contentScript = { id: 'ours', url: 'https://news.example/a', tab: { id: 7 } as never, frameId: 0 };
const popup = { id: 'ours', url: `${ORIGIN}popup.html?tab=7` };

describe('background messages', () => {
  it('answers a content script\'s check request', async () => {
    const d = deps();
    await expect(answer({ type: 'check-page', title: 'T', sentences: [{ text: 'Meta plans…', start: 0, end: 11 }] }, contentScript, d)).resolves.toMatchObject({ about: true });
    expect(d.checkPage).toHaveBeenCalledOnce();
  });

  it('passes on the claims marked earlier on the page, and whether the sentences are a reader\'s selection', async () => {
    const d = deps();
    const sentences = [{ text: 'Meta plans…', start: 0, end: 11 }];
    await answer({ type: 'check-page', title: 'T', sentences, marked: ['a-claim'], selection: true }, contentScript, d);
    await answer({ type: 'check-page', title: 'T', sentences }, contentScript, d);
    expect(d.checkPage).toHaveBeenNthCalledWith(1, expect.objectContaining({ marked: ['a-claim'], selection: true }));
    expect(d.checkPage).toHaveBeenNthCalledWith(2, expect.objectContaining({ marked: [], selection: false }));
    expect(answer({ type: 'check-page', title: 'T', sentences, marked: 'a-claim' }, contentScript, d)).toBeUndefined();
  });

  it('ignores messages from other extensions and malformed messages', () => {
    const d = deps();
    expect(answer({ type: 'check-page', title: 'T', sentences: [] }, { ...contentScript, id: 'someone-else' }, d)).toBeUndefined();
    expect(answer({ type: 'check-page', title: 42 }, contentScript, d)).toBeUndefined();
    expect(answer({ type: 'delete-everything' }, contentScript, d)).toBeUndefined();
    expect(answer('<script>alert(1)</script>', contentScript, d)).toBeUndefined();
    expect(d.checkPage).not.toHaveBeenCalled();
  });

  it('lets only our own pages read what a tab has found, never a content script', async () => {
    const d = deps();
    expect(answer({ type: 'get-tab-summary', tabId: 7 }, contentScript, d)).toBeUndefined();
    await answer({ type: 'get-tab-summary', tabId: 7 }, popup, d);
    expect(d.tabSummary).toHaveBeenCalledWith(7);
  });

  it('records findings only from a frame of a tab, and refuses a malformed summary', async () => {
    const d = deps();
    await answer({ type: 'frame-report', summary }, { ...contentScript, frameId: 3 }, d);
    expect(d.recordFrame).toHaveBeenCalledWith(7, 3, expect.objectContaining({ pageId: 'p1' }));
    expect(answer({ type: 'frame-report', summary }, popup, d)).toBeUndefined();
    expect(answer({ type: 'frame-report', summary: { ...summary, matches: 'lots' } }, contentScript, d)).toBeUndefined();
  });

  it('reports a failed check as an error reply instead of throwing', async () => {
    const d = deps();
    d.checkPage = async () => {
      throw new Error('index not loaded');
    };
    await expect(answer({ type: 'check-page', title: 'T', sentences: [] }, contentScript, d)).resolves.toMatchObject({ error: 'index not loaded' });
  });
});
