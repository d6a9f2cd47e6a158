/**
 * What a hostile page can and cannot do to the extension, and what the extension sends over
 * the network (nothing), in Chromium with the built extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launchWithExtension, openPopup, settledSummary, startServer, tabIdOf, type ExtensionBrowser } from '../../lib/node/chromium';

const LAYER = 'counterclaim-layer';
const markupAsText = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meta AI and open models</title>
<meta property="og:type" content="article"></head><body><article><h1>Meta AI and open models</h1>
<p>A Meta spokesperson said the company still intends to go on releasing open-source models that lead the field &lt;img src=x onerror="document.title='pwned'"&gt;.</p>
<p>Meta's AI work is followed closely by developers who build on Llama models every day.</p>
<p>The New York Times reported that leaders of the new lab had discussed shelving Behemoth, their open model, and building a closed one.</p></article></body></html>`;

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
const requests: Array<{ url: string; fromWorker: boolean }> = [];

beforeAll(async () => {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await startServer({ '/generated/markup-as-text.html': () => markupAsText });
  browser = await launchWithExtension();
  browser.context.on('request', (request: Request) => requests.push({ url: request.url(), fromWorker: !!request.serviceWorker() }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it('cannot open our cards or move our marks with messages, events or attributes', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/article.html'));
    const tabId = await tabIdOf(browser, page);
    const before = await settledSummary(browser, tabId);
    await page.evaluate(() => {
      for (const key of ['1-0', '1-1', '2-0']) window.postMessage({ type: 'reveal', key }, '*');
      window.postMessage({ type: 'check-page', title: 'x', sentences: [] }, '*');
      window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: new URL('https://evil.example/'), oldUrl: new URL(location.href) } }));
      document.documentElement.setAttribute('data-counterclaim', 'layer');
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    });
    await page.waitForTimeout(1200);
    expect(await page.locator(`${LAYER} .card`).count()).toBe(0);
    const after = await settledSummary(browser, tabId);
    expect(after.summary.pageId).toBe(before.summary.pageId);
    expect(after.summary.matches.map((m) => m.key)).toEqual(before.summary.matches.map((m) => m.key));
    await page.close();
  });

  it('has its markup-looking text shown as text in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/generated/markup-as-text.html'));
    const tabId = await tabIdOf(browser, page);
    await settledSummary(browser, tabId);
    const popup = await openPopup(browser, tabId);
    const sentence = popup.locator('[data-claim-id] .sentence').first();
    expect(await sentence.innerText()).toContain('<img src=x onerror=');
    expect(await popup.locator('.matches img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(await popup.title()).not.toBe('pwned');
    await popup.close();
    await page.close();
  });
});

describe('network', () => {
  it('makes no request of its own while a reader visits an article', async () => {
    requests.length = 0;
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/article.html'));
    await settledSummary(browser, await tabIdOf(browser, page));
    await page.locator(`${LAYER} .badge`).first().click();
    await page.waitForTimeout(500);
    const pageOrigin = new URL(server.url('/')).origin;
    const foreign = requests.filter((r) => !r.url.startsWith(pageOrigin) && !r.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => r.fromWorker)).toEqual([]);
    await page.close();
  });
});
