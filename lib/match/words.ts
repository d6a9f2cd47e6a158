/**
 * Words to terms: tokenising, stop words, synonyms and stems. A term is what the index stores
 * and what two texts must share to be compared.
 */
import { stemmer } from 'stemmer';
import { normalise } from './normalise';

/** Function words that carry no claim; negations are kept apart (see negation.ts). */
const STOP_WORDS = new Set(
  ('a about after again against all also am an and any are as at be because been before being ' +
    'between both but by could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself ' +
    'of off on once only or other our ours ourselves out over own she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why with would you your yours yourself yourselves will shall ' +
    'may might must can could said says say told according reportedly reported report reports per via ' +
    'according also still yet even already ever much many one two quite s t')
    .split(' '),
);

/**
 * Words that news writes interchangeably, folded to one term. Kept to general English usage:
 * a synonym that only helps one corpus does not belong here.
 */
const SYNONYM_GROUPS: string[][] = [
  ['release', 'publish', 'ship', 'launch', 'unveil', 'roll', 'debut'],
  ['abandon', 'ditch', 'drop', 'scrap', 'shelve', 'forgo', 'forsake', 'jettison', 'dump', 'cancel'],
  ['consider', 'discuss', 'weigh', 'debate', 'mull', 'contemplate', 'explore', 'ponder'],
  ['proprietary', 'secretive', 'walled'],
  ['continue', 'keep', 'remain', 'persist', 'maintain', 'carry', 'stay'],
  ['plan', 'intend', 'intention', 'aim', 'expect', 'propose'],
  ['pay', 'salary', 'compensation', 'package', 'wage'],
  ['bonus', 'incentive'],
  ['researcher', 'scientist', 'engineer', 'talent'],
  ['rival', 'competitor', 'competing', 'compete'],
  ['model', 'llm'],
  ['company', 'firm'],
  ['spend', 'invest', 'pour', 'investment', 'spending', 'capex', 'expenditure'],
  ['big', 'large', 'huge', 'massive', 'giant', 'enormous', 'vast'],
  ['criticise', 'criticize', 'criticism', 'critique', 'attack', 'slam', 'blast', 'fault', 'scold', 'chide', 'rebuke', 'berate', 'lambaste'],
  ['say', 'claim', 'assert', 'insist'],
  ['lead', 'leading', 'best', 'top', 'frontier', 'advanced', 'cutting'],
  ['commit', 'commitment', 'dedicate', 'pledge', 'promise', 'vow'],
  ['restrict', 'restriction', 'limit', 'limitation', 'exclude', 'bar', 'ban', 'cap'],
  ['licence', 'license', 'licensing', 'terms'],
  ['hire', 'recruit', 'poach', 'hiring', 'recruitment'],
  ['stop', 'halt', 'pause', 'cease', 'suspend'],
  ['delay', 'postpone', 'slip'],
  ['careful', 'cautious', 'caution', 'wary'],
  ['datacenter', 'datacentre'],
  ['investor', 'shareholder', 'analyst'],
  ['partnership', 'partner', 'alliance', 'deal', 'tie'],
  ['risk', 'danger', 'threat', 'hazard'],
  ['irresponsible', 'reckless'],
  ['chief', 'boss', 'head', 'ceo'],
  ['leave', 'quit', 'depart', 'departure', 'exit', 'resign', 'exodus', 'attrition', 'churn', 'turnover'],
  ['say', 'declare', 'announce', 'tell'],
  ['essay', 'memo', 'post', 'letter', 'note'],
  ['predict', 'forecast', 'expect', 'anticipate'],
  ['lure', 'tempt', 'entice', 'woo', 'dangle'],
  ['worker', 'employee', 'staff', 'staffer'],
  ['job', 'role'],
  ['unit', 'division'],
  ['position', 'stance'],
  ['cut', 'slash', 'eliminate', 'layoff', 'axe'],
  ['start', 'begin'],
  ['capable', 'powerful', 'strong'],
  ['rank', 'score'],
  ['build', 'develop', 'create', 'make', 'construct'],
  ['fix', 'repair', 'mend'],
  ['show', 'reveal', 'indicate', 'suggest', 'signal'],
  ['free', 'freely'],
  ['anger', 'angry', 'bother', 'annoy', 'irritate', 'frustrate', 'upset', 'infuriate'],
  ['upcoming', 'forthcoming', 'next', 'future'],
  ['faster', 'quicker'],
  ['worry', 'concern', 'fret', 'unease', 'uneasy', 'anxious', 'anxiety', 'fear'],
  ['struggle', 'scramble', 'strain'],
  ['disappoint', 'disappointing', 'underwhelming', 'lacklustre', 'lackluster', 'flop'],
  ['management', 'leadership'],
  ['promote', 'tout', 'pitch', 'hype', 'sell'],
  ['beat', 'outscore', 'outperform', 'surpass', 'outclass', 'outrank', 'overtake', 'outpace'],
  ['misrepresent', 'distort', 'garble', 'mischaracterise', 'mischaracterize'],
  ['change', 'shift', 'alter'],
  ['echo', 'resemble', 'reminiscent', 'rerun', 'replay', 'mirror', 'parallel', 'comparison', 'compare', 'rehash'],
];

const synonyms = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const word of group) synonyms.set(stemmer(word), stemmer(group[0]));

/** Two-word phrases that are one idea; joined before stemming so they stay one term. */
const COMPOUNDS: Array<[RegExp, string]> = [
  [/\bopen[- ]sourc(e|ed|ing)\b/g, 'opensource'],
  [/\bopen[- ]weights?\b/g, 'opensource'],
  [/\bclosed[- ]sourc(e|ed)\b/g, 'proprietary'],
  [/\bdata[- ]cent(er|re)s?\b/g, 'datacenter'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bsign(?:ing|-on| on)[- ]bonus(?:es)?\b/g, 'bonus'],
  // Phrasal verbs that reverse a course: read as the verb they mean (negation.ts counts them).
  [/\bg(?:ive|ives|ave|iving|iven) up\b/g, 'abandon'],
  [/\bcall(?:s|ed|ing)? off\b/g, 'abandon'],
  [/\bwalk(?:s|ed|ing)? back\b/g, 'reverse'],
  [/\bback(?:s|ed|ing)? (?:away|off)\b/g, 'retreat'],
  [/\bput(?:s|ting)? on hold\b/g, 'pause'],
  [/\bput(?:s|ting)? out\b/g, 'release'],
  // "made the weights public", "make it available", "has yet to reach the public": a release.
  [/\b(?:make|makes|made|making) ((?:\w+ ){0,3})(?:public|available)\b/g, 'release $1'],
  [/\breach(?:es|ed|ing)? the public\b/g, 'release'],
  [/\bpush(?:es|ed|ing)? ((?:\w+ ){0,2})back\b/g, 'delay $1'],
  // "stands behind open-source AI": backs it, not trails it.
  [/\bst(?:and|ands|anding|ood) (?:firmly |squarely |solidly )?behind\b/g, 'support'],
  // "its thinking is not what it was", "plainly not what it used to be": it has changed.
  [/\b(?:is|are|was|were) (?:\w+ )?not what (?:it|they|he|she) (?:was|were|had been|used to be)\b/g, 'has changed'],
  // A measure, not the licence: "in terms of".
  [/\bin terms of\b/g, 'about'],
  [/\bpull(?:s|ed|ing)? back\b/g, 'retreat'],
  // "will come out on top", "came out ahead": a win, not a lead held.
  [/\bc(?:ome|omes|ame|oming) out (?:on top|ahead)\b/g, 'win'],
  [/\bwalk(?:s|ed|ing)? away from\b/g, 'abandon'],
  // "turned its back on openness": abandoned it.
  [/\bturn(?:s|ed|ing)? (?:its|their|his|her|our|my|your) backs? on\b/g, 'abandon'],
  // "set its open model aside", "held it back": a few words may stand between.
  [/\bset(?:s|ting)? ((?:\w+ ){0,3})aside\b/g, 'abandon $1'],
  // Not "held a meeting back in 2023".
  [/\b(?:hold|holds|holding|held) ((?:\w+ ){0,2})back\b(?! (?:in|when|then)\b)/g, 'withhold $1'],
  [/\bshut(?:s|ting)? out\b/g, 'exclude'],
  // "a no-cost model", "a no-go": an adjective, not a "no" that negates what follows ("no-one" still does).
  [/\bno-(?!one\b)(?=[a-z])/g, 'no'],
  // "is denied the rights to the models", "denies them access": kept from something, not a denial of what was said.
  [/\b(?:is|are|was|were|be|been|being) denied\b/g, 'barred'],
  [/\bden(?:y|ies|ied|ying) ((?:(?!that )\w+ ){0,4})(?:access|entry|permission|the rights?)\b/g, 'bar $1access'],
  [/\bclos(?:e|es|ed|ing) ((?:\w+ ){0,2})off\b/g, 'closed $1'],
  [/\b(?:way |well )?off the mark\b/g, 'inaccurate'],
  [/\bahead of schedule\b/g, 'early'],
  [/\bon (?:schedule|time)\b/g, 'punctual'],
  // "brushed off talk of a delay", "shrugged the report aside": a dismissal.
  [/\b(?:brush|brushes|brushed|brushing|shrug|shrugs|shrugged|shrugging) ((?:\w+ ){0,2})(?:off|aside)\b/g, 'dismiss $1'],
  // "fell outside the definition", "terms that disqualify it": it does not meet it (negation.ts).
  [/\bf(?:all|alls|ell|allen|alling) outside\b/g, 'fall short of'],
  [/\bdisqualif(?:y|ies|ied|ying)\b/g, 'not qualify'],
  // "at odds with the definition", "inconsistent with": read as "contrary to" (negation.ts).
  [/\b(?:at odds|inconsistent|incompatible|in conflict) with\b/g, 'contrary to'],
  // "The forecast that X has been proved wrong": a refutation of what came before.
  [/\b(?:proved|proven|shown to be|turned out to be|turns out to be) (?:wrong|mistaken|false|incorrect|untrue)\b/g, 'refuted'],
  // "top $100 billion": exceed an amount, not lead a field.
  [/\btop(?:s|ped|ping)? (?=[$€£]|\d)/g, 'exceed '],
  // "I don't buy it", "nor does he buy the idea that...": disbelief, a rejection.
  [/\b(?:(?:do|does|did) not |(?:dont|doesnt|didnt) |(?:don|doesn|didn) t |nor (?:do|does|did) (?:\w+ )?)buy\b/g, 'reject'],
  // "his best people all said no", "said no to the offer": a refusal (not "said no decision was made").
  [/\b(?:say|says|said|saying) no(?=\s*(?:[.,;:!?"'”’)]|$)|\s+to\b)/g, 'refused'],
  // "the comparison doesn't hold up": what came before is refuted.
  [/\b(?:does not|do not|did not|doesnt|dont|didnt|doesn t|don t|didn t) hold (?:up|water)\b/g, 'refuted'],
  // "The prediction that Llama would lead did not come true": what came before is refuted.
  [/\b(?:(?:did|does|has|have) not|didnt|didn t|doesnt|doesn t|hasnt|hasn t|never|failed to) (?:come true|materiali[sz]ed?|pan(?:ned)? out)\b/g, 'refuted'],
  // "It is simply not true that...", "that is not the case": a denial, read as "untrue".
  [/\bnot (?:true|the case)\b/g, 'untrue'],
  // "will keep it to itself", "kept the model to themselves": withheld it.
  [/\b(?:keep|keeps|kept|keeping) ((?:\w+ ){1,3})to (?:itself|themselves|himself|herself|ourselves|yourself|oneself)\b/g, 'withhold $1'],
  // A price of nothing is "free", not a negation: "at no charge", "free of charge", "without cost".
  [/\b(?:at no|for no|no|without|free of) (?:charge|cost)\b/g, 'free'],
];

/**
 * Matches where any compound does (the patterns have no flag but g, and no back-references, so
 * joined they mean what they mean apart). Most texts hold none, and one scan costs a tenth of the
 * replaces; when it finds none, no replace could change the text, since each would see it as is.
 */
const ANY_COMPOUND = new RegExp(COMPOUNDS.map(([pattern]) => `(?:${pattern.source})`).join('|'));

const TOKEN = /[\p{L}\p{N}]+(?:\.\d+)?/gu;

export interface Word {
  /** The word as normalised (lower case, no accents). */
  surface: string;
  /** Its term: stem, with synonyms folded; '' for a stop word. */
  term: string;
  /** Punctuation that splits a clause (a comma, a colon, a bracket) comes just before it. */
  breakBefore?: boolean;
}

/** The forms of "be" that stand before a predicate: "the story is fake", "drivers were told". */
export const FORMS_OF_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

const CLAUSE_BREAK = /[,;:()[\]]|\s-+\s/;

/** "say" is a stop word, so its forms have no term: they are known by sight. */
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying']);
export const isSay = (word: Word | undefined): boolean => word !== undefined && SAY_FORMS.has(word.surface);

/** A clause that a word opens ("denied that...", "asked whether...") holds at least this many content words before a comma can end it. */
const CLAUSE_WORDS = 3;

/** The last word of the clause that the word at `opener` opens: up to the first break after a few content words. */
export function clauseEnd(words: readonly Word[], opener: number): number {
  let end = opener;
  for (let content = 0; end + 1 < words.length && !(content >= CLAUSE_WORDS && words[end + 1].breakBefore); ) if (words[++end].term) content++;
  return end;
}

/** Where each clause of a text starts: 0, then every word with a clause break before it. */
export function clauseStarts(words: readonly Word[]): number[] {
  const starts = [0];
  words.forEach((word, i) => {
    if (i > 0 && word.breakBefore) starts.push(i);
  });
  return starts;
}

/**
 * Irregular past forms the stemmer cannot reduce ("kept" is "keep"): the common verbs of news
 * writing. Regular forms ("released") the stemmer handles.
 */
const IRREGULAR: Record<string, string> = {
  kept: 'keep', made: 'make', built: 'build', held: 'hold', fell: 'fall', fallen: 'fall', told: 'tell',
  left: 'leave', paid: 'pay', spent: 'spend', won: 'win', lost: 'lose', gave: 'give', given: 'give',
  took: 'take', taken: 'take', brought: 'bring', thought: 'think', sold: 'sell', bought: 'buy',
  began: 'begin', begun: 'begin', ran: 'run', rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow',
  showed: 'show', shown: 'show', chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write',
  knew: 'know', known: 'know', met: 'meet', sought: 'seek', struck: 'strike', hid: 'hide',
  hidden: 'hide', broke: 'break', broken: 'break', drove: 'drive', driven: 'drive', froze: 'freeze',
  frozen: 'freeze', withheld: 'withhold', undertook: 'undertake', overtook: 'overtake', overtaken: 'overtake',
};

/** A verb in the past: "accepted", "took". Enough to find where a subject ends ("none of his people took"). */
export const isPastForm = (surface: string): boolean => (surface.length > 4 && surface.endsWith('ed')) || Object.hasOwn(IRREGULAR, surface);

/**
 * Forms that mean something their stem does not: "closed" models are proprietary, but "close",
 * "closing" and "closely" are not; a "note" is a memo, but "noted" is said.
 */
const FORMS: Record<string, string> = {
  closed: 'proprietary',
  // "the end of the year" is no stopping; "ended", "ending" are.
  ended: 'stop', ending: 'stop', ends: 'stop',
  // "found" is mostly "find"; "founded" is starting.
  found: 'find', founded: 'start', founding: 'start',
  noted: 'say', stated: 'say', placed: 'rank',
  // Negated adjectives stand for their base; negation.ts reads the "un".
  unclear: 'clear', unsure: 'clear', uncertain: 'clear', unaware: 'aware',
};

/**
 * Words kept as their own term, since their stem would fold them into a word they do not mean:
 * adverbs of degree ("strongly backs" is not "strong", "firmly" not "firm", "largely" not
 * "large"), and nouns that share a stem with a verb or adjective of a synonym group ("department"
 * is not "depart", "engine" not "engineer", "power" not "powerful", "secret" not "secretive").
 */
const OWN_TERMS = new Set(
  ('strongly firmly largely highly deeply greatly heavily nearly mostly mainly partly likely really truly ' +
    'simply merely clearly entirely completely lately shortly closely widely roughly slightly hardly barely ' +
    'secretly chiefly department departments engine engines power powers wall walls secret secrets competent').split(' '),
);

/** "openly" and "open", "publicly" and "public" are one word to a claim; short words ("only", "early") keep their ending. */
const adverbBase = (word: string) => (word.length >= 6 && word.endsWith('ly') ? word.slice(0, -2) : word);

const stemCache = new Map<string, string>();

/** The term for one normalised word ('' when it carries no content). */
export function termOf(word: string): string {
  if (STOP_WORDS.has(word)) return '';
  let term = stemCache.get(word);
  if (term === undefined) {
    if (/^\d/.test(word) || OWN_TERMS.has(word)) term = word;
    else {
      // Own keys only: "constructor" is a word, not the tables' prototype.
      const stem = stemmer(Object.hasOwn(FORMS, word) ? FORMS[word] : Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : adverbBase(word));
      term = synonyms.get(stem) ?? stem;
    }
    if (stemCache.size > 50_000) stemCache.clear(); // bounded: pages can be huge
    stemCache.set(word, term);
  }
  return term;
}

/** Every word of `text`, stop words included (negation needs them), with its term. */
export function wordsOf(text: string): Word[] {
  let normalised = normalise(text);
  if (ANY_COMPOUND.test(normalised)) for (const [pattern, replacement] of COMPOUNDS) normalised = normalised.replace(pattern, replacement);
  const words: Word[] = [];
  let last = 0;
  for (const match of normalised.matchAll(TOKEN)) {
    const word: Word = { surface: match[0], term: termOf(match[0]) };
    if (CLAUSE_BREAK.test(normalised.slice(last, match.index))) word.breakBefore = true;
    words.push(word);
    last = match.index + match[0].length;
  }
  return words;
}

/** The content terms of `text`, in order, repeats kept. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of wordsOf(text)) if (word.term) terms.push(word.term);
  return terms;
}
