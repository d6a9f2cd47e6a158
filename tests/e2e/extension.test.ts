/**
 * The built extension in real Chromium, on pages served from 127.0.0.1: what a reader sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { ROOT, domWithoutExtension, highlightedTexts, launchWithExtension, openPopup, startServer, tabIdOf, type ExtensionBrowser } from '../../lib/node/chromium';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LAYER = 'counterclaim-layer';

async function openAnnotated(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector(`${LAYER} >> css=.badge`, { state: 'attached', timeout: 15_000 });
  return page;
}

describe('on the demo article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAnnotated('/demo/article.html');
  });

  it('marks the sentence that repeats the spokesperson and is contradicted', async () => {
    const contradicted = await highlightedTexts(page, 'counterclaim-contradicted');
    expect(contradicted).toContainEqual(expect.stringMatching(/spokesperson said Meta still intends to go on releasing open-source models/));
  });

  it('marks a sentence that says a claim in words of its own (the pay offers)', async () => {
    const contradicted = await highlightedTexts(page, 'counterclaim-contradicted');
    expect(contradicted).toContainEqual(expect.stringMatching(/tempted researchers away from rival laboratories with enormous pay offers/));
  });

  it('leaves the article DOM untouched: marks are CSS highlights, our UI sits outside <body>', async () => {
    const withExtension = await page.evaluate(() => document.body.outerHTML);
    const plain = await domWithoutExtension(server.url('/demo/article.html'), 300);
    const body = plain.slice(plain.indexOf('<body'), plain.lastIndexOf('</body>') + '</body>'.length);
    expect(withExtension).toBe(body);
  });

  it('opens a card with the contradicting claim and its source when the badge is clicked', async () => {
    const badge = page.locator(`${LAYER} .badge.contradicted`).first();
    await badge.click();
    const card = page.locator(`${LAYER} .card`);
    await expect.poll(() => card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toMatch(/Contradicted by/);
    const link = card.locator('.against a.outlet').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    // Announced as a dialog tied to its badge, and inside the viewport.
    expect(await card.getAttribute('role')).toBe('dialog');
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    expect(await badge.getAttribute('aria-controls')).toBe(await card.getAttribute('id'));
    const box = await card.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth, height: innerHeight };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
  });

  it('opens the card when the pointer rests on the marked sentence', async () => {
    const box = await page.evaluate(() => {
      const ranges = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('counterclaim-contradicted')!;
      const range = [...ranges].find((r) => /spokesperson said/.test(r.toString()))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => page.locator(`${LAYER} .card`).count()).toBe(1);
    expect(await page.locator(`${LAYER} .card section.said`).innerText()).toMatch(/spokesperson/i);
    await page.mouse.move(1, 1);
    await expect.poll(() => page.locator(`${LAYER} .card`).count()).toBe(0);
  });

  it('shows the number of contradictions on the toolbar badge of that tab', async () => {
    const tabId = await tabIdOf(browser, page);
    const text = await browser.worker.evaluate(async (id) => {
      type Action = { getBadgeText(details: { tabId: number }): Promise<string> };
      return (globalThis as unknown as { chrome: { action: Action } }).chrome.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(Number(text)).toBe(await page.locator(`${LAYER} .badge.contradicted`).count());
    expect(Number(text)).toBeGreaterThan(0);
  });

  it('follows a dark colour scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const badge = page.locator(`${LAYER} .badge.contradicted`).first();
    await badge.click();
    const background = await page.locator(`${LAYER} .card`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(31, 34, 40)');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('opens the card from the keyboard: Tab to a badge, Enter, Esc returns focus', async () => {
    const badge = page.locator(`${LAYER} .badge.contradicted`).first();
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${LAYER} .card`).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${LAYER} .card`).count()).toBe(0);
    expect(await badge.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
  });

  it('lists the marks in the popup for that tab, with the right counts', async () => {
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(browser, tabId);
    const matches = Number(await popup.locator('[data-count="matches"]').innerText());
    const contradictions = Number(await popup.locator('[data-count="contradictions"]').innerText());
    const badges = await page.locator(`${LAYER} .badge`).count();
    const contradictedBadges = await page.locator(`${LAYER} .badge.contradicted`).count();
    expect(matches).toBe(badges);
    expect(contradictions).toBe(contradictedBadges);
    expect(contradictions).toBeGreaterThan(0);
    const ids = await popup.locator('[data-claim-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id')));
    expect(ids).toHaveLength(matches);
    const pageIds = await page.locator(`${LAYER} .badge`).evaluateAll((items) => items.map((i) => i.getAttribute('data-claim-id')));
    expect(ids).toEqual(pageIds);
    await popup.close();
  });

  it('shows the same matches as the command line gives for the same page', async () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/node/check.ts', 'assets/demo/article.html'], { cwd: ROOT, encoding: 'utf8' });
    const cli = JSON.parse(run.stdout) as { matches: Array<{ claim: string; sentence: string }> };
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    const shown = await popup.locator('[data-claim-id]').evaluateAll((items) =>
      items.map((i) => ({ claim: i.getAttribute('data-claim-id'), sentence: i.querySelector('.sentence')?.textContent?.slice(1, -1) })));
    expect(shown).toEqual(cli.matches.map((m) => ({ claim: m.claim, sentence: m.sentence })));
    await popup.close();
  });

  it('scrolls the page to a mark when it is clicked in the popup', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(browser, tabId);
    await popup.locator('[data-claim-id] button').last().click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => highlightedTexts(page, 'counterclaim-flash')).toHaveLength(1);
    await popup.close();
  });
});

describe('on a page that is not an article', () => {
  it('adds no mark, leaves the DOM as it was, and the page keeps working', async () => {
    const url = server.url('/fixtures/plain-page.html');
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1000);
    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    expect(withExtension).toBe(await domWithoutExtension(url, 1000));
    expect(await page.locator(LAYER).count()).toBe(0);
    expect(await highlightedTexts(page, 'counterclaim-match')).toEqual([]);
    const before = await page.locator('#counter').innerText();
    await page.click('#increment');
    expect(await page.locator('#counter').innerText()).not.toBe(before);
    await page.close();
  });

  it('says in the popup that the page is not an article', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/fixtures/plain-page.html'));
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await expect.poll(() => popup.locator('#status').innerText()).toMatch(/not an article/);
    expect(await popup.locator('[data-count="matches"]').innerText()).toBe('0');
    await popup.close();
    await page.close();
  });
});
