/**
 * `npm run bench:e2e`: the built extension in Chromium, measured from inside the page: the time
 * from the page's load event to the last mark drawn (the demo article, a 10,000-word article)
 * and our main-thread time on a page that is not an article. Medians of several runs.
 */
import { spawnSync } from 'node:child_process';
import { ROOT, launchWithExtension, settledSummary, startServer, tabIdOf } from './chromium';

const RUNS = 5;
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

// @ts-expect-error: a plain ES module written for the tests, without type declarations
const { bigArticleHtml } = (await import('../../tests/fixtures/big-article.mjs')) as { bigArticleHtml: (words: number) => string };
const big = bigArticleHtml(10_000);
const server = await startServer({ '/generated/article-10000.html': () => big });
const browser = await launchWithExtension();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(path: string, pick: (t: { loadEnd?: number; started: number; drawn?: number; busyMs: number }) => number): Promise<{ value: number; marks: number }> {
  const values: number[] = [];
  let marks = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.goto(server.url(path), { waitUntil: 'load' });
    const { summary } = await settledSummary(browser, await tabIdOf(browser, page));
    values.push(pick(summary.timing!));
    if (process.env.BENCH_VERBOSE) console.log(path, JSON.stringify(summary.timing));
    marks = summary.matches.length;
    await page.close();
  }
  return { value: median(values), marks };
}

/** From the load event's end, or from our start when the page had not finished loading by then. */
const loadToLastMark = (t: { loadEnd?: number; started: number; drawn?: number }) => (t.drawn ?? NaN) - Math.min(t.loadEnd ?? t.started, t.drawn ?? Infinity);
const demo = await measure('/demo/article.html', loadToLastMark);
console.log(`bench:e2e page=demo load_to_last_mark_ms=${demo.value.toFixed(1)} marks=${demo.marks} target_ms=100`);
const long = await measure('/generated/article-10000.html', loadToLastMark);
console.log(`bench:e2e page=article-10000-words load_to_last_mark_ms=${long.value.toFixed(1)} marks=${long.marks} target_ms=300`);
const plain = await measure('/fixtures/plain-page.html', (t) => t.busyMs);
console.log(`bench:e2e page=not-an-article main_thread_ms=${plain.value.toFixed(2)} target_ms=2`);

await browser.close();
await server.close();
