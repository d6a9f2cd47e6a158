/**
 * One page as the content script sees it: scans the article's blocks (each once), asks the
 * background to check their sentences, draws the answers, and tells the background what it
 * found. Later paragraphs, rewritten paragraphs and single-page-app navigations start a new
 * scan; `reset` forgets everything of the previous page.
 */
import browser from 'webextension-polyfill';
import { articleSignals, extractArticle, isArticleSignals } from '../../lib/article';
import { sentencesOf } from '../../lib/read-page';
import { rangeFor } from '../../lib/text';
import { eachInSlices, yieldToBrowser } from '../../lib/schedule';
import { isContradicted, type CheckPageReply, type MatchView, type PageSummary } from '../../lib/messages';
import type { Annotation, Highlighter } from '../../lib/annotate';
import type { AnnotationUi } from './annotation-ui';
import { normalisePageUrl } from '../../lib/highlights';
import { pageKey } from './own-highlights';

/** At most this many marks are drawn on one page; the rest are counted and a notice says so. */
export const MAX_MARKS = 150;
/** Blocks checked per message: large enough for the topic gate, small enough to stay responsive. */
const BLOCKS_PER_CHUNK = 60;

function loadEventEnd(): number | undefined {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.loadEventEnd || undefined;
}

interface Drawn {
  annotation: Annotation;
  block: Element;
  match: MatchView;
}

export class PageSession {
  private summary!: PageSummary;
  /** Text of each block when it was checked: a block is checked again only if its text changes. */
  private checked = new WeakMap<Element, string>();
  private drawn: Drawn[] = [];
  private about: boolean | undefined;
  private generation = 0;
  private scanning: Promise<void> | null = null;
  private rescanWanted = false;
  private chunkSerial = 0;

  constructor(
    private readonly doc: Document,
    private readonly ui: () => Promise<AnnotationUi>,
    private readonly highlighter: Highlighter,
    private readonly isValid: () => boolean,
  ) {
    this.reset();
  }

  get current(): PageSummary {
    return this.summary;
  }

  /** A new page (load or in-app navigation): remove every mark and start over. */
  reset(url = location.href): void {
    this.generation++;
    for (const { annotation } of this.drawn) this.highlighter.remove(annotation.range);
    if (this.drawn.length) void this.ui().then((ui) => ui.layer.remove(() => true));
    this.drawn = [];
    this.checked = new WeakMap();
    this.about = undefined;
    this.summary = {
      pageId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      state: 'working', url, pageKey: url === location.href ? pageKey(this.doc) : normalisePageUrl(url), title: this.doc.title, isArticle: false, about: false,
      topicScore: 0, sentences: 0, matches: [], hidden: 0, claims: {},
      timing: { loadEnd: loadEventEnd(), started: performance.now(), busyMs: 0 },
    };
  }

  /** Scans now, or once more after the scan under way (changes that came in meanwhile). */
  scan(): Promise<void> {
    if (this.scanning) {
      this.rescanWanted = true;
      return this.scanning;
    }
    this.scanning = this.run().finally(() => {
      this.scanning = null;
      if (this.rescanWanted) {
        this.rescanWanted = false;
        void this.scan();
      }
    });
    return this.scanning;
  }

  /** The page is on a quiet site: say so, do nothing else. */
  quiet(): void {
    this.finish('quiet');
  }

  reveal(key: string): void {
    const drawn = this.drawn.find((d) => d.annotation.key === key);
    if (!drawn) return;
    void this.ui().then((ui) => ui.layer.reveal(key));
    this.highlighter.flash(drawn.annotation.range);
  }

  /** Runs a task's worth of our work and times it. */
  private busy<T>(work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.busyFor(performance.now() - start);
    }
  }

  /** A task of ours took `ms`: a busy() call or a slice of eachInSlices, never two in one task. */
  private busyFor(ms: number): void {
    const timing = this.summary.timing!;
    timing.busyMs += ms;
    timing.longestMs = Math.max(timing.longestMs ?? 0, ms);
  }

  private stale(generation: number): boolean {
    return generation !== this.generation || !this.isValid();
  }

  private async run(): Promise<void> {
    const generation = this.generation;
    const summary = this.summary;
    const signals = this.busy(() => articleSignals(this.doc));
    summary.isArticle = isArticleSignals(signals);
    if (!summary.isArticle) return this.finish('not-article');
    // An app that rendered its story late: checking it now, no longer "not an article".
    if (summary.state === 'not-article') summary.state = 'working';
    await yieldToBrowser();
    if (this.stale(generation)) return;
    const { article, fresh } = this.busy(() => {
      const article = extractArticle(this.doc);
      this.forgetRewritten(article.blocks);
      return { article, fresh: article.blocks.filter((block) => this.checked.get(block) !== block.textContent) };
    });
    summary.title = article.title || this.doc.title;
    if (article.blocks.length === 0) {
      summary.isArticle = false;
      return this.finish('not-article');
    }
    // Reading a long article's blocks and splitting their first sentences make one long task.
    await yieldToBrowser();
    for (let i = 0; i < fresh.length; i += BLOCKS_PER_CHUNK) {
      if (this.stale(generation)) return;
      const chunk = fresh.slice(i, i + BLOCKS_PER_CHUNK);
      const { map, sentences } = this.busy(() => {
        for (const block of chunk) this.checked.set(block, block.textContent ?? '');
        return sentencesOf(chunk, article.language);
      });
      summary.sentences += sentences.length;
      if (sentences.length === 0) continue;
      let reply: CheckPageReply;
      try {
        reply = (await browser.runtime.sendMessage({
          type: 'check-page', title: summary.title, sentences, onTopic: this.about === true, marked: this.drawn.map((d) => d.match.claim),
        })) as CheckPageReply;
      } catch (error) {
        if (this.stale(generation)) return;
        summary.error = `Could not check this page: ${(error as Error).message}`;
        return this.finish('error');
      }
      if (this.stale(generation)) return;
      if (reply.error) {
        summary.error = reply.error;
        return this.finish('error');
      }
      if (this.about === undefined) {
        this.about = reply.about;
        summary.about = reply.about;
        summary.topicScore = reply.topicScore;
        if (!reply.about) return this.finish('off-topic');
      }
      await this.draw(reply, map, chunk, generation);
      await yieldToBrowser();
    }
    if (this.stale(generation)) return;
    this.finish(this.drawn.length || summary.hidden ? 'done' : 'no-matches');
  }

  /** Blocks the page rewrote since we checked them lose their marks, and are checked again. */
  private forgetRewritten(blocks: readonly Element[]): void {
    const live = new Set(blocks);
    const gone = this.drawn.filter((d) => !d.block.isConnected || (live.has(d.block) && this.checked.get(d.block) !== d.block.textContent));
    if (gone.length === 0) return;
    const keys = new Set(gone.map((d) => d.annotation.key));
    for (const d of gone) this.highlighter.remove(d.annotation.range);
    this.drawn = this.drawn.filter((d) => !keys.has(d.annotation.key));
    void this.ui().then((ui) => ui.layer.remove((a) => keys.has(a.key)));
  }

  private async draw(reply: CheckPageReply, map: ReturnType<typeof sentencesOf>['map'], chunk: Element[], generation: number): Promise<void> {
    const serial = ++this.chunkSerial;
    const annotations: Drawn[] = [];
    for (const match of reply.matches) {
      if (this.drawn.length + annotations.length >= MAX_MARKS) {
        this.summary.hidden = (this.summary.hidden ?? 0) + 1;
        continue;
      }
      const range = rangeFor(map, match.start, match.end);
      const claim = reply.claims[match.claim];
      if (!range || !claim) continue;
      const key = `${serial}-${match.start}`;
      const start = range.startContainer;
      const block = chunk.find((b) => b.contains(start)) ?? chunk[0];
      annotations.push({
        block,
        match: { ...match, key },
        annotation: {
          key,
          range,
          kind: isContradicted(match) ? 'contradicted' : 'match',
          view: {
            match,
            claim,
            negates: match.negates ? reply.claims[match.negates] : undefined,
            against: match.contradictedBy.map((id) => reply.claims[id]).filter(Boolean),
          },
        },
      });
    }
    Object.assign(this.summary.claims, reply.claims);
    if (annotations.length === 0) return;
    // Last first: in the <mark> fallback, wrapping later text never moves an earlier range.
    const reversed = [...annotations].reverse();
    const add = (d: Drawn) => this.highlighter.add(d.annotation.range, d.annotation.kind);
    const ok = await eachInSlices(reversed, add, () => this.stale(generation), undefined, (ms) => this.busyFor(ms));
    if (!ok) return;
    const ui = await this.ui();
    await yieldToBrowser(); // the badges in a task of their own, not after the last slice of marks
    if (this.stale(generation)) return;
    this.busy(() => ui.layer.add(annotations.map((d) => d.annotation)));
    this.drawn.push(...annotations);
    this.drawn.sort((a, b) => a.annotation.range.compareBoundaryPoints(Range.START_TO_START, b.annotation.range));
    this.summary.matches = this.drawn.map((d) => d.match);
    this.summary.timing!.drawn = performance.now();
    this.summary.timing!.loadEnd ??= loadEventEnd();
    if (this.summary.hidden) {
      ui.layer.notice(`Counterclaim marked the first ${MAX_MARKS} claims on this long page; ${this.summary.hidden} more were not marked.`);
    }
    this.report();
  }

  private finish(state: PageSummary['state']): void {
    this.summary.state = state;
    this.summary.timing!.loadEnd ??= loadEventEnd();
    this.summary.matches = this.drawn.map((d) => d.match);
    this.report();
  }

  /** Tells the background (popup, badge) what this frame found. */
  report(): void {
    if (!this.isValid()) return;
    browser.runtime.sendMessage({ type: 'frame-report', summary: this.summary }).catch(() => undefined);
  }
}
