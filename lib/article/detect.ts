/**
 * Is this page an article? Small named predicates, cheapest first, so that most pages are
 * turned away after a few attribute reads.
 */
import { isProbablyReaderable } from '@mozilla/readability';

/** schema.org types that mean "this page is one written piece". */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'techarticle', 'scholarlyarticle',
  'liveblogposting', 'report',
]);

export interface ArticleSignals {
  /** A JSON-LD block declares an Article type (NewsArticle, BlogPosting, …). */
  jsonLd: boolean;
  /** Open Graph says og:type=article. */
  openGraph: boolean;
  /** Microdata says so: an Article itemtype, or an itemprop="articleBody". */
  microdata: boolean;
  /** Readability's quick test thinks the page has enough paragraph text to read. */
  readerable: boolean;
}

function typesOf(node: unknown, out: string[], depth = 0): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) typesOf(item, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') out.push(t.toLowerCase());
  if (record['@graph']) typesOf(record['@graph'], out, depth + 1);
  if (record.mainEntity) typesOf(record.mainEntity, out, depth + 1);
}

/** The schema.org types declared in the page's JSON-LD blocks; malformed blocks are ignored. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue; // not metadata any more; don't spend time on it
    try {
      typesOf(JSON.parse(source), types);
    } catch {
      // Broken JSON-LD is common on real sites; other signals still decide.
    }
  }
  return types;
}

export function hasArticleJsonLd(doc: Document): boolean {
  return jsonLdTypes(doc).some((type) => ARTICLE_TYPES.has(type.replace(/^.*[/:]/, '')));
}

export function hasOpenGraphArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  return og?.trim().toLowerCase() === 'article';
}

/**
 * Older CMSs mark an article up with microdata only, often with a body of <div>s that
 * Readability's quick test does not count: an articleBody, or one Article item (a home page
 * marks up each teaser as one).
 */
export function hasArticleMicrodata(doc: Document): boolean {
  if (doc.querySelector('[itemprop~="articleBody"]')) return true;
  const isArticleType = (element: Element) =>
    (element.getAttribute('itemtype') ?? '').toLowerCase().split(/\s+/).some((type) => ARTICLE_TYPES.has(type.replace(/^.*[/:]/, '')));
  return [...doc.querySelectorAll('[itemscope][itemtype]')].filter(isArticleType).length === 1;
}

export function articleSignals(doc: Document): ArticleSignals {
  const jsonLd = hasArticleJsonLd(doc);
  const openGraph = hasOpenGraphArticle(doc);
  const microdata = !jsonLd && !openGraph && hasArticleMicrodata(doc);
  // Readability's test walks paragraphs: only pay for it when the metadata says nothing.
  const readerable = jsonLd || openGraph || microdata ? true : isProbablyReaderable(doc);
  return { jsonLd, openGraph, microdata, readerable };
}

/**
 * An article is a page that says it is one (JSON-LD, Open Graph or microdata) and has text to read, or
 * one that Readability finds readable. A home page tagged og:type=article with no paragraphs is
 * caught later, when extraction finds no text.
 */
export function isArticle(doc: Document): boolean {
  return isArticleSignals(articleSignals(doc));
}

/** The verdict from signals already read (the content script keeps them for its summary). */
export function isArticleSignals(signals: ArticleSignals): boolean {
  return signals.jsonLd || signals.openGraph || signals.microdata || signals.readerable;
}
