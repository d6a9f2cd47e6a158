export { isArticle, isArticleSignals, articleSignals, hasArticleJsonLd, hasOpenGraphArticle, jsonLdTypes } from './detect';
export type { ArticleSignals } from './detect';
export { extractArticle, leafBlocks } from './extract';
export { squash } from './squash';
export type { ExtractedArticle } from './extract';
