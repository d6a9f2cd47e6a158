/**
 * The background's answers to messages. Every message is validated against our schema and
 * its sender checked: page scripts cannot reach the background at all, content scripts may
 * only ask for checks and report findings, and only our own pages may read a tab's findings.
 */
import type browser from 'webextension-polyfill';
import { parseMessage, type CheckPageMessage, type CheckPageReply, type PageSummary, type TabSummary } from '../../lib/messages';

export interface BackgroundDeps {
  extensionId: string;
  /** The origin of our own pages, e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  checkPage(message: CheckPageMessage): Promise<CheckPageReply>;
  recordFrame(tabId: number, frameId: number, summary: PageSummary): Promise<void>;
  tabSummary(tabId: number): Promise<TabSummary | null>;
}

/** The reply to send, or undefined when the message is not ours to answer. */
export function answer(raw: unknown, sender: browser.Runtime.MessageSender, deps: BackgroundDeps): Promise<unknown> | undefined {
  if (sender.id !== deps.extensionId) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  const fromOurPage = !!sender.url?.startsWith(deps.extensionOrigin);
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'check-page':
      return deps.checkPage(message).catch(
        (error: Error): CheckPageReply => ({ about: false, topicScore: 0, matches: [], claims: {}, error: error.message }),
      );
    case 'frame-report':
      if (tabId === undefined || fromOurPage) return undefined;
      return deps.recordFrame(tabId, sender.frameId ?? 0, message.summary).then(() => true, () => false);
    case 'get-tab-summary':
      return fromOurPage ? deps.tabSummary(message.tabId) : undefined;
    default:
      return undefined;
  }
}
