export { isArticle, articleSignals, hasArticleJsonLd, hasOpenGraphArticle, jsonLdTypes } from './detect';
export type { ArticleSignals } from './detect';
export { extractArticle, leafBlocks, squash } from './extract';
export type { ExtractedArticle } from './extract';
export { topicMatcher, ABOUT_THRESHOLD } from './topic';
export type { TopicTerms, TopicVerdict, TopicMatcher } from './topic';
