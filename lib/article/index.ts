export { isArticle, isArticleSignals, articleSignals, hasArticleJsonLd, hasOpenGraphArticle, jsonLdTypes } from './detect';
export type { ArticleSignals } from './detect';
export { extractArticle, leafBlocks, squash } from './extract';
export type { ExtractedArticle } from './extract';
