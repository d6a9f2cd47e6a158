/**
 * "Highlight" and "Check against claims" for the reader's selection: a context menu on
 * selected text and a keyboard shortcut, both handed to the content script of that frame.
 */
import browser from 'webextension-polyfill';

const MENU_HIGHLIGHT = 'counterclaim-highlight';
const MENU_CHECK = 'counterclaim-check';
export const HIGHLIGHT_COMMAND = 'highlight-selection';

function send(tabId: number | undefined, frameId: number | undefined, check: boolean): void {
  if (tabId === undefined || tabId < 0) return;
  browser.tabs.sendMessage(tabId, { type: 'highlight-selection', check }, { frameId: frameId ?? 0 }).catch(() => undefined);
}

export function setUpHighlightCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().finally(() => {
      browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: 'Highlight', contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_CHECK, title: 'Check against claims', contexts: ['selection'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_HIGHLIGHT || info.menuItemId === MENU_CHECK) send(tab?.id, info.frameId, info.menuItemId === MENU_CHECK);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== HIGHLIGHT_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    send(tab?.id, 0, false);
  });
}
