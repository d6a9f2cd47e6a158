/**
 * Checking a page against a corpus: the topic gate, then each sentence through the matcher,
 * then each match's contradicting claims. The extension's background and the command line
 * both run this, so they give the same answers for the same page.
 */
import { relations, opposite, type Claim, type Corpus, type Relations, type Stance } from '../corpus';
import {
  CONFIDENCE_STEP, DISMISSAL_MARGIN, LONE_MARGIN, Matcher, MATCH_CANDIDATES, MATCH_THRESHOLD, NEAR_MARGIN, NEAR_MISS_REACH, SENSITIVITY_STEP, STANCE_MARGIN, type DocMatch, type MatchableDoc, type SerialisedIndex, type Similarity,
} from '../match';
// The topic gate lives apart from article detection, so the background never bundles Readability.
import { topicMatcher, type TopicMatcher } from '../topic';
import { OtherNames } from './others';
import { FRAGMENT_MARGIN, isFragment, isFurnitureLine } from './furniture';
import { dismissedSpeaker, madeBy } from './dismissals';
import { settleByNegation } from './shared-negation';
import type { WordVectors } from '../match/embeddings';
import { confidenceOf, evidenceOf, type MarkEvidence } from './confidence';
import { MARK_MODEL } from './mark-model';
import { dateAgreement, datesIn, type Month } from '../match/dates';

/** A claim's date ("2024-07-23" or "2024-07") as a month. */
const monthOfDate = (date: string): Month => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

export interface SentenceInput {
  text: string;
  start: number;
  end: number;
}

export interface CheckedMatch {
  sentence: string;
  start: number;
  end: number;
  /** The claim the sentence says (for a negated sentence: the claim on the side it takes). */
  claim: string;
  score: number;
  /** The stance the sentence takes on the claim's proposition. */
  stance: Stance;
  /** Set when the sentence denies a claim: the id of the claim it denies. */
  negates?: string;
  /** The sentence's words that carried the match. */
  matchedOn: string[];
  contradictedBy: string[];
  supportedBy: string[];
}

export interface PageVerdict {
  about: boolean;
  topicScore: number;
  matches: CheckedMatch[];
}

/** A match, or a near miss, with the evidence the second look weighs it on (confidence.ts). */
export interface WeighedMatch {
  match: CheckedMatch;
  evidence: MarkEvidence;
  /** The sentence brushes aside what the matched claim's maker said (dismissals.ts). */
  brushesAside: boolean;
}

/** What the first look makes of a sentence: its match, or its near miss (not `cleared`). */
interface FirstLook {
  match: CheckedMatch;
  cleared: boolean;
  brushesAside: boolean;
  /** A lone doubt on its page (loneDoubts). */
  lone?: boolean;
  /** Read by two phrasings of its claim almost alike, one agreeing and one denying (otherReading). */
  torn: boolean;
}

export interface WeighedPage {
  about: boolean;
  topicScore: number;
  candidates: WeighedMatch[];
}

export interface CheckOptions {
  /** -2 (fewer, surer marks) .. +2 (more marks); 0 is the calibrated default. */
  sensitivity?: number;
  /** At most this many matches are returned (big pages). */
  maxMatches?: number;
  /** Skip the topic gate: later paragraphs of a page already found to be about the topic. */
  assumeAbout?: boolean;
  /** Claims already marked on this page (earlier paragraphs): a mark on their propositions is not alone. */
  marked?: readonly string[];
  /** The sentences are a reader's selection, not a page: no mark is held to be alone on it. */
  selection?: boolean;
}

/** Everything a claim is matched by: its own words, the quote, and the common phrasings. */
const textsOf = (claim: Claim) => [claim.text, ...(claim.quote ? [claim.quote] : []), ...(claim.phrasings ?? [])];

/** The corpus as the matcher indexes it: one doc per claim. */
export function matchableDocs(corpus: Corpus): MatchableDoc[] {
  return corpus.claims.map((claim) => ({ id: claim.id, texts: textsOf(claim) }));
}

const notchesOf = (sensitivity: number) => Math.max(-2, Math.min(2, Math.round(sensitivity)));

export function thresholdFor(sensitivity = 0): number {
  return MATCH_THRESHOLD - notchesOf(sensitivity) * SENSITIVITY_STEP;
}

/** The confidence a match needs to be shown (confidence.ts): the setting moves it with the threshold. */
export function cutoffFor(sensitivity = 0): number {
  return MARK_MODEL.cutoff - notchesOf(sensitivity) * CONFIDENCE_STEP;
}

/**
 * Whether the second look shows a match. A sentence that names whose claim it brushes aside
 * (dismissals.ts) needs no more than the first look: the name is the evidence its few shared
 * words lack, and the model weighs only words.
 */
const isShown = (weighed: WeighedMatch, cutoff: number) =>
  (weighed.brushesAside && weighed.evidence.cleared === 1) || confidenceOf(weighed.evidence) >= cutoff;

/**
 * The phrasing that reads the sentence almost as well as `found`, the other way: one phrasing
 * holds a "no" the other lacks. A sentence with one is torn; the second look weighs it (confidence.ts).
 */
function otherReading(found: DocMatch, readings: readonly Similarity[]): Similarity | undefined {
  return readings.find((reading) => reading.score >= found.score - STANCE_MARGIN && reading.negated !== found.negated);
}

export class CorpusChecker {
  readonly relations: Relations;
  private readonly topic: TopicMatcher;
  private readonly others: OtherNames;

  private constructor(
    readonly corpus: Corpus,
    readonly matcher: Matcher,
    /** Word vectors for the second look to read meaning by (meaning.ts); without them it counts shared words only. */
    private readonly vectors?: WordVectors,
  ) {
    this.relations = relations(corpus);
    this.topic = topicMatcher(corpus.meta.topic);
    // Made with the checker, when the background starts, not on a reader's first page.
    this.others = OtherNames.of(corpus, corpus.claims.map(textsOf), this.topic);
  }

  static build(corpus: Corpus, vectors?: WordVectors): CorpusChecker {
    return new CorpusChecker(corpus, Matcher.build(matchableDocs(corpus)), vectors);
  }

  /** With an index built ahead of time (the bundled corpus's, at build time). */
  static withIndex(corpus: Corpus, index: SerialisedIndex, vectors?: WordVectors): CorpusChecker {
    return new CorpusChecker(corpus, Matcher.load(matchableDocs(corpus), index), vectors);
  }

  judgeTopic(title: string, text: string) {
    return this.topic.judge(title, text);
  }

  /** The match for one sentence, with the claims for and against the stance it takes. */
  checkSentence(sentence: SentenceInput, threshold = thresholdFor(0)): CheckedMatch | null {
    const weighed = this.weighSentence(sentence, threshold);
    return weighed && isShown(weighed, cutoffFor(0)) ? weighed.match : null;
  }

  /** The sentence's match, or its near miss, before the second look decides. */
  weighSentence(sentence: SentenceInput, threshold = thresholdFor(0)): WeighedMatch | null {
    const look = this.firstLook(sentence, threshold);
    return look && this.weighed(look);
  }

  /** The sentence's match, or else its near miss: its best match up to NEAR_MISS_REACH under the threshold. */
  private firstLook(sentence: SentenceInput, threshold: number): FirstLook | null {
    const sure = this.check(sentence, threshold);
    const best = sure ?? this.check(sentence, threshold - NEAR_MISS_REACH);
    return best && { match: best.match, cleared: sure !== null, brushesAside: best.brushedAside, torn: best.torn };
  }

  private weighed({ match, cleared, brushesAside, lone, torn }: FirstLook): WeighedMatch {
    const claim = this.relations.claim(match.negates ?? match.claim);
    const evidence = evidenceOf({
      sentence: match.sentence,
      claimText: claim?.text ?? '',
      score: match.score,
      matchedOn: match.matchedOn,
      denies: match.negates !== undefined,
      disputes: match.stance === 'disputes',
      cleared,
      lone,
      torn,
    }, { vectors: this.vectors, idfOf: this.matcher.idfOf });
    return { match, evidence, brushesAside };
  }

  /** The match, and whether the sentence brushes aside what the matched claim's maker said (dismissed). */
  private check(sentence: SentenceInput, threshold: number): { match: CheckedMatch; brushedAside: boolean; torn: boolean } | null {
    if (isFurnitureLine(sentence.text)) return null;
    // A line without closing punctuation (a heading, a standfirst, a list or table label) names a
    // topic more often than it states a claim: it must match more closely.
    if (isFragment(sentence.text)) threshold += FRAGMENT_MARGIN;
    const dismissal = this.dismissed(sentence.text, threshold);
    const best = dismissal ?? this.byDate(sentence.text, threshold);
    if (!best) return null;
    // How each of the claim's phrasings reads the sentence.
    const readings = dismissal ? [] : this.matcher.readings(sentence.text, best.doc);
    const settledBy = settleByNegation(best, readings, threshold);
    // Phrasings torn between agreeing and denying leave the sentence to the second look, read as
    // agreeing: a denial read off one phrasing's missing negation ("barred from" against "may not
    // use") is the likelier mistake.
    const other = settledBy.settled ? undefined : otherReading(settledBy.found, readings);
    const found = other && settledBy.found.negated ? { ...settledBy.found, ...other } : settledBy.found;
    const matched = this.corpus.claims[found.doc];
    if (this.others.aboutSomeoneElse(sentence.text, textsOf(matched))) return null;
    const stance = found.negated ? opposite(matched.stance) : matched.stance;
    if (!dismissal && this.tornByClaims(sentence.text, found, stance, threshold)) return null;
    const claim = found.negated ? this.bestOnSide(sentence.text, matched, stance) : matched;
    const match: CheckedMatch = {
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      claim: claim.id,
      score: found.score,
      stance,
      ...(found.negated ? { negates: matched.id } : {}),
      matchedOn: found.words,
      contradictedBy: this.relations.against(matched, stance).map((c) => c.id),
      supportedBy: this.relations.with(matched, stance).filter((c) => c.id !== claim.id).map((c) => c.id),
    };
    return { match, brushedAside: dismissal !== null, torn: other !== undefined };
  }

  /**
   * For a sentence that brushes aside what someone said ("…, whatever the Times says"), the best
   * match among the claims that someone made, read as denied (dismissals.ts). Naming who said it
   * is evidence the shared words lack, so the match may score a little under the threshold.
   */
  private dismissed(text: string, threshold: number): DocMatch | null {
    const speaker = dismissedSpeaker(text);
    if (!speaker) return null;
    const floor = threshold - DISMISSAL_MARGIN;
    const hit = this.matcher.rank(text, 10, floor, MATCH_CANDIDATES).find((h) => h.score >= floor && madeBy(this.corpus.claims[h.doc], speaker));
    return hit ? { ...hit, negated: true } : null;
  }

  /**
   * The best match, or one that scores almost as well and fits the dates the sentence names
   * better ("In July 2024 Zuckerberg predicted..." is his claim of that month, not a 2025 report
   * in the same words).
   */
  private byDate(text: string, threshold: number): DocMatch | null {
    const dates = datesIn(text);
    if (dates.length === 0) return this.matcher.match(text, { threshold });
    const ranked = this.matcher.rank(text, 3, threshold, MATCH_CANDIDATES).filter((hit) => hit.score >= threshold);
    if (ranked.length === 0) return null;
    const fit = (hit: DocMatch) => dateAgreement(monthOfDate(this.corpus.claims[hit.doc].source.date), dates);
    const close = ranked.filter((hit) => hit.score >= ranked[0].score - STANCE_MARGIN);
    return close.reduce((best, hit) => (fit(hit) > fit(best) ? hit : best));
  }

  /**
   * Another claim on the same proposition matches almost as well but takes the other side: which
   * side the sentence takes would be a guess, and a wrong mark costs a reader more than a missed one.
   */
  private tornByClaims(text: string, found: DocMatch, stance: Stance, threshold: number): boolean {
    const close = (score: number) => score >= found.score - STANCE_MARGIN;
    const proposition = this.corpus.claims[found.doc].proposition;
    return this.matcher.rank(text, 3, threshold, MATCH_CANDIDATES).some((other) => {
      if (other.doc === found.doc || !close(other.score)) return false;
      const claim = this.corpus.claims[other.doc];
      return claim.proposition === proposition && (other.negated ? opposite(claim.stance) : claim.stance) !== stance;
    });
  }

  /** A sentence that denies `denied` says what the other side of its proposition says: the closest such claim. */
  private bestOnSide(text: string, denied: Claim, stance: Stance): Claim {
    const side = new Set(this.relations.with(denied, stance).map((c) => c.id));
    if (side.size === 0) return denied;
    const ranked = this.matcher.rank(text, 50, 0, 200);
    for (const hit of ranked) {
      const claim = this.corpus.claims[hit.doc];
      if (side.has(claim.id)) return claim;
    }
    return this.relations.claim([...side][0])!;
  }

  /**
   * A page that speaks of a claim usually does so more than once; a sentence that alone on its
   * page comes near a proposition, and only just clears the threshold, more often shares words
   * with a claim by chance: these are the page's lone doubts, the marks that clear the threshold by
   * less than LONE_MARGIN and have no company. Another mark on
   * the proposition keeps it company, as does a claim marked earlier on the page or another
   * sentence that comes within NEAR_MARGIN under the threshold of the proposition. A sentence that
   * names whose claim it brushes aside (`named`, dismissals.ts) is no chance meeting of words.
   */
  private loneDoubts(matches: CheckedMatch[], checked: readonly string[], threshold: number, marked: readonly string[], named: ReadonlySet<CheckedMatch>): Set<CheckedMatch> {
    const propositionOf = (id: string) => this.relations.claim(id)?.proposition ?? '';
    const earlier = new Set(marked.map(propositionOf));
    const marks = new Map<string, number>();
    for (const m of matches) marks.set(propositionOf(m.claim), (marks.get(propositionOf(m.claim)) ?? 0) + 1);
    const isAlone = (m: CheckedMatch) => marks.get(propositionOf(m.claim)) === 1 && !earlier.has(propositionOf(m.claim));
    const alone = new Set(matches.filter((m) => m.score < threshold + LONE_MARGIN && isAlone(m) && !named.has(m)));
    if (alone.size === 0) return alone;
    // Look for near sentences only while some lone mark still needs one: most pages have none.
    const lonely = new Map([...alone].map((m) => [propositionOf(m.claim), m.sentence]));
    for (const text of checked) {
      const near = this.matcher.match(text, { threshold: threshold - NEAR_MARGIN });
      const proposition = near ? this.corpus.claims[near.doc].proposition : '';
      if (lonely.has(proposition) && lonely.get(proposition) !== text) lonely.delete(proposition);
      if (lonely.size === 0) break;
    }
    return new Set([...alone].filter((m) => lonely.has(propositionOf(m.claim))));
  }

  /**
   * The topic gate, then every sentence. Sentences are checked only on pages about the topic. A
   * page mainly about someone else (others.ts) has only its sentences that name the topic checked:
   * the rest speak of that someone. Both are judged on the sentences given, unless `assumeAbout`
   * says an earlier part of the page was judged already.
   */
  checkPage(title: string, sentences: readonly SentenceInput[], options: CheckOptions = {}): PageVerdict {
    const { about, topicScore, candidates } = this.weighPage(title, sentences, options);
    const cutoff = cutoffFor(options.sensitivity);
    const matches = candidates.filter((c) => isShown(c, cutoff)).map((c) => c.match).slice(0, options.maxMatches);
    return { about, topicScore, matches };
  }

  /**
   * The page's matches that cleared the threshold and its lone doubts, and its near misses, each
   * with its evidence, before the second look decides (checkPage).
   */
  weighPage(title: string, sentences: readonly SentenceInput[], options: CheckOptions = {}): WeighedPage {
    const texts = sentences.map((s) => s.text);
    const verdict = options.assumeAbout ? { about: true, score: 1 } : this.judgeTopic(title, texts.join(' '));
    if (!verdict.about) return { about: false, topicScore: verdict.score, candidates: [] };
    const threshold = thresholdFor(options.sensitivity);
    const limit = options.maxMatches ?? Infinity;
    let found: FirstLook[] = [];
    let cleared = 0;
    const aboutOthers = !options.assumeAbout && this.others.mainlyAboutSomeoneElse(texts);
    // The opening of a run of sentences about someone else ("Quillwort raised... Its founders say...").
    let opening: string | undefined;
    const checked: string[] = [];
    // Marks on sentences that name whose claim they brush aside.
    const named = new Set<CheckedMatch>();
    for (const sentence of sentences) {
      if (aboutOthers && !this.others.namesTopic(sentence.text)) continue;
      if (this.others.continuesSomeoneElse(sentence.text, opening)) continue;
      opening = sentence.text;
      checked.push(sentence.text);
      const look = this.firstLook(sentence, threshold);
      if (!look) continue;
      found.push(look);
      if (look.cleared && look.brushesAside) named.add(look.match);
      if (look.cleared && ++cleared >= limit) break;
    }
    // Whether a mark is alone on its page is evidence the second look weighs. A selection is no page.
    if (!options.selection) {
      const lone = this.loneDoubts(found.filter((f) => f.cleared).map((f) => f.match), checked, threshold, options.marked ?? [], named);
      found = found.map((f) => ({ ...f, lone: lone.has(f.match) }));
    }
    return { about: true, topicScore: verdict.score, candidates: found.map((f) => this.weighed(f)) };
  }
}
