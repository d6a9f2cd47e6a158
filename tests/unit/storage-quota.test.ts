import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readHighlights, readSettings, settingsItem, storageError, updatePageHighlights } from '../../entrypoints/background/store';

const highlight = (id: string) => ({
  id, pageUrl: 'https://news.example/a', pageTitle: 'A', createdAt: '2026-11-25T09:00:00.000Z', exact: `quote ${id}`,
  prefix: '', suffix: '', start: 0, end: 7, kind: 'own' as const, against: [],
});

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves highlights per page and reads them back', async () => {
    await updatePageHighlights('https://news.example/a', 'A', (list) => [...list, highlight('one')]);
    await updatePageHighlights('https://news.example/a', 'A', (list) => [...list, highlight('two')]);
    expect((await readHighlights())['https://news.example/a'].highlights.map((h) => h.id)).toEqual(['one', 'two']);
  });

  it('on a full quota, says so plainly and loses nothing already saved', async () => {
    await updatePageHighlights('https://news.example/a', 'A', (list) => [...list, highlight('kept')]);
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    let failure: unknown;
    try {
      await updatePageHighlights('https://news.example/a', 'A', (list) => [...list, highlight('new')]);
    } catch (error) {
      failure = error;
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect(storageError(failure)).toMatch(/^Not enough storage space.*Nothing already saved was lost\.$/);
    expect((await readHighlights())['https://news.example/a'].highlights.map((h) => h.id)).toEqual(['kept']);
  });

  it('falls back to defaults when a stored setting is damaged', async () => {
    await settingsItem.setValue({ sensitivity: 'loud', quietSites: 'all' } as never);
    expect(await readSettings()).toEqual({ sensitivity: 0, quietSites: [], bundledEnabled: true });
  });
});
