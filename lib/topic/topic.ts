/**
 * Is the article about the corpus's subject? The corpus names its subject (entities such as
 * "Meta", "Zuckerberg") and its field (terms such as "AI", "open source"); an article must
 * mention both, often enough, to be checked. No topic is written into the code.
 */

export interface TopicTerms {
  /** Names, matched case-sensitively when written with a capital ("Meta", not "meta-analysis"). */
  entities: readonly string[];
  /** Field words, matched case-insensitively. */
  terms: readonly string[];
}

export interface TopicVerdict {
  about: boolean;
  /** 0..1: half from entity mentions, half from field terms, each saturating at SATURATION. */
  score: number;
  entityMentions: number;
  termMentions: number;
}

/** Mentions of each kind at which that half of the score is full. */
const SATURATION = 3;
/** A mention in the title says more about the subject than one in the body. */
const TITLE_WEIGHT = 3;
/** Below this an article mentions the subject in passing: not checked. */
export const ABOUT_THRESHOLD = 0.5;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function countMatches(pattern: RegExp | null, text: string): number {
  if (!pattern) return 0;
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/** One alternation per kind; \b does not work for non-ASCII edges, so edges are written out. */
function patternFor(words: readonly string[], caseSensitive: boolean): RegExp | null {
  const alternatives = words.map((w) => w.trim()).filter(Boolean).sort((a, b) => b.length - a.length).map(escape);
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

export interface TopicMatcher {
  judge(title: string, text: string): TopicVerdict;
}

export function topicMatcher(topic: TopicTerms): TopicMatcher {
  const capitalised = topic.entities.filter((e) => e !== e.toLowerCase());
  const lower = topic.entities.filter((e) => e === e.toLowerCase());
  const entityExact = patternFor(capitalised, true);
  const entityLoose = patternFor(lower, false);
  const terms = patternFor(topic.terms, false);
  const count = (pattern: RegExp | null, title: string, text: string) =>
    countMatches(pattern, title) * TITLE_WEIGHT + countMatches(pattern, text);
  return {
    judge(title, text) {
      const entityMentions = count(entityExact, title, text) + count(entityLoose, title, text);
      const termMentions = count(terms, title, text);
      const score =
        0.5 * Math.min(1, entityMentions / SATURATION) + 0.5 * Math.min(1, termMentions / SATURATION);
      const about = entityMentions > 0 && termMentions > 0 && score >= ABOUT_THRESHOLD;
      return { about, score: Math.round(score * 1000) / 1000, entityMentions, termMentions };
    },
  };
}
