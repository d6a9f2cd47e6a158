/**
 * The options page in Chromium: importing a corpus changes what the next page shows, a refused
 * import says why, quiet sites get nothing, and the choices survive a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, settledSummary, startServer, tabIdOf, type ExtensionBrowser } from '../../lib/node/chromium';

const PLUTO_CORPUS = fileURLToPath(new URL('../fixtures/corpora/pluto.json', import.meta.url));
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let options: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function marksOn(path: string): Promise<{ state: string; claims: string[] }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  const { summary } = await settledSummary(browser, await tabIdOf(browser, page));
  await page.close();
  return { state: summary.state, claims: summary.matches.map((m) => m.claim) };
}

describe('options: corpora', () => {
  it('imports a corpus from a file, and the next page on its topic is marked', async () => {
    expect((await marksOn('/fixtures/pluto-article.html')).state).toBe('off-topic');
    await options.setInputFiles('#import-file', PLUTO_CORPUS);
    await expect.poll(() => options.locator('#message').innerText()).toMatch(/Imported Is Pluto a planet\?: 3 claims/);
    expect(await options.locator('#corpora tbody tr').count()).toBe(2);
    const after = await marksOn('/fixtures/pluto-article.html');
    expect(after.claims).toContain('stern-pluto-is-a-planet');
  });

  it('switches a corpus off and on', async () => {
    await options.getByLabel('Use Is Pluto a planet?').uncheck();
    await expect.poll(async () => (await marksOn('/fixtures/pluto-article.html')).state).toBe('off-topic');
    await options.getByLabel('Use Is Pluto a planet?').check();
    await expect.poll(async () => (await marksOn('/fixtures/pluto-article.html')).state).toBe('done');
  });

  it('refuses a broken corpus, naming each problem, and keeps the corpora it had', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ meta: { id: 'x' }, propositions: [], claims: [{ id: 'A b' }] }));
    await options.setInputFiles('#import-file', broken);
    await expect.poll(() => options.locator('#message').innerText()).toMatch(/broken\.json was not imported/);
    const errors = await options.locator('#import-errors li').allInnerTexts();
    expect(errors.some((e) => /^meta\./.test(e))).toBe(true);
    expect(errors.some((e) => /^claims\[0\]/.test(e))).toBe(true);
    expect(await options.locator('#corpora tbody tr').count()).toBe(2);
  });

  it('deletes an imported corpus', async () => {
    await options.getByRole('button', { name: 'Delete Is Pluto a planet?' }).click();
    await expect.poll(() => options.locator('#corpora tbody tr').count()).toBe(1);
    expect((await marksOn('/fixtures/pluto-article.html')).state).toBe('off-topic');
  });
});

describe('options: sensitivity', () => {
  it('marks fewer sentences when set low and more when set high', async () => {
    const at = async (value: number) => {
      await options.locator('#sensitivity').fill(String(value));
      await options.locator('#sensitivity').dispatchEvent('change');
      await expect.poll(() => options.locator('#message').innerText()).toMatch(/Sensitivity saved/);
      return (await marksOn('/demo/article.html')).claims.length;
    };
    // The demo article's marks are all strong ones, so the lowest setting may keep every one
    // (tests/unit/sensitivity.test.ts shows it dropping weaker marks); the highest adds more.
    const balanced = await at(0);
    const low = await at(-2);
    const high = await at(2);
    expect(low).toBeLessThanOrEqual(balanced);
    expect(high).toBeGreaterThan(balanced);
    await at(0);
  });
});

describe('options: quiet sites', () => {
  it('keeps the extension quiet on a site the reader adds, and the popup says so', async () => {
    await options.fill('#quiet-input', '127.0.0.1');
    await options.click('#quiet-form button');
    await expect.poll(() => options.locator('#quiet-sites [data-site="127.0.0.1"]').count()).toBe(1);
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/article.html'));
    const tabId = await tabIdOf(browser, page);
    const { summary } = await settledSummary(browser, tabId);
    expect(summary.state).toBe('quiet');
    expect(await page.locator('counterclaim-layer').count()).toBe(0);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('#status').innerText()).toMatch(/quiet on this site/);
    await popup.close();
    await options.reload();
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(async () => (await marksOn('/demo/article.html')).state).toBe('done');
    await page.close();
  });
});
