/**
 * Saved highlights, for one page (popup) or all pages (options): each with its quote, claim,
 * a note, and a flag when it could not be placed on the last visit; export as Markdown, W3C
 * Web Annotation JSON or CSV (download or copy), and, for all pages, search and import.
 */
import { fromWebAnnotation, toCsv, toMarkdown, toWebAnnotation, type PageHighlights, type SavedHighlight } from '../../lib/highlights';
import { highlightsItem, readHighlights, storageError, updatePageHighlights } from '../background/store';
import { el } from '../../lib/dom';
import { t } from './i18n';

type Format = 'markdown' | 'json' | 'csv';
const FORMATS: Record<Format, { label: string; type: string; extension: string; render: (pages: PageHighlights[]) => string }> = {
  markdown: { label: 'Markdown', type: 'text/markdown', extension: 'md', render: toMarkdown },
  json: { label: 'JSON (Web Annotation)', type: 'application/ld+json', extension: 'json', render: (pages) => JSON.stringify(toWebAnnotation(pages), null, 2) },
  csv: { label: 'CSV', type: 'text/csv', extension: 'csv', render: toCsv },
};

function download(text: string, format: Format, name: string): void {
  const { type, extension } = FORMATS[format];
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = el('a', { href: url, download: `${name}.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface PanelOptions {
  /** One page's key (popup), or undefined for every page (options). */
  pageKey?: string;
  /** Where status messages go. */
  say(text: string, error?: boolean): void;
}

export async function renderHighlightsPanel(root: HTMLElement, options: PanelOptions): Promise<void> {
  const store = await readHighlights();
  const pages = options.pageKey ? (store[options.pageKey] ? [store[options.pageKey]] : []) : Object.values(store);
  const all = !options.pageKey;
  const rerender = () => void renderHighlightsPanel(root, options);
  const search = el('input', { type: 'search', id: 'highlight-search', placeholder: t('searchHighlights'), 'aria-label': t('searchHighlights') }) as HTMLInputElement;
  const list = el('ul', { class: 'highlights' });

  const draw = (query: string) => {
    const q = query.trim().toLowerCase();
    const items = pages.flatMap((page) => page.highlights
      .filter((h) => !q || [h.exact, h.note ?? '', page.title, h.claim?.text ?? ''].some((s) => s.toLowerCase().includes(q)))
      .map((h) => item(page, h)));
    list.replaceChildren(...(items.length ? items : [el('li', { class: 'empty' }, q ? t('noHighlightMatches') : t('noHighlights'))]));
  };

  const item = (page: PageHighlights, h: SavedHighlight) => {
    const note = el('textarea', { rows: '2', 'aria-label': `Note on “${h.exact.slice(0, 40)}”`, placeholder: t('addNote'), maxlength: '10000' }) as HTMLTextAreaElement;
    note.value = h.note ?? '';
    note.addEventListener('change', async () => {
      try {
        await updatePageHighlights(page.url, page.title, (hs) => hs.map((x) => (x.id === h.id ? { ...x, note: note.value } : x)));
        options.say(t('noteSaved'));
      } catch (error) {
        options.say(storageError(error), true);
      }
    });
    const remove = el('button', { type: 'button', 'aria-label': `Delete highlight “${h.exact.slice(0, 40)}”` }, t('delete'));
    remove.addEventListener('click', async () => {
      await updatePageHighlights(page.url, page.title, (hs) => hs.filter((x) => x.id !== h.id)).catch((e) => options.say(storageError(e), true));
      rerender();
    });
    const node = el('li', { class: `highlight ${h.kind}`, 'data-highlight-id': h.id },
      el('blockquote', {}, h.exact));
    if (all) node.prepend(el('p', { class: 'page' }, page.title || page.url));
    if (h.claim) node.append(el('p', { class: 'claim' }, `${t('repeats')}: ${h.claim.text}`));
    if (h.against.length) node.append(el('p', { class: 'against' }, `${t('contradictedBy')} ${h.against.map((c) => `${c.speaker} (${c.outlet}, ${c.date})`).join('; ')}`));
    if (h.anchored === false) node.append(el('p', { class: 'unplaced', role: 'note' }, t('unplaced')));
    node.append(note, remove);
    return node;
  };

  const tools = el('div', { class: 'tools', role: 'group', 'aria-label': t('export') });
  for (const format of Object.keys(FORMATS) as Format[]) {
    const name = all ? 'counterclaim-highlights' : `counterclaim-${(pages[0]?.title || 'page').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`;
    const save = el('button', { type: 'button', 'data-export': format, 'data-action': 'download' }, t('download', FORMATS[format].label));
    save.addEventListener('click', () => download(FORMATS[format].render(pages), format, name));
    const copy = el('button', { type: 'button', 'data-export': format, 'data-action': 'copy' }, t('copy', FORMATS[format].label));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(FORMATS[format].render(pages));
        options.say(t('copied', FORMATS[format].label));
      } catch (error) {
        options.say(`Could not copy: ${(error as Error).message}`, true);
      }
    });
    tools.append(save, copy);
  }
  root.replaceChildren(tools);
  if (all) {
    const file = el('input', { type: 'file', id: 'import-highlights', accept: '.json,application/json,application/ld+json' }) as HTMLInputElement;
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      const result = fromWebAnnotation(await chosen.text());
      if (!result.ok) {
        options.say(`${chosen.name} was not imported: ${result.errors.slice(0, 5).join('; ')}`, true);
        return;
      }
      try {
        await importPages(result.pages);
        options.say(`Imported ${result.pages.reduce((n, p) => n + p.highlights.length, 0)} highlights from ${chosen.name}.`);
      } catch (error) {
        options.say(storageError(error), true);
      }
      rerender();
    });
    search.addEventListener('input', () => draw(search.value));
    root.append(el('label', {}, `${t('importHighlights')} `, file), search);
  }
  root.append(list);
  draw('');
}

/** Adds imported pages' highlights to the store; a highlight already saved (same id) is replaced. */
async function importPages(pages: readonly PageHighlights[]): Promise<void> {
  const store = await readHighlights();
  for (const page of pages) {
    const existing = store[page.url]?.highlights ?? [];
    const incoming = new Set(page.highlights.map((h) => h.id));
    store[page.url] = { url: page.url, title: page.title || store[page.url]?.title || '', highlights: [...existing.filter((h) => !incoming.has(h.id)), ...page.highlights] };
  }
  await highlightsItem.setValue(store);
}
