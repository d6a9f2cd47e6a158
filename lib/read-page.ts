/**
 * The page half of the pipeline, shared by the content script and the command line: is this an
 * article, and if so its title, its blocks, and (for the command line, in one go) its flat text
 * with the map back to the DOM, and its sentences.
 */
import { articleSignals, extractArticle, isArticleSignals, type ArticleSignals, type ExtractedArticle } from './article';
import { buildTextMap, splitSentences, type Sentence, type TextMap } from './text';

export interface PageText {
  isArticle: boolean;
  signals: ArticleSignals;
  title: string;
  map: TextMap;
  sentences: Sentence[];
}

const EMPTY_MAP: TextMap = { text: '', segments: [], blocks: [] };

/** Sentences of some blocks, with the text map that turns their offsets into ranges. */
export function sentencesOf(blocks: readonly Element[], language: string): { map: TextMap; sentences: Sentence[] } {
  const map = buildTextMap(blocks);
  return { map, sentences: splitSentences(map.text, map.blocks, language) };
}

export function readPage(doc: Document): PageText {
  const signals = articleSignals(doc);
  if (!isArticleSignals(signals)) return { isArticle: false, signals, title: doc.title.trim(), map: EMPTY_MAP, sentences: [] };
  const article: ExtractedArticle = extractArticle(doc);
  const { map, sentences } = sentencesOf(article.blocks, article.language);
  return { isArticle: sentences.length > 0, signals, title: article.title, map, sentences };
}
