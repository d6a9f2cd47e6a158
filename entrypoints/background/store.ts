/**
 * Typed storage items shared by background, content script, popup and options: one definition
 * each, versioned, parsed on read so that a damaged value never breaks the extension.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { HighlightStoreSchema, PageHighlightsSchema, type HighlightStore, type SavedHighlight } from '../../lib/highlights';
import { DEFAULT_SETTINGS, parseImportedCorpora, parseSettings, type ImportedCorpus, type Settings } from '../../lib/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
export const importedCorporaItem = storage.defineItem<ImportedCorpus[]>('local:corpora', { fallback: [], version: 1 });

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function readImportedCorpora(): Promise<ImportedCorpus[]> {
  return parseImportedCorpora(await importedCorporaItem.getValue());
}

/** A failed write (a full quota) says so in words a reader understands; nothing saved is lost. */
export function storageError(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  return /quota|QUOTA_BYTES|exceeded/i.test(message)
    ? 'Not enough storage space for this: delete an imported corpus or some saved highlights, then try again. Nothing already saved was lost.'
    : `Could not save: ${message}`;
}

export const highlightsItem = storage.defineItem<HighlightStore>('local:highlights', { fallback: {}, version: 1 });

/** Saved highlights, dropping any page entry that no longer fits the schema. */
export async function readHighlights(): Promise<HighlightStore> {
  const value = await highlightsItem.getValue();
  const result = v.safeParse(HighlightStoreSchema, value ?? {});
  if (result.success) return result.output;
  const kept: HighlightStore = {};
  for (const [url, page] of Object.entries(value ?? {})) {
    const one = v.safeParse(PageHighlightsSchema, page);
    if (one.success) kept[url] = one.output;
  }
  return kept;
}

/** Read, change, write: one page's highlights. Throws storage errors (a full quota) to the caller. */
export async function updatePageHighlights(url: string, title: string, change: (list: SavedHighlight[]) => SavedHighlight[]): Promise<void> {
  const store = await readHighlights();
  const highlights = change(store[url]?.highlights ?? []);
  if (highlights.length) store[url] = { url, title: store[url]?.title || title, highlights };
  else delete store[url];
  await highlightsItem.setValue(store);
}
