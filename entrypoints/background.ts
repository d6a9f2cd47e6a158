/**
 * The background owns the corpus and its index (built at build time), answers the content
 * script's check requests, and keeps the toolbar badge in step with each tab.
 */
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { corpus, index } from 'virtual:bundled-corpus';
import { CorpusChecker } from '../lib/check';
import { claimView } from '../lib/claim-view';
import { parseMessage, type CheckPageMessage, type CheckPageReply, type ClaimView } from '../lib/messages';

let checker: CorpusChecker | undefined;
/** Loaded on the first article, not at start-up: most pages never need it. */
const getChecker = () => (checker ??= CorpusChecker.withIndex(corpus, index));

function checkPage(message: CheckPageMessage): CheckPageReply {
  const current = getChecker();
  const verdict = current.checkPage(message.title, message.sentences);
  const claims: Record<string, ClaimView> = {};
  for (const match of verdict.matches) {
    for (const id of [match.claim, match.negates, ...match.contradictedBy, ...match.supportedBy]) {
      const claim = id ? current.relations.claim(id) : undefined;
      if (claim) claims[claim.id] = claimView(claim);
    }
  }
  return { ...verdict, claims };
}

async function showCount(tabId: number | undefined, contradictions: number): Promise<void> {
  if (tabId === undefined) return;
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: contradictions ? String(contradictions) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#d9480f' });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined; // only our own contexts
    const message = parseMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'check-page':
        try {
          return Promise.resolve(checkPage(message));
        } catch (error) {
          return Promise.resolve({ about: false, topicScore: 0, matches: [], claims: {}, error: (error as Error).message } satisfies CheckPageReply);
        }
      case 'show-count':
        return showCount(sender.tab?.id, message.contradictions).then(() => true, () => false);
      default:
        return undefined;
    }
  });
});
