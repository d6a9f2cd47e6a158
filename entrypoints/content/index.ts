/**
 * Content script: wiring only. Reads the page (lib/read-page), asks the background to check
 * it, draws the answer, and answers the popup. On a page that is not an article it stops after
 * the cheap test and only answers the popup.
 */
import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPage } from '../../lib/read-page';
import { isContradicted, parseMessage, type CheckPageReply, type PageSummary } from '../../lib/messages';
import { showAnnotations, type ShownAnnotations } from './annotations';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => run(ctx),
});

async function run(ctx: ContentScriptContext): Promise<void> {
  const summary: PageSummary = {
    state: 'working', url: location.href, title: document.title, isArticle: false, about: false,
    topicScore: 0, sentences: 0, matches: [], claims: {},
  };
  let shown: ShownAnnotations | undefined;

  const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'get-summary') return Promise.resolve(summary);
    if (message?.type === 'reveal') {
      shown?.reveal(message.index);
      return Promise.resolve(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    shown?.remove();
  });

  const page = readPage(document);
  summary.isArticle = page.isArticle;
  summary.title = page.title || document.title;
  summary.sentences = page.sentences.length;
  if (!page.isArticle) {
    summary.state = 'not-article';
    return;
  }

  let reply: CheckPageReply;
  try {
    reply = (await browser.runtime.sendMessage({ type: 'check-page', title: page.title, sentences: page.sentences })) as CheckPageReply;
  } catch (error) {
    if (!ctx.isValid) return; // the extension was reloaded meanwhile: nothing to report
    summary.state = 'error';
    summary.error = `Could not check this page: ${(error as Error).message}`;
    return;
  }
  if (!ctx.isValid) return;
  Object.assign(summary, { about: reply.about, topicScore: reply.topicScore, matches: reply.matches, claims: reply.claims });
  if (reply.error) {
    summary.state = 'error';
    summary.error = reply.error;
    return;
  }
  if (!reply.about) {
    summary.state = 'off-topic';
    return;
  }
  if (reply.matches.length === 0) {
    summary.state = 'no-matches';
    return;
  }
  shown = await showAnnotations(ctx, reply, page.map);
  summary.state = 'done';
  await browser.runtime.sendMessage({ type: 'show-count', contradictions: reply.matches.filter(isContradicted).length }).catch(() => undefined);
}
