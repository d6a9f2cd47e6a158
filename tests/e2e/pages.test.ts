/**
 * Real-world layouts, in Chromium with the built extension: cluttered news pages, single-page
 * apps, pages that rewrite themselves or load more, articles in iframes, hostile styles and
 * very large pages. In each the right text is marked, the page keeps working, and nothing of
 * ours is left behind or logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { readPage } from '../../lib/read-page';
import { CorpusChecker } from '../../lib/check';
import { BUNDLED_CORPUS_PATH, loadCorpusFile } from '../../lib/node/bundled-corpus';
import { loadMeaningVectors } from '../../lib/node/word-vectors';
import { documentFrom } from '../unit/helpers';
import { highlightedTexts, launchWithExtension, settledSummary, startServer, tabIdOf, type ExtensionBrowser } from '../../lib/node/chromium';
// @ts-expect-error: a plain ES module written for the tests, without type declarations
import { bigArticleHtml } from '../fixtures/big-article.mjs';

const LAYER = 'counterclaim-layer';
const MARKS = ['counterclaim-match', 'counterclaim-contradicted'];

/** A page with far more claim sentences than the extension will mark. */
function manyClaimsHtml(count: number): string {
  const paragraph = (i: number) => `<p>Paragraph ${i}: a Meta spokesperson said the company still intends to go on releasing open-source models that lead the field. Analysts watched the market.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meta AI: the same promise, over and over</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Meta AI promises"}</script></head>
<body><article><h1>Meta AI and the open-source promise</h1>${Array.from({ length: count }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`;
}

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  const big = bigArticleHtml(100_000) as string;
  const many = manyClaimsHtml(240);
  server = await startServer({ '/generated/article-100000.html': () => big, '/generated/many-claims.html': () => many });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and collects its console errors and uncaught exceptions. */
async function open(path: string): Promise<{ page: Page; errors: string[]; tabId: number }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url(path));
  return { page, errors, tabId: await tabIdOf(browser, page) };
}

/** Every marked range in a frame, with whether it sits inside `selector`. */
async function markedRanges(frame: Page | Frame, selector: string): Promise<Array<{ text: string; inside: boolean; connected: boolean }>> {
  return frame.evaluate(({ names, sel }) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    return names.flatMap((name) => [...(registry?.get(name) ?? [])].map((range) => {
      const node = range.commonAncestorContainer;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return { text: range.toString(), inside: !!element?.closest(sel), connected: node.isConnected };
    }));
  }, { names: MARKS, sel: selector });
}

describe('a cluttered news page', () => {
  it('marks only the article, never navigation, ads, sidebar or comments, and the page keeps working', async () => {
    const { page, errors, tabId } = await open('/fixtures/news-layout.html');
    const { summary } = await settledSummary(browser, tabId);
    expect(summary.matches.length).toBeGreaterThan(2);
    const ranges = await markedRanges(page, 'main article');
    expect(ranges.length).toBe(summary.matches.length);
    expect(ranges.every((r) => r.inside)).toBe(true);
    const outside = await markedRanges(page, 'nav, aside, #comments, .ad, footer, header');
    expect(outside.some((r) => r.inside)).toBe(false);
    const comments = await page.locator('#more-comments > *').count();
    await page.click('#load-comments');
    await expect.poll(() => page.locator('#more-comments > *').count()).toBeGreaterThan(comments);
    await page.waitForTimeout(800); // the new comments must not be marked either
    expect((await markedRanges(page, '#comments')).some((r) => r.inside)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('nine blind news pages of invented outlets (tests/eval/pages, pages-2)', () => {
  const checker = CorpusChecker.build(loadCorpusFile(BUNDLED_CORPUS_PATH), loadMeaningVectors());
  // The blind pages, each with the fewest marks it must get (the start-up story mentions Meta only in passing).
  const pages: Array<[string, string, number]> = [
    ['pages', 'meta-muse-spark-launch-wire.html', 5],
    ['pages', 'meta-open-source-bet-feature.html', 5],
    ['pages', 'meta-ai-spending-2026-business.html', 5],
    ['pages', 'opinion-meta-llama-4-lesson.html', 5],
    ['pages-2', 'meta-q2-2025-earnings-live-blog.html', 5],
    ['pages-2', 'interview-analyst-meta-muse-strategy.html', 5],
    ['pages-2', 'newsletter-weekly-circuit-2025-07-18.html', 5],
    ['pages-2', 'explainer-llama-4-faq.html', 5],
    ['pages-2', 'orrery-labs-open-model-launch.html', 0],
  ];

  it.each(pages)('%s/%s: marks in the article what the command line finds, nothing outside it, and logs nothing', async (set, name, least) => {
    const html = readFileSync(new URL(`../eval/${set}/${name}`, import.meta.url), 'utf8');
    const read = readPage(documentFrom(html, server.url(`/eval-${set}/${name}`)));
    const expected = checker.checkPage(read.title, read.sentences).matches.map((m) => ({ claim: m.claim, sentence: m.sentence }));
    const { page, errors, tabId } = await open(`/eval-${set}/${name}`);
    const { summary } = await settledSummary(browser, tabId);
    expect(expected.length).toBeGreaterThanOrEqual(least);
    expect(summary.matches.map((m) => ({ claim: m.claim, sentence: m.sentence }))).toEqual(expected);
    const ranges = await markedRanges(page, 'article');
    expect(ranges).toHaveLength(expected.length);
    expect(ranges.every((r) => r.inside)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a single-page app', () => {
  it('marks the new article after an in-app navigation and drops the old marks', async () => {
    const { page, errors, tabId } = await open('/fixtures/spa.html');
    const first = await settledSummary(browser, tabId);
    const slugs = await page.locator('nav a[data-slug]').evaluateAll((links) => links.map((a) => a.getAttribute('data-slug')!));
    await page.evaluate((slug) => (window as unknown as { spaNavigate(s: string): void }).spaNavigate(slug), slugs[1]);
    await expect.poll(async () => (await settledSummary(browser, tabId)).summary.pageId).not.toBe(first.summary.pageId);
    const second = await settledSummary(browser, tabId);
    const ranges = await markedRanges(page, '#app');
    expect(ranges.length).toBe(second.summary.matches.length);
    expect(ranges.every((r) => r.inside && r.connected)).toBe(true);
    const appText = await page.locator('#app').innerText();
    for (const match of second.summary.matches) expect(appText.replace(/\s+/g, ' ')).toContain(match.sentence.replace(/\s+/g, ' '));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps listeners, nodes and memory flat over 50 navigations', async () => {
    const { page, tabId } = await open('/fixtures/spa.html');
    await settledSummary(browser, tabId);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('DOMDebugger.enable' as never).catch(() => undefined);
    const listeners = async () => {
      let total = 0;
      for (const expression of ['window', 'document']) {
        const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
        const { listeners: found } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: unknown[] };
        total += found.length;
      }
      return total;
    };
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1048576;
    };
    await cdp.send('Performance.enable');
    const slugs = await page.locator('nav a[data-slug]').evaluateAll((links) => links.map((a) => a.getAttribute('data-slug')!));
    const navigate = async (count: number) => {
      for (let i = 0; i < count; i++) {
        await page.evaluate((slug) => (window as unknown as { spaNavigate(s: string): void }).spaNavigate(slug), slugs[i % slugs.length]);
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(1500);
      await settledSummary(browser, tabId);
    };
    await navigate(5);
    const before = { listeners: await listeners(), heap: await heap(), marks: (await markedRanges(page, 'body')).length };
    await navigate(50);
    const after = { listeners: await listeners(), heap: await heap(), marks: (await markedRanges(page, 'body')).length };
    expect(after.listeners).toBe(before.listeners);
    expect(await page.locator(LAYER).count()).toBeLessThanOrEqual(1);
    expect(after.marks).toBe((await settledSummary(browser, tabId)).summary.matches.length);
    expect(after.heap - before.heap).toBeLessThan(3);
    await page.close();
  });
});

describe('a page that renders its article after loading', () => {
  it('finds the article when it arrives and marks its claims', async () => {
    const { page, errors, tabId } = await open('/fixtures/late-article.html');
    await page.waitForFunction(() => (window as unknown as { rendered: boolean }).rendered === true);
    await expect.poll(async () => (await settledSummary(browser, tabId)).summary.matches.map((m) => m.claim), { timeout: 10_000 }).toEqual([
      'zuckerberg-2024-04-18-not-committed-to-releasing-everything',
      'nyt-2025-07-14-lab-weighed-closed-model',
      'meta-2026-04-08-muse-spark-launched-closed',
    ]);
    const { summary } = await settledSummary(browser, tabId);
    expect(summary.isArticle).toBe(true);
    expect(summary.state).toBe('done');
    expect(summary.title).toBe("Meta's open-source promise, two years on");
    const ranges = await markedRanges(page, 'article');
    expect(ranges).toHaveLength(3);
    expect(ranges.every((r) => r.inside)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a story with a "Key Points" box above its body', () => {
  it('marks the claim stated in the box, but nothing in a list of links beside it', async () => {
    const { page, errors, tabId } = await open('/fixtures/key-points.html');
    await expect.poll(async () => (await settledSummary(browser, tabId)).summary.state, { timeout: 10_000 }).toBe('done');
    const { summary } = await settledSummary(browser, tabId);
    expect(summary.matches.map((m) => m.claim)).toEqual(['nyt-2025-07-14-lab-weighed-closed-model']);
    const ranges = await markedRanges(page, '.key-points');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({ inside: true, connected: true });
    expect(ranges[0].text).toMatch(/^Senior people in Meta's new superintelligence lab/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page whose own script rewrites a paragraph', () => {
  it('moves the mark to what the paragraph says now, and the page script keeps working', async () => {
    const { page, errors, tabId } = await open('/fixtures/rewriting.html');
    await settledSummary(browser, tabId);
    await page.waitForFunction(() => (window as unknown as { rewritten: boolean }).rewritten === true);
    const now = (await page.locator('#live-para').innerText()).trim();
    await expect.poll(async () => (await markedRanges(page, '#live-para')).filter((r) => r.inside).map((r) => r.text.trim())).toEqual([now]);
    expect((await markedRanges(page, 'body')).every((r) => r.connected)).toBe(true);
    const clock = await page.locator('#clock').innerText();
    await expect.poll(() => page.locator('#clock').innerText()).not.toBe(clock);
    await page.click('#like');
    expect(await page.locator('#likes').innerText()).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page that loads more paragraphs', () => {
  it('marks the new paragraphs and checks every paragraph once', async () => {
    const { page, errors, tabId } = await open('/fixtures/infinite.html');
    const first = (await settledSummary(browser, tabId)).summary;
    await page.click('#more');
    await page.click('#more');
    await expect.poll(async () => (await settledSummary(browser, tabId)).summary.matches.length, { timeout: 10_000 }).toBeGreaterThan(first.matches.length);
    await page.waitForTimeout(1000);
    const { summary } = await settledSummary(browser, tabId);
    const expected = readPage(documentFrom(await page.content(), server.url('/fixtures/infinite.html'))).sentences.length;
    expect(summary.sentences).toBe(expected);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an article inside a same-origin iframe', () => {
  it('marks the article in the frame and the popup lists it for the tab', async () => {
    const { page, tabId } = await open('/fixtures/iframe-host.html');
    // The top frame (not an article) reports first; the frame with the article takes over.
    await expect.poll(async () => (await settledSummary(browser, tabId)).frameId, { timeout: 10_000 }).not.toBe(0);
    const { summary } = await settledSummary(browser, tabId);
    expect(summary.matches.length).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f.url().endsWith('iframe-article.html'))!;
    expect((await markedRanges(frame, 'body')).length).toBe(summary.matches.length);
    expect(await page.locator(LAYER).count()).toBe(0);
    await page.close();
  });
});

describe('a page with hostile styles', () => {
  it('cannot change how our badges and cards look or work', async () => {
    const { page, tabId } = await open('/fixtures/hostile.html');
    await settledSummary(browser, tabId);
    const badge = page.locator(`${LAYER} .badge`).first();
    await badge.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    const hit = await badge.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return { tag: top?.tagName.toLowerCase(), width: rect.width, height: rect.height, background: getComputedStyle(el).backgroundColor };
    });
    expect(hit).toMatchObject({ tag: LAYER, width: 22, height: 22 });
    expect(hit.background).not.toBe('rgb(255, 0, 255)');
    await badge.click();
    const card = page.locator(`${LAYER} .card`);
    await expect.poll(() => card.count()).toBe(1);
    const style = await card.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, fontSize: s.fontSize, position: s.position };
    });
    expect(style.background).not.toBe('rgb(255, 0, 255)');
    expect(style.color).not.toBe('rgb(0, 255, 0)');
    expect(style).toMatchObject({ fontSize: '14px', position: 'absolute' });
    await page.close();
  });
});

describe('very large pages', () => {
  // Why our own clock, not the Long Tasks API: a page this size takes the browser 100-200 ms to
  // lay out around its load event, and that long task at times ends just after our start.
  it('never holds the main thread for 50 ms on a 100,000-word article', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/generated/article-100000.html'), { timeout: 60_000 });
    const { summary } = await settledSummary(browser, await tabIdOf(browser, page), 60_000);
    expect(summary.matches.length).toBeGreaterThan(10);
    expect(summary.timing!.busyMs).toBeGreaterThan(50); // the work was done, in slices
    expect(summary.timing!.longestMs).toBeLessThan(50);
    await page.close();
  });

  it('caps the marks on a page full of claims and says so', async () => {
    const { page, tabId } = await open('/generated/many-claims.html');
    const { summary } = await settledSummary(browser, tabId, 30_000);
    expect(summary.matches.length).toBe(150);
    expect(summary.hidden).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`${LAYER} .notice`).innerText()).toMatch(/first 150/);
    await page.close();
  });
});
