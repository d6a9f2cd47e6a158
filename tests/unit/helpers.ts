import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
export const demoArticle = new URL('../../assets/demo/article.html', import.meta.url);

/** A document parsed the way the command line parses pages. */
export function documentFrom(html: string, url = 'https://example.com/news/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function documentOf(file: URL): Document {
  return documentFrom(readFileSync(file, 'utf8'));
}
