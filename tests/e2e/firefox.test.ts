/**
 * The built extension in real Firefox (Debian's firefox-esr over WebDriver BiDi), on the demo
 * article: what a reader sees. The e2e global setup builds only Chrome, so this file builds
 * `.output/firefox-mv2` itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT, startServer } from '../../lib/node/chromium';
import { FIREFOX_BUILD, firefoxPath, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../../lib/node/firefox';

const LAYER = 'counterclaim-layer';
const SPOKESPERSON = /spokesperson said Meta still intends to go on releasing open-source models/;

let firefox: FirefoxExtensionBrowser;
let server: Awaited<ReturnType<typeof startServer>>;
let page: Page;

beforeAll(async () => {
  firefoxPath(); // fail first, and clearly, when there is no Firefox
  if (!process.env.COUNTERCLAIM_E2E_NO_BUILD) {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The Firefox extension did not build:\n${build.stdout}\n${build.stderr}`);
  }
  server = await startServer();
  firefox = await launchFirefoxWithExtension(FIREFOX_BUILD);
  page = await firefox.browser.newPage();
  await page.goto(server.url('/demo/article.html'));
  // Polled: waitForSelector looks again only when the page's DOM changes, not our shadow root.
  await page.waitForFunction((layer) => !!document.querySelector(layer)?.shadowRoot?.querySelector('button.badge.contradicted'), { polling: 100, timeout: 15_000 }, LAYER);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Scrolls the spokesperson's sentence to the middle of the viewport; its first line, in viewport pixels. */
async function spokespersonLine(): Promise<{ left: number; top: number; width: number; height: number }> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source);
    const ranges = CSS.highlights.get('counterclaim-contradicted')!;
    const range = [...(ranges as unknown as Iterable<Range>)].find((r) => pattern.test(r.toString()))!;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = range.getClientRects()[0];
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  }, SPOKESPERSON.source);
}

/** The badge in the margin beside the spokesperson's sentence. */
async function spokespersonBadge(): Promise<ElementHandle<HTMLButtonElement>> {
  const line = await spokespersonLine();
  const badges = await page.$$(`${LAYER} >>> button.badge.contradicted`);
  for (const badge of badges) {
    const box = await badge.evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
    if (Math.abs(box.top + box.height / 2 - (line.top + line.height / 2)) < 4) return badge as ElementHandle<HTMLButtonElement>;
  }
  throw new Error(`No badge beside the sentence (line at ${JSON.stringify(line)})`);
}

const cardCount = () => page.$$eval(`${LAYER} >>> .card`, (cards) => cards.length);

describe('Firefox, on the demo article', () => {
  it('registers the contradicted sentence as a CSS highlight the page can see, and adds nothing to the article', async () => {
    const seen = await page.evaluate(() => ({
      api: typeof Highlight === 'function' && 'highlights' in CSS,
      contradicted: [...((CSS.highlights.get('counterclaim-contradicted') ?? []) as unknown as Iterable<Range>)].map((r) => r.toString()),
      // Our only element is the UI host, a child of <html>; no <mark> or other node in the article.
      ownNodesInBody: document.body.querySelectorAll('[data-counterclaim], mark').length,
      host: document.querySelector('counterclaim-layer')?.parentElement?.localName,
    }));
    expect(firefox.extensionId).toBe('counterclaim@counterclaim.dev'); // the gecko id, so storage survives reinstalling
    expect(seen.api).toBe(true);
    expect(seen.contradicted).toContainEqual(expect.stringMatching(SPOKESPERSON));
    expect(seen.ownNodesInBody).toBe(0);
    expect(seen.host).toBe('html');
  });

  it('paints the mark: the sentence has the highlight colour, the text before it does not', async () => {
    const line = await spokespersonLine();
    const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
    const tint = async (clip: { x: number; y: number; width: number; height: number }) => {
      const png = await page.screenshot({ encoding: 'base64', clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y } });
      // Decoded by the page itself (no image library here); nothing is added to its DOM.
      return page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let tinted = 0;
        // rgba(255, 196, 0, 0.28) over the page's #fafafa is about rgb(251, 235, 180).
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] > 240 && pixels[i + 1] > 220 && pixels[i + 1] < 248 && pixels[i + 2] > 160 && pixels[i + 2] < 200) tinted++;
        return tinted / (pixels.length / 4);
      }, png);
    };
    // The sentence starts mid-line: sample its first line, and the same line before it.
    const marked = await tint({ x: line.left, y: line.top, width: Math.min(line.width, 200), height: line.height });
    const before = await tint({ x: Math.max(0, line.left - 200), y: line.top, width: Math.min(200, line.left), height: line.height });
    expect(marked).toBeGreaterThan(0.3);
    expect(before).toBeLessThan(0.02);
  });

  it('shows a badge in the margin beside the sentence', async () => {
    const badge = await spokespersonBadge();
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.isIntersectingViewport()).toBe(true);
    expect(await badge.evaluate((b) => b.getAttribute('aria-label'))).toMatch(/^Contradicted claim/);
  });

  it('opens a card with the contradicting claims and their https sources when the badge is clicked; Esc closes it', async () => {
    const badge = await spokespersonBadge();
    await badge.click();
    await expect.poll(cardCount).toBe(1);
    const card = (await page.$(`${LAYER} >>> .card`))!;
    const seen = await card.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        role: el.getAttribute('role'),
        id: el.id,
        text: (el as HTMLElement).innerText,
        said: (el.querySelector('section.said') as HTMLElement | null)?.innerText ?? '',
        links: [...el.querySelectorAll('.against a.outlet')].map((a) => a.getAttribute('href')),
        inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      };
    });
    expect(seen.role).toBe('dialog');
    expect(seen.text).toMatch(/Contradicted by/);
    expect(seen.said).toMatch(/spokesperson/i);
    expect(seen.links.length).toBeGreaterThan(0);
    for (const href of seen.links) expect(href).toMatch(/^https:\/\//);
    expect(seen.inViewport).toBe(true);
    expect(await badge.evaluate((b) => [b.getAttribute('aria-expanded'), b.getAttribute('aria-controls')])).toEqual(['true', seen.id]);

    await page.keyboard.press('Escape');
    await expect.poll(cardCount).toBe(0);
    expect(await badge.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
  });

  it('opens the card when the pointer rests on the marked sentence, and closes it when the pointer leaves', async () => {
    const line = await spokespersonLine();
    await page.mouse.move(line.left + 20, line.top + line.height / 2);
    await expect.poll(cardCount).toBe(1);
    expect(await page.$eval(`${LAYER} >>> .card section.said`, (el) => (el as HTMLElement).innerText)).toMatch(/spokesperson/i);
    await page.mouse.move(1, 1);
    await expect.poll(cardCount).toBe(0);
  });
});
