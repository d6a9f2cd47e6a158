/**
 * What each frame of each tab has found, so the popup can summarise a tab (an article may sit
 * in an iframe) and the toolbar badge can count its contradictions. Kept in storage.session as
 * well, since a Chrome service worker is stopped when idle and loses its memory.
 */
import browser from 'webextension-polyfill';
import { isContradicted, type PageSummary, type TabSummary } from '../../lib/messages';

type Frames = Record<string, PageSummary>;

const memory = new Map<number, Frames>();
const storageKey = (tabId: number) => `tab-${tabId}`;
const session = () => (browser.storage as unknown as { session?: browser.Storage.StorageArea }).session;

async function framesOf(tabId: number): Promise<Frames> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await session()?.get(storageKey(tabId)))?.[storageKey(tabId)] as Frames | undefined;
  const frames = stored ?? {};
  memory.set(tabId, frames);
  return frames;
}

export async function recordFrame(tabId: number, frameId: number, summary: PageSummary): Promise<Frames> {
  // A page load clears the tab (forgetTab, on 'loading'); frames report in any order after it.
  const frames = await framesOf(tabId);
  frames[String(frameId)] = summary;
  memory.set(tabId, frames);
  await session()?.set({ [storageKey(tabId)]: frames }).catch(() => undefined);
  return frames;
}

/** A new document in the tab: nothing found yet (kept as an empty record, so a late read of
 * storage.session cannot bring the last page's findings back). */
export async function clearTab(tabId: number): Promise<void> {
  memory.set(tabId, {});
  await session()?.set({ [storageKey(tabId)]: {} }).catch(() => undefined);
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await session()?.remove(storageKey(tabId)).catch(() => undefined);
}

/** The tab's story: the frame with the most marks, or the top frame when none has any. */
export async function tabSummary(tabId: number): Promise<TabSummary | null> {
  const frames = await framesOf(tabId);
  const ranked = Object.entries(frames).sort(([a, x], [b, y]) => y.matches.length - x.matches.length || Number(a) - Number(b));
  const best = ranked[0];
  return best ? { frameId: Number(best[0]), summary: best[1] } : null;
}

export function contradictionsIn(frames: Frames): number {
  return Object.values(frames).reduce((sum, frame) => sum + frame.matches.filter(isContradicted).length, 0);
}
