/**
 * `npm run bench`: our matcher against brute-force fuse.js and MiniSearch, side by side in one
 * process, on deterministic synthetic corpora of 1,000, 10,000 and 100,000 claims and one
 * 3,000-word article. One line per corpus size; match_ms is the median of five runs once warm,
 * cold_ms the first pass.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { Matcher, MATCH_THRESHOLD } from '../match';
import { syntheticArticle, syntheticClaims } from './synthetic';

const SIZES = [1_000, 10_000, 100_000];
const ARTICLE_WORDS = 3_000;
/** Brute force takes seconds per sentence: timed on a sample. */
const bruteForceSample = (size: number) => (size >= 100_000 ? 2 : 10);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
/** JS heap plus typed-array buffers, where the index lives. */
const heapMb = () => {
  const memory = process.memoryUsage();
  return (memory.heapUsed + memory.arrayBuffers) / 1048576;
};
const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const fixed = (x: number, digits = 1) => x.toFixed(digits);
/** The article is timed this many times and the median reported: one run is at the mercy of the machine. */
const TIMED_RUNS = 5;
/** Passes over the article before timing: V8 takes about ten to settle on optimised code. */
const WARM_UP_PASSES = 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sentences = syntheticArticle(ARTICLE_WORDS, 7);
let firstMatches = -1;
for (const size of SIZES) {
  const claims = syntheticClaims(size, 42);
  gc();
  const heapBefore = heapMb();
  let matcher!: Matcher;
  const buildMs = time(() => {
    matcher = Matcher.build(claims.map((c) => ({ id: c.id, texts: [c.text] })));
  });
  gc();
  const heap = heapMb() - heapBefore;
  // The first pass is cold: the JIT has not compiled the matcher yet and no claim's words are
  // cached. It is reported apart; match_ms is timed once the matcher is warm, as in a
  // background that has checked a few pages.
  const coldMs = time(() => {
    for (const s of sentences) matcher.match(s, { threshold: MATCH_THRESHOLD });
  });
  for (let warm = 0; warm < WARM_UP_PASSES; warm++) for (const s of sentences) matcher.match(s, { threshold: MATCH_THRESHOLD });
  let matches = 0;
  const runs = Array.from({ length: TIMED_RUNS }, () =>
    time(() => {
      matches = 0;
      for (const s of sentences) if (matcher.match(s, { threshold: MATCH_THRESHOLD })) matches++;
    }),
  );
  const matchMs = median(runs);
  if (firstMatches < 0) firstMatches = matches;

  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  mini.addAll(claims);
  for (const s of sentences.slice(0, 10)) mini.search(s);
  const miniMs = time(() => {
    for (const s of sentences) mini.search(s);
  });

  const fuse = new Fuse(claims, { keys: ['text'], threshold: 0.4, ignoreLocation: true });
  const sample = sentences.slice(0, bruteForceSample(size));
  const bruteMs = time(() => {
    for (const s of sample) fuse.search(s);
  }) / sample.length;

  const speedup = (bruteMs * sentences.length) / matchMs;
  console.log(
    `bench corpus=${size} build_ms=${fixed(buildMs, 0)} match_ms=${fixed(matchMs)} heap_mb=${fixed(heap)} ` +
      `bruteforce_ms_per_sentence=${fixed(bruteMs, 0)} minisearch_ms=${fixed(miniMs)} speedup=${fixed(speedup, 0)}` +
      ` sentences=${sentences.length} matched=${matches} cold_ms=${fixed(coldMs)}`,
  );
}
