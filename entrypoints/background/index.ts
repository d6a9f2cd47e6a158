/**
 * The background owns the corpus and its index (built at build time), answers the content
 * script's check requests, keeps each tab's findings for the popup, and the toolbar badge.
 */
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { checkPage, watchCorpora } from './corpora';
import { setUpHighlightCommands } from './highlight-commands';
import { answer, type BackgroundDeps } from './messages';
import { clearTab, contradictionsIn, forgetTab, recordFrame, tabSummary } from './tab-summaries';

async function showCount(tabId: number, contradictions: number): Promise<void> {
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: contradictions ? String(contradictions) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#d9480f' });
}

export default defineBackground(() => {
  watchCorpora();
  setUpHighlightCommands();
  const deps: BackgroundDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    checkPage,
    async recordFrame(tabId, frameId, summary) {
      await showCount(tabId, contradictionsIn(await recordFrame(tabId, frameId, summary)));
    },
    tabSummary,
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => answer(raw, sender, deps));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A new document in the tab: the findings of the last one are gone (no 'tabs' permission needed for status).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId).then(() => showCount(tabId, 0)).catch(() => undefined);
  });
});
