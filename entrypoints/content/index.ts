/**
 * Content script: wiring only. A PageSession reads and checks the page; this file starts it,
 * watches for paragraphs that arrive later and for in-app navigation, answers the popup's
 * "reveal", and releases everything when the extension is reloaded.
 */
import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHighlighter } from '../../lib/annotate';
import { parseMessage } from '../../lib/messages';
import { OWN_NODE_ATTRIBUTE } from '../../lib/own-nodes';
import { mountAnnotationUi, type AnnotationUi } from './annotation-ui';
import { PageSession } from './page-session';
import { highlightsItem, readSettings } from '../background/store';
import { OwnHighlights, pageKey } from './own-highlights';
import { isQuiet } from '../../lib/settings';

/** Changes to the page are gathered this long before a new scan. */
const SETTLE_MS = 400;
/** How long a short message (a highlight saved) stays in the corner. */
const NOTICE_MS = 6000;
/** Smaller text changes (a clock, a counter) are not new paragraphs. */
const MIN_CHANGED_CHARS = 40;
/**
 * A page that is no article when first read may be an app still fetching its story: it is
 * watched this long after it loads (or after an in-app navigation), then left alone.
 */
const LATE_ARTICLE_MS = 15_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => void run(ctx),
});

async function run(ctx: ContentScriptContext): Promise<void> {
  const highlighter = createHighlighter(document);
  let ui: Promise<AnnotationUi> | undefined;
  const getUi = () => (ui ??= mountAnnotationUi(ctx));
  const session = new PageSession(document, getUi, highlighter, () => ctx.isValid);
  // A site the reader marked quiet gets nothing from us but one settings read and this report.
  const settings = await readSettings().catch(() => undefined);
  if (settings && isQuiet(location.href, settings.quietSites)) {
    if (window === window.top) session.quiet();
    return;
  }
  const tell = (text: string) => void getUi().then((mounted) => mounted.layer.notice(text, NOTICE_MS));
  const own = new OwnHighlights(document, highlighter, tell);
  const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'reveal') {
      session.reveal(message.key);
      return Promise.resolve(true);
    }
    if (message?.type === 'highlight-selection') return own.fromSelection(message.check).then(() => true);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  const observer = new MutationObserver((records) => {
    if (changedChars(records) >= MIN_CHANGED_CHARS) later();
  });
  // Articles are watched for as long as they are open; other pages only while an article could
  // still arrive (LATE_ARTICLE_MS), and cost nothing after.
  let mayStillArrive = true;
  const scan = () =>
    session.scan().then(() => {
      if (ctx.isValid && document.body && (session.current.isArticle || mayStillArrive)) {
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }
    });
  let lateWindow = 0;
  const openLateWindow = () => {
    mayStillArrive = true;
    clearTimeout(lateWindow);
    lateWindow = ctx.setTimeout(() => {
      mayStillArrive = false;
      if (!session.current.isArticle) observer.disconnect();
    }, LATE_ARTICLE_MS);
  };
  openLateWindow();
  let settle = 0;
  let restoring = 0;
  const later = () => {
    clearTimeout(settle);
    settle = ctx.setTimeout(() => void scan(), SETTLE_MS);
  };
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    // Fired before the address changes (Navigation API): the new one is on the event. A page
    // cannot forge it: its URL objects are not instances of this world's URL.
    const next = (event as { newUrl?: unknown }).newUrl;
    if (!(next instanceof URL) || next.href === session.current.url) return;
    session.reset(next.href);
    openLateWindow();
    own.forget(new Set());
    clearTimeout(restoring);
    restoring = ctx.setTimeout(() => void own.restore().catch(() => undefined), SETTLE_MS);
    session.report();
    later();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onMessage);
    highlighter.clear();
  });

  void scan();
  void own.restore().catch(() => undefined);
  const unwatch = highlightsItem.watch((store) => own.forget(new Set((store?.[pageKey(document)]?.highlights ?? []).map((h) => h.id))));
  ctx.onInvalidated(unwatch);
}

const isOurs = (node: Node | null): boolean =>
  !!node && (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(`[${OWN_NODE_ATTRIBUTE}]`) != null;

/** How much page text the mutations added or changed, ignoring our own nodes. */
function changedChars(records: readonly MutationRecord[]): number {
  let total = 0;
  for (const record of records) {
    if (isOurs(record.target)) continue;
    if (record.type === 'characterData') total += (record.target as CharacterData).data.length;
    for (const node of record.addedNodes) if (!isOurs(node)) total += node.textContent?.length ?? 0;
  }
  return total;
}
