export { topicMatcher, ABOUT_THRESHOLD } from './topic';
export type { TopicTerms, TopicVerdict, TopicMatcher } from './topic';
