/**
 * The page half of the pipeline, shared by the content script and the command line: is this an
 * article, and if so its title, its flat text with the map back to the DOM, and its sentences.
 */
import { articleSignals, extractArticle, type ArticleSignals } from './article';
import { buildTextMap, splitSentences, type Sentence, type TextMap } from './text';

export interface PageText {
  isArticle: boolean;
  signals: ArticleSignals;
  title: string;
  map: TextMap;
  sentences: Sentence[];
}

const EMPTY_MAP: TextMap = { text: '', segments: [], blocks: [] };

export function readPage(doc: Document): PageText {
  const signals = articleSignals(doc);
  const isArticle = signals.jsonLd || signals.openGraph || signals.readerable;
  if (!isArticle) return { isArticle, signals, title: doc.title.trim(), map: EMPTY_MAP, sentences: [] };
  const article = extractArticle(doc);
  const map = buildTextMap(article.blocks);
  const sentences = splitSentences(map.text, map.blocks, article.language);
  return { isArticle: sentences.length > 0, signals, title: article.title, map, sentences };
}
