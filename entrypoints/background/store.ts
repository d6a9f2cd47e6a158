/**
 * Typed storage items shared by background, content script, popup and options: one definition
 * each, versioned, parsed on read so that a damaged value never breaks the extension.
 */
import { storage } from 'wxt/utils/storage';
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
