/**
 * The reader's own highlights and the popup, in Chromium: highlight a selection, find it again
 * after a reload (and flagged when the page changed), notes, the three export formats, the
 * JSON import round trip, "check against claims", and each popup state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, openPopup, settledSummary, startServer, tabIdOf, type ExtensionBrowser } from '../../lib/node/chromium';

const DEMO = readFileSync(fileURLToPath(new URL('../../assets/demo/article.html', import.meta.url)), 'utf8');
const QUOTE = 'A large language model is a computer program trained on huge collections of text';
/** The demo article, changed by its editors: the highlighted sentence is gone. */
const CHANGED = DEMO.replace(/A large language model is a computer program[^<]*/, 'This paragraph was rewritten by the editors.');
const NO_CLAIMS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meta AI lab opens a new office</title><meta property="og:type" content="article"></head>
<body><article><h1>Meta AI lab opens a new office</h1><p>Meta's AI researchers moved into a new building in Menlo Park this week, with room for several hundred engineers.</p>
<p>The office has a cafeteria, a gym and a large auditorium where the AI teams can present their work to visitors.</p><p>Zuckerberg toured the building on Monday and met the model teams.</p></article></body></html>`;

let browser: ExtensionBrowser;
/** Whether /generated/changing.html serves the changed article. */
let changed = false;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({ '/generated/changing.html': () => (changed ? CHANGED : DEMO), '/generated/no-claims.html': () => NO_CLAIMS });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Selects `text` in the page, then does what the "Highlight" menu item does. */
async function highlight(page: Page, text: string, check = false): Promise<void> {
  await page.evaluate((quote) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`not on the page: ${quote}`);
  }, text);
  const tabId = await tabIdOf(browser, page);
  await browser.worker.evaluate(async ({ id, withCheck }) => {
    type Tabs = { sendMessage(tab: number, message: unknown, options: object): Promise<unknown> };
    await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.sendMessage(id, { type: 'highlight-selection', check: withCheck }, { frameId: 0 });
  }, { id: tabId, withCheck: check });
}

async function openDemo(path = '/demo/article.html'): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(browser, page);
  await settledSummary(browser, tabId);
  return { page, tabId };
}

describe('own highlights', () => {
  it('highlights a selection, and it is there again after a reload', async () => {
    const { page } = await openDemo();
    await highlight(page, QUOTE);
    await expect.poll(() => highlightedTexts(page, 'counterclaim-own')).toEqual([QUOTE]);
    await expect.poll(() => page.locator('counterclaim-layer .notice').innerText()).toMatch(/Highlight saved/);
    await page.reload();
    await expect.poll(() => highlightedTexts(page, 'counterclaim-own')).toEqual([QUOTE]);
    await page.close();
  });

  it('keeps a note written in the popup', async () => {
    const { page, tabId } = await openDemo();
    const popup = await openPopup(browser, tabId);
    const note = popup.locator('.highlight textarea').first();
    await expect.poll(() => note.count()).toBe(1);
    await note.fill('Check this against the 2024 letter, "open" & <b>closed</b>.');
    await note.blur();
    await expect.poll(() => popup.locator('#status').innerText()).toMatch(/Note saved/);
    await popup.reload();
    await expect.poll(() => popup.locator('.highlight textarea').first().inputValue()).toBe('Check this against the 2024 letter, "open" & <b>closed</b>.');
    await popup.close();
    await page.close();
  });

  it('lists a highlight that cannot be placed any more, instead of dropping it', async () => {
    const { page, tabId } = await openDemo('/generated/changing.html');
    await highlight(page, QUOTE);
    await expect.poll(() => highlightedTexts(page, 'counterclaim-own')).toEqual([QUOTE]);
    changed = true;
    await page.reload();
    await settledSummary(browser, tabId);
    await page.waitForTimeout(500);
    expect(await highlightedTexts(page, 'counterclaim-own')).toEqual([]);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.highlight .unplaced').count()).toBe(1);
    expect(await popup.locator('.highlight blockquote').innerText()).toBe(QUOTE);
    await popup.locator('.highlight button', { hasText: 'Delete' }).click();
    await expect.poll(() => popup.locator('.highlight').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('checks a selection against the claims and saves what it repeats', async () => {
    const { page, tabId } = await openDemo();
    await highlight(page, 'a spokesperson said Meta still intends to go on releasing open-source models that lead the field', true);
    await expect.poll(() => page.locator('counterclaim-layer .notice').innerText()).toMatch(/repeats/);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.highlight.match .claim').count()).toBe(1);
    expect(await popup.locator('.highlight.match .against').innerText()).toMatch(/Contradicted by/);
    await popup.close();
    await page.close();
  });
});

describe('own highlights in a single-page app', () => {
  it('takes a highlight away on in-app navigation and brings it back with its article', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/fixtures/spa.html'));
    const tabId = await tabIdOf(browser, page);
    await settledSummary(browser, tabId);
    const slugs = await page.locator('nav a[data-slug]').evaluateAll((links) => links.map((a) => a.getAttribute('data-slug')!));
    const go = (slug: string) => page.evaluate((s) => (window as unknown as { spaNavigate(x: string): void }).spaNavigate(s), slug);
    // Start on the first article's own address, which is where its highlight is kept.
    await go(slugs[0]);
    await page.waitForURL(/\?a=/);
    await page.waitForTimeout(800);
    // A stretch of one text node in the article's first plain paragraph.
    const quote = await page.evaluate(() => {
      const p = [...document.querySelectorAll('#app p')].find((el) => el.childNodes.length === 1 && (el.textContent ?? '').length > 80)!;
      return p.textContent!.slice(0, 40);
    });
    await highlight(page, quote);
    await expect.poll(() => highlightedTexts(page, 'counterclaim-own')).toEqual([quote]);
    await go(slugs[1]);
    await expect.poll(() => highlightedTexts(page, 'counterclaim-own')).toEqual([]);
    await go(slugs[0]);
    await expect.poll(() => highlightedTexts(page, 'counterclaim-own'), { timeout: 5000 }).toEqual([quote]);
    // Leave the store as the next tests expect it.
    const popup = await openPopup(browser, tabId);
    await popup.locator('.highlight button', { hasText: 'Delete' }).click();
    await expect.poll(() => popup.locator('.highlight').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('export and import', () => {
  async function downloaded(page: Page, format: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"][data-action="download"]`)]);
    return readFileSync((await file.path())!, 'utf8');
  }

  it('exports the page in Markdown, Web Annotation JSON and CSV, page text as text', async () => {
    const { page, tabId } = await openDemo();
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.highlight').count()).toBe(2);
    const markdown = await downloaded(popup, 'markdown');
    expect(markdown).toMatch(/^## Meta/m);
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain('\\<b\\>closed\\</b\\>');
    const json = JSON.parse(await downloaded(popup, 'json'));
    expect(json).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    const selectors = json.first.items[0].target.selector;
    expect(selectors).toContainEqual(expect.objectContaining({ type: 'TextQuoteSelector', exact: QUOTE }));
    expect(selectors).toContainEqual(expect.objectContaining({ type: 'TextPositionSelector' }));
    const csv = await downloaded(popup, 'csv');
    expect(csv.split('\r\n')[0]).toBe('page_title,page_url,created,kind,text,note,claim,claim_source,contradicted_by');
    expect(csv).toContain(QUOTE);
    await popup.close();
    await page.close();
  });

  it('restores every highlight and note from its JSON export', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('.highlight').count()).toBe(2);
    const [file] = await Promise.all([options.waitForEvent('download'), options.click('[data-export="json"][data-action="download"]')]);
    const exported = (await file.path())!;
    for (let i = 0; i < 2; i++) await options.locator('.highlight button', { hasText: 'Delete' }).first().click();
    await expect.poll(() => options.locator('.highlight').count()).toBe(0);
    await options.setInputFiles('#import-highlights', exported);
    await expect.poll(() => options.locator('#message').innerText()).toMatch(/Imported 2 highlights/);
    await expect.poll(() => options.locator('.highlight').count()).toBe(2);
    const notes = await options.locator('.highlight textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(notes).toContain('Check this against the 2024 letter, "open" & <b>closed</b>.');
    await options.fill('#highlight-search', 'language model');
    await expect.poll(() => options.locator('.highlight').count()).toBe(1);
    await options.close();
  });
});

describe('popup states', () => {
  const status = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await expect.poll(() => popup.locator('#status').innerText()).not.toMatch(/Still reading/);
    const text = await popup.locator('#status').innerText();
    await popup.close();
    await page.close();
    return text;
  };

  it('says when an article is not about the topic, and when nothing matched', async () => {
    expect(await status('/fixtures/off-topic-article.html')).toMatch(/not about the topic/);
    expect(await status('/generated/no-claims.html')).toMatch(/No known claims/);
  });

  it('is readable at 320 px wide and follows a dark colour scheme', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/article.html'));
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.setViewportSize({ width: 320, height: 600 });
    await popup.emulateMedia({ colorScheme: 'dark' });
    const layout = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, background: getComputedStyle(document.body).backgroundColor }));
    expect(layout.scroll).toBeLessThanOrEqual(320);
    expect(layout.background).toBe('rgb(31, 34, 40)');
    expect(await popup.locator('svg.timeline circle').count()).toBeGreaterThan(1);
    await popup.close();
    await page.close();
  });
});
