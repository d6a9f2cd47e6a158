/**
 * `npm run demo`: builds the extension, serves the bundled demo article on 127.0.0.1 and opens
 * it in Chromium with the extension loaded. With a display, the browser stays open for you;
 * without one, it saves screenshots of the annotated page and the popup and prints the summary.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, launchWithExtension, openPopup, startServer, tabIdOf } from './chromium';

const OUT = join(ROOT, 'demo-output');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer();
const browser = await launchWithExtension(undefined, headless);
const page = await browser.context.newPage();
const url = server.url('/demo/article.html');
await page.goto(url);
await page.waitForSelector('counterclaim-layer >> css=.badge', { state: 'attached', timeout: 15_000 });

if (!headless) {
  console.log(`Counterclaim is running on ${url}. Close the browser window to stop.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
  process.exit(0);
}

const badge = page.locator('counterclaim-layer .badge.contradicted').first();
await badge.scrollIntoViewIfNeeded();
await page.evaluate(() => window.scrollBy(0, -120));
await badge.click();
await page.waitForSelector('counterclaim-layer >> css=.card');
await page.screenshot({ path: join(OUT, 'annotated-page.png') });
const popup = await openPopup(browser, await tabIdOf(browser, page));
await popup.setViewportSize({ width: 380, height: 760 });
await popup.screenshot({ path: join(OUT, 'popup.png') });
const summary = await popup.evaluate(() => ({
  title: document.getElementById('page-title')?.textContent,
  matches: document.querySelector('[data-count="matches"]')?.textContent,
  contradictions: document.querySelector('[data-count="contradictions"]')?.textContent,
  items: [...document.querySelectorAll('[data-claim-id]')].map((li) => ({
    claim: li.getAttribute('data-claim-id'),
    sentence: li.querySelector('.sentence')?.textContent,
    against: [...li.querySelectorAll('.against li')].map((item) => item.textContent ?? ''),
  })),
}));
console.log(`Demo article: ${url}`);
console.log(`Title: ${summary.title}`);
console.log(`Known claims marked: ${summary.matches}; contradicted: ${summary.contradictions}`);
for (const item of summary.items) {
  console.log(`- ${item.sentence}\n    claim: ${item.claim}`);
  for (const against of item.against) console.log(`    contradicted by ${against}`);
}
console.log(`Screenshots: ${join('demo-output', 'annotated-page.png')}, ${join('demo-output', 'popup.png')}`);
await browser.close();
await server.close();
