/**
 * The background owns the corpus and its index (built at build time), answers the content
 * script's check requests, keeps each tab's findings for the popup, and the toolbar badge.
 */
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { corpus, index } from 'virtual:bundled-corpus';
import { CorpusChecker } from '../../lib/check';
import { claimView } from '../../lib/claim-view';
import type { CheckPageMessage, CheckPageReply, ClaimView } from '../../lib/messages';
import { answer, type BackgroundDeps } from './messages';
import { contradictionsIn, forgetTab, recordFrame, tabSummary } from './tab-summaries';

let checker: CorpusChecker | undefined;
/** Loaded on the first article, not at start-up: most pages never need it. */
const getChecker = () => (checker ??= CorpusChecker.withIndex(corpus, index));

function checkPage(message: CheckPageMessage): CheckPageReply {
  const current = getChecker();
  const verdict = message.onTopic
    ? { about: true, topicScore: 1, matches: message.sentences.flatMap((s) => current.checkSentence(s) ?? []) }
    : current.checkPage(message.title, message.sentences);
  const claims: Record<string, ClaimView> = {};
  for (const match of verdict.matches) {
    for (const id of [match.claim, match.negates, ...match.contradictedBy, ...match.supportedBy]) {
      const claim = id ? current.relations.claim(id) : undefined;
      if (claim) claims[claim.id] = claimView(claim);
    }
  }
  return { ...verdict, claims };
}

async function showCount(tabId: number, contradictions: number): Promise<void> {
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: contradictions ? String(contradictions) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#d9480f' });
}

export default defineBackground(() => {
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
});
