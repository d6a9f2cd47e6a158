/**
 * The corpora section: the bundled corpus and imported ones, each switchable; import from a
 * file or an https URL, with the corpus check's errors shown when an import is refused.
 */
import browser from 'webextension-polyfill';
import { corpus as bundled } from 'virtual:bundled-corpus';
import { importCorpus } from '../../lib/corpus';
import type { ImportedCorpus } from '../../lib/settings';
import { importedCorporaItem, readImportedCorpora, readSettings, settingsItem, storageError } from '../background/store';
import { el, say } from './dom';

const today = () => new Date().toISOString().slice(0, 10);

function showErrors(errors: string[]): void {
  const list = document.getElementById('import-errors')!;
  list.replaceChildren(...errors.slice(0, 50).map((e) => el('li', {}, e)));
  if (errors.length > 50) list.append(el('li', {}, `… and ${errors.length - 50} more`));
  list.hidden = errors.length === 0;
}

function row(cells: Array<Node | string>): HTMLTableRowElement {
  return el('tr', {}, ...cells.map((cell) => el('td', {}, cell))) as HTMLTableRowElement;
}

export async function renderCorpora(): Promise<void> {
  const [settings, imported] = await Promise.all([readSettings(), readImportedCorpora()]);
  const body = document.querySelector('#corpora tbody')!;
  const toggle = (checked: boolean, label: string, onChange: (on: boolean) => Promise<void>) => {
    const box = el('input', { type: 'checkbox', 'aria-label': label }) as HTMLInputElement;
    box.checked = checked;
    box.addEventListener('change', () => void onChange(box.checked).catch((e) => say(storageError(e), true)));
    return box;
  };
  const rows = [
    row([
      toggle(settings.bundledEnabled, `Use ${bundled.meta.name}`, async (on) => settingsItem.setValue({ ...(await readSettings()), bundledEnabled: on })),
      bundled.meta.name, String(bundled.claims.length), bundled.meta.updated, 'bundled', '',
    ]),
    ...imported.map((record) => {
      const remove = el('button', { type: 'button', 'aria-label': `Delete ${record.name}` }, 'Delete');
      remove.addEventListener('click', () => void setImported((list) => list.filter((c) => c.id !== record.id)).then(() => say(`Deleted ${record.name}.`)));
      return row([
        toggle(record.enabled, `Use ${record.name}`, (on) => setImported((list) => list.map((c) => (c.id === record.id ? { ...c, enabled: on } : c)))),
        record.name, String(record.corpus.claims.length), record.importedAt.slice(0, 10), record.from, remove,
      ]);
    }),
  ];
  body.replaceChildren(...rows);
}

async function setImported(change: (list: ImportedCorpus[]) => ImportedCorpus[]): Promise<void> {
  await importedCorporaItem.setValue(change(await readImportedCorpora()));
  await renderCorpora();
}

async function addCorpus(text: string, origin: 'file' | 'url', from: string): Promise<void> {
  showErrors([]);
  const name = from.replace(/^.*[\\/]/, '').replace(/\.(json|html?)$/i, '') || 'Imported corpus';
  const result = importCorpus(text, { name, today: today() });
  if (!result.ok) {
    say(`${from} was not imported: fix the problems below and try again.`, true);
    showErrors(result.errors);
    return;
  }
  const id = `${result.corpus.meta.id}-${Date.now().toString(36)}`;
  const record: ImportedCorpus = {
    id, name: result.corpus.meta.name, origin, from, importedAt: new Date().toISOString(), enabled: true, corpus: result.corpus,
  };
  try {
    await setImported((list) => [...list, record]);
  } catch (error) {
    say(storageError(error), true);
    return;
  }
  const warnings = result.warnings.length ? ` (${result.warnings.length} warnings)` : '';
  say(`Imported ${record.name}: ${result.corpus.claims.length} claims${warnings}.`);
  showErrors(result.warnings);
}

export function wireCorporaImport(): void {
  const file = document.getElementById('import-file') as HTMLInputElement;
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    await addCorpus(await chosen.text(), 'file', chosen.name);
    file.value = '';
  });
  document.getElementById('import-url-form')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = document.getElementById('import-url') as HTMLInputElement;
    let url: URL;
    try {
      url = new URL(input.value.trim());
      if (url.protocol !== 'https:') throw new Error('not https');
    } catch {
      say('Enter a full https:// address.', true);
      return;
    }
    // Each corpus host is asked for when it is first used, never granted up front.
    const granted = await browser.permissions.request({ origins: [`${url.origin}/*`] }).catch(() => false);
    if (!granted) {
      say(`Counterclaim needs your permission to read ${url.host}.`, true);
      return;
    }
    try {
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      await addCorpus(await response.text(), 'url', url.href);
      input.value = '';
    } catch (error) {
      say(`Could not download ${url.href}: ${(error as Error).message}`, true);
    }
  });
}
