/**
 * Chromium with the built extension, for the demo and the end-to-end tests: a static server on
 * 127.0.0.1 for the pages, and Debian's Chromium (or $CHROME_PATH) started by playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { TabSummary } from '../messages';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the repository's demo and fixture pages; nothing outside those folders. */
export async function startServer(generated: Record<string, () => string> = {}): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const roots: Record<string, string> = {
    '/demo/': join(ROOT, 'assets/demo'),
    '/fixtures/': join(ROOT, 'tests/fixtures'),
    '/eval-pages/': join(ROOT, 'tests/eval/pages'),
    '/eval-pages-2/': join(ROOT, 'tests/eval/pages-2'),
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    const file = prefix ? normalize(join(roots[prefix], path.slice(prefix.length))) : '';
    if (generated[path]) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(generated[path]());
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204).end(); // no 404 noise in the console
      return;
    }
    if (!prefix || !file.startsWith(roots[prefix]) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROME_PATH. End-to-end tests never skip.`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir = CHROME_BUILD, headless = true): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build`);
  const profile = mkdtempSync(join(tmpdir(), 'counterclaim-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox',
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's id for the tab showing `page`. The active tab is asked for first; focus can lag
 * behind bringToFront, so the answer is checked against the findings the extension recorded for
 * that tab's address, and those findings decide when the two disagree.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const started = Date.now();
  for (;;) {
    const { active, byUrl } = await browser.worker.evaluate(async (address) => {
      type Chrome = {
        tabs: { query(q: object): Promise<Array<{ id?: number }>> };
        storage: { session: { get(keys: null): Promise<Record<string, Record<string, { url: string }>>> } };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const recorded = await chrome.storage.session.get(null);
      const ids = Object.entries(recorded)
        .filter(([key, frames]) => key.startsWith('tab-') && frames['0']?.url === address)
        .map(([key]) => Number(key.slice(4)));
      return { active: tab?.id, byUrl: ids };
    }, url);
    if (active !== undefined && byUrl.includes(active)) return active;
    // Focus can lag or be elsewhere: after a while, the newest tab showing this address.
    if (Date.now() - started > 3000 && byUrl.length) return Math.max(...byUrl);
    if (Date.now() - started > 10_000) throw new Error(`Could not find the tab showing ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens the popup for a tab, as `popup.html?tab=<id>`, and waits until it has a summary. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => !document.getElementById('facts')?.hidden);
  return popup;
}

/** What the background knows of a tab (the popup's source), read from an extension page. */
export async function tabSummary(browser: ExtensionBrowser, tabId: number): Promise<TabSummary | null> {
  let page = browser.context.pages().find((p) => p.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!page) {
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=0`);
  }
  return page.evaluate((id) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    return runtime.sendMessage({ type: 'get-tab-summary', tabId: id });
  }, tabId) as Promise<TabSummary | null>;
}

/** Waits until the tab's findings are final (not 'working') and returns them. */
export async function settledSummary(browser: ExtensionBrowser, tabId: number, timeoutMs = 15_000): Promise<TabSummary> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await tabSummary(browser, tabId);
    if (found && found.summary.state !== 'working') return found;
    if (Date.now() > deadline) throw new Error(`tab ${tabId} still ${found?.summary.state ?? 'unknown'} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Text of the ranges registered under a CSS highlight name, read from the page. */
export async function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const highlight = registry?.get(n);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, name);
}

/** The DOM of `url` in a Chromium without the extension: what "unchanged" means. */
export async function domWithoutExtension(url: string, settleMs: number): Promise<string> {
  const plain = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await plain.newPage();
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    return await page.evaluate(() => document.documentElement.outerHTML);
  } finally {
    await plain.close();
  }
}
