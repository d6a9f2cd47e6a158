/**
 * Imports schema.org ClaimReview markup (what fact checkers publish) as a corpus: each review
 * becomes one proposition with two claims, the claim as reviewed and the checker's verdict.
 * All or nothing: one malformed item fails the import, so no corpus is ever half-built.
 */
import { jsonDepth, MAX_CORPUS_BYTES, parseCorpus } from './load';
import { ClaimSchema, PropositionSchema, SourceSchema, TopicSchema, type Corpus, type CorpusInput, type Stance } from './schema';

export interface ClaimReviewOptions {
  corpusId?: string;
  name?: string;
  /** YYYY-MM-DD for meta.updated; defaults to today (UTC). */
  today?: string;
}
export type ClaimReviewResult = { ok: true; corpus: Corpus; skipped: string[] } | { ok: false; errors: string[] };

type Node = Record<string, unknown>;
type ClaimInput = CorpusInput['claims'][number];
type Item = { claim: string; reviewed: Omit<ClaimInput, 'id' | 'proposition'>; verdict: Omit<ClaimInput, 'id' | 'proposition'>; language?: string; key: string };

/** As in load.ts: far deeper than any ClaimReview document, shallow enough for the stack. */
const MAX_DEPTH = 32;
/** A text field's limit, read from the schema so the two cannot disagree. */
const limit = (field: { pipe: readonly unknown[] }) =>
  (field.pipe.find((a) => (a as { type?: string }).type === 'max_length') as { requirement: number }).requirement;
const MAX = {
  claim: limit(ClaimSchema.entries.text),
  speaker: limit(ClaimSchema.entries.speaker),
  proposition: limit(PropositionSchema.entries.text),
  outlet: limit(SourceSchema.entries.outlet),
  title: limit(SourceSchema.entries.title),
  /** Entities and terms alike. */
  topicWord: limit(TopicSchema.entries.entities.pipe[0].item),
};
const CLAIM_REVIEW = new Set(['ClaimReview', 'http://schema.org/ClaimReview', 'https://schema.org/ClaimReview']);
/** Checked in this order: "half true" is not true, "incorrect" is not correct. */
const MIXED = /\b(?:mixed|mixture|half|unproven|partly|partially|needs? context|missing context|satire)/;
const FALSE = /false|fake|pants on fire|incorrect|inaccurate|misleading|untrue|not (?:true|correct|accurate)|unsupported|no evidence|distort|exaggerat|fabricat|baseless/;
const TRUE = /true|correct|accurate/;
const STOP = new Set(('the a an and or but of in on at to for by with from as is are was were be been being has have had '
  + 'it its this that these those they their them there then than what when which while who whom whose will would '
  + 'could should shall about into over after before more most some such only also just said says does did doing '
  + 'very much many other each every under again still even like make made because where your ours here he she his her '
  + 'not no yes all any can may might must our we you i me my claim claims shows show according').split(' '));

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);
const first = (x: unknown): unknown => (Array.isArray(x) ? x[0] : x);
const num = (x: unknown): number | undefined => {
  const n = typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
/** A string value (also JSON-LD's {"@value": ...}), whitespace collapsed; undefined when empty. */
function str(x: unknown): string | undefined {
  const v = first(x);
  const s = typeof v === 'string' ? v : isNode(v) && typeof v['@value'] === 'string' ? v['@value'] : undefined;
  return s?.replace(/\s+/g, ' ').trim() || undefined;
}
/** Cuts at a word boundary, marking the cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/, '')}…`;
}
function slug(text: string, max: number): string {
  let s = text.normalize('NFKD').replace(/[\u0300-\u036f'’]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const dash = s.lastIndexOf('-', max);
  if (s.length > max) s = s.slice(0, dash > max / 2 ? dash : max).replace(/-+$/, '');
  return s || 'claim';
}
function uniqueIn(used: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
/** The https URL itself, or undefined: readers click these links. */
function https(url: string | undefined): string | undefined {
  if (!url || !/^https:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname ? url : undefined;
  } catch {
    return undefined;
  }
}
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
/** YYYY-MM-DD (or YYYY-MM) from an ISO date or datetime; undefined when not a real date. */
function isoDate(raw: string): string | undefined {
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (!m) return undefined;
  const [y, mo, d = 1] = m[1].split('-').map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? m[1] : undefined;
}
function language(x: unknown): string | undefined {
  const v = first(x);
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i.exec(str(v) ?? (isNode(v) ? str(v.alternateName) : undefined) ?? '');
  return m ? m[1].toLowerCase() + (m[2] ? `-${m[2].toUpperCase()}` : '') : undefined;
}

function parseJson(text: string): { value: unknown } | { error: string } {
  if (jsonDepth(text) > MAX_DEPTH) return { error: `nests deeper than ${MAX_DEPTH} levels` };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
}

/** Every <script type="application/ld+json"> block. Scanned with indexOf-style steps so hostile markup stays linear. */
function fromHtml(html: string): { data: unknown[] } | { errors: string[] } {
  const data: unknown[] = [];
  const errors: string[] = [];
  const open = /<script\b/gi;
  const close = /<\/script\s*>/gi;
  let blocks = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tagEnd = html.indexOf('>', m.index);
    if (tagEnd < 0) break;
    close.lastIndex = tagEnd + 1;
    const end = close.exec(html);
    if (!end) break;
    open.lastIndex = close.lastIndex;
    if (!/(?:^|\s)type\s*=\s*["']?\s*application\/ld\+json\b/i.test(html.slice(m.index + 7, tagEnd))) continue;
    blocks++;
    // Some sites wrap JSON-LD in HTML comments or CDATA for old parsers.
    const body = html.slice(tagEnd + 1, end.index).replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, '');
    const parsed = parseJson(body);
    if ('error' in parsed) errors.push(`JSON-LD block ${blocks}: ${parsed.error}`);
    else data.push(parsed.value);
  }
  if (errors.length) return { errors };
  return blocks ? { data } : { errors: ['no ClaimReview found (the page has no <script type="application/ld+json"> block)'] };
}

function documents(input: unknown): { data: unknown[] } | { errors: string[] } {
  if (typeof input !== 'string') return { data: [input] };
  if (input.length > MAX_CORPUS_BYTES) {
    return { errors: [`the input is ${(input.length / 1048576).toFixed(1)} MB; the limit is ${MAX_CORPUS_BYTES / 1048576} MB`] };
  }
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text.startsWith('<')) return fromHtml(text);
  const parsed = parseJson(text);
  if ('value' in parsed) return { data: [parsed.value] };
  return { errors: [parsed.error.startsWith('nests') ? `the input ${parsed.error}` : `not JSON and not an HTML page (${parsed.error})`] };
}

/** Finds ClaimReviews in arrays, @graph, DataFeed elements and their `item`s; false when nested too deep. */
function collect(x: unknown, found: Node[], refs: Map<string, Node>, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(x)) return x.every((y) => collect(y, found, refs, depth + 1));
  if (!isNode(x)) return true;
  if (typeof x['@id'] === 'string' && Object.keys(x).some((k) => !k.startsWith('@'))) refs.set(x['@id'], x);
  const types = Array.isArray(x['@type']) ? x['@type'] : [x['@type']];
  if (types.some((t) => typeof t === 'string' && CLAIM_REVIEW.has(t))) {
    found.push(x);
    return true;
  }
  return ['@graph', 'dataFeedElement', 'itemListElement', 'item'].every((k) => !(k in x) || collect(x[k], found, refs, depth + 1));
}

/** The rating's stance, or why none can be derived. Numbers decide when complete; words must not disagree. */
function verdictOf(rating: Node | undefined): { stance: Stance; label: string } | { skip: string } {
  if (!rating) return { skip: 'has no reviewRating' };
  const words = str(rating.alternateName) ?? str(rating.name);
  const lower = words?.toLowerCase() ?? '';
  const byWords = MIXED.test(lower) ? 'mixed' : FALSE.test(lower) ? 'disputes' : TRUE.test(lower) ? 'affirms' : undefined;
  const [value, best, worst] = [num(rating.ratingValue), num(rating.bestRating), num(rating.worstRating)];
  if (value !== undefined && best !== undefined && worst !== undefined && best !== worst) {
    const share = (value - worst) / (best - worst);
    if (share >= 0 && share <= 1) {
      if (share === 0.5) return { skip: `rating ${value} on a scale of ${worst} to ${best} is exactly in the middle` };
      const stance: Stance = share < 0.5 ? 'disputes' : 'affirms';
      if (byWords && byWords !== stance) return { skip: `rating ${value} of ${best} and "${words}" do not agree` };
      return { stance, label: words ?? `${value} out of ${best}` };
    }
  }
  if (byWords === 'mixed') return { skip: `rating "${words}" is neither true nor false` };
  if (!byWords) return { skip: words ? `rating "${words}" cannot be read as true or false` : 'rating has no alternateName, and no ratingValue with bestRating and worstRating' };
  return { stance: byWords, label: words! };
}

/** One ClaimReview read into our two claims, or everything wrong with it, or why it is skipped. */
function readItem(review: Node, n: number, refs: Map<string, Node>): Item | { errors: string[] } | { skip: string } {
  // Resolves {"@id": ...} references to nodes found elsewhere in the document (common in @graph).
  const node = (x: unknown): Node | undefined => {
    const v = first(x);
    if (typeof v === 'string') return { url: v };
    return isNode(v) ? (typeof v['@id'] === 'string' && refs.get(v['@id'])) || v : undefined;
  };
  const nameOf = (x: unknown) => (typeof first(x) === 'string' ? str(x) : str(node(x)?.name));
  const rawUrl = str(review.url);
  const url = https(rawUrl);
  const at = `item ${n}${url ? ` (${url})` : ''}`;
  const errors: string[] = [];
  const dateOf = (raw: unknown, field: string) => {
    const s = str(raw);
    const d = s && isoDate(s);
    if (s && !d) errors.push(`${at}: ${field} "${cut(s, 40)}" is not an ISO date`);
    return d || undefined;
  };

  const claim = str(review.claimReviewed);
  if (!claim) errors.push(`${at}: claimReviewed is missing`);
  else if (claim.length > MAX.claim) errors.push(`${at}: claimReviewed is ${claim.length} characters; the limit is ${MAX.claim}`);
  if (!rawUrl) errors.push(`${at}: review url is missing`);
  else if (!url) errors.push(`${at}: review url "${cut(rawUrl, 80)}" is not an https URL`);
  const date = dateOf(review.datePublished, 'datePublished');
  if (!str(review.datePublished)) errors.push(`${at}: datePublished is missing`);
  const item = node(review.itemReviewed);
  const claimDate = dateOf(item?.datePublished, 'itemReviewed.datePublished');
  if (errors.length || !claim || !url || !date) return { errors };

  const verdict = verdictOf(node(review.reviewRating));
  if ('skip' in verdict) return { skip: `${at}: ${verdict.skip}; skipped` };
  const reviewer = cut(nameOf(review.author) ?? nameOf(review.publisher) ?? host(url), MAX.outlet);
  const appearance = node(item?.appearance) ?? node(item?.firstAppearance);
  const seenAt = https(str(appearance?.url));
  const base = () => ({ lean: 'neutral' as const, tags: ['claimreview'] });
  return {
    claim,
    key: `${url}\n${claim}`,
    language: language(review.inLanguage) ?? language(item?.inLanguage),
    reviewed: {
      ...base(),
      stance: 'affirms',
      text: claim,
      speaker: cut(nameOf(item?.author) ?? 'Unknown', MAX.speaker),
      // The claim's own appearance when we can link to it; else the review, which documents it.
      source: seenAt
        ? { outlet: cut(nameOf(appearance?.publisher) ?? str(appearance?.name) ?? host(seenAt), MAX.outlet),
            title: cut(str(appearance?.headline) ?? str(appearance?.name) ?? `Claim as reviewed by ${reviewer}`, MAX.title),
            url: seenAt, date: claimDate ?? date }
        : { outlet: reviewer, title: cut(`Claim as reviewed by ${reviewer}`, MAX.title), url, date: claimDate ?? date },
    },
    verdict: {
      ...base(),
      stance: verdict.stance,
      // A template, so the text is in our words, never the checker's.
      text: cut(`${reviewer} rates the claim "${cut(claim, 120)}" as ${cut(verdict.label, 100).replace(/[\s.]+$/, '')}.`, MAX.claim),
      speaker: cut(reviewer, MAX.speaker),
      source: { outlet: reviewer, title: cut(str(review.name) ?? str(review.headline) ?? 'Fact check', MAX.title), url, date },
    },
  };
}

/** Subject names (capitalised, not sentence-initial, plus speakers) and field words (frequent, lower-cased). */
function topicOf(claims: string[], speakers: string[]): { entities: string[]; terms: string[] } {
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);
  const names = new Map<string, number>();
  for (const text of claims) {
    for (const sentence of text.split(/(?<=[.!?:;])\s+/)) {
      for (const word of (sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(1)) {
        const name = word.replace(/['’]s$/, '');
        if (/^\p{Lu}/u.test(name) && name.length > 1 && name.length <= MAX.topicWord && !STOP.has(name.toLowerCase())) count(names, name);
      }
    }
  }
  for (const speaker of speakers) if (/^\p{Lu}/u.test(speaker) && speaker !== 'Unknown' && speaker.length <= MAX.topicWord) count(names, speaker);
  const entities = top(names, 30);
  const nameWords = new Set(entities.flatMap((e) => e.toLowerCase().split(/\s+/)));
  const words = new Map<string, number>();
  for (const text of claims) {
    for (const word of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (word.length <= MAX.topicWord && !STOP.has(word) && !nameWords.has(word)) count(words, word);
  }
  return { entities, terms: top(words, 20) };
}

/**
 * Imports ClaimReview data: one object, an array, a DataFeed, a JSON-LD @graph document, the
 * JSON text of any of these, or an HTML page's text (its JSON-LD blocks). Never throws.
 */
export function importClaimReview(input: unknown, options: ClaimReviewOptions = {}): ClaimReviewResult {
  try {
    return importOrFail(input, options);
  } catch (error) {
    // Only for objects built in code (getters, proxies): parsed JSON never gets here.
    return { ok: false, errors: [`the input could not be read (${(error as Error)?.message ?? error})`] };
  }
}

function importOrFail(input: unknown, options: ClaimReviewOptions): ClaimReviewResult {
  const docs = documents(input);
  if ('errors' in docs) return { ok: false, errors: docs.errors };
  const found: Node[] = [];
  const refs = new Map<string, Node>();
  if (!docs.data.every((d) => collect(d, found, refs))) return { ok: false, errors: [`the input nests deeper than ${MAX_DEPTH} levels`] };
  if (!found.length) return { ok: false, errors: ['no ClaimReview found'] };

  const errors: string[] = [];
  const skipped: string[] = [];
  const items: Item[] = [];
  const seen = new Map<string, number>();
  found.forEach((review, i) => {
    const item = readItem(review, i + 1, refs);
    if ('errors' in item) errors.push(...item.errors);
    else if ('skip' in item) skipped.push(item.skip);
    // Pages often repeat their markup; a second copy would be a duplicate claim.
    else if (seen.has(item.key)) skipped.push(`item ${i + 1}: the same review as item ${seen.get(item.key)}; skipped`);
    else {
      items.push(item);
      seen.set(item.key, i + 1);
    }
  });
  if (errors.length) return { ok: false, errors };
  if (!items.length) return { ok: false, errors: [`no ClaimReview could be imported: ${skipped.join('; ')}`] };

  const propositionIds = new Set<string>();
  const claimIds = new Set<string>();
  const corpus: CorpusInput = {
    meta: {
      id: options.corpusId ?? 'imported-claimreview',
      name: options.name ?? 'Imported fact checks',
      version: '1.0.0',
      language: items.find((it) => it.language)?.language ?? 'en',
      updated: options.today ?? new Date().toISOString().slice(0, 10),
      topic: topicOf(items.map((it) => it.claim), items.flatMap((it) => [it.reviewed.speaker, it.verdict.speaker])),
    },
    propositions: [],
    claims: [],
  };
  for (const item of items) {
    const proposition = uniqueIn(propositionIds, slug(item.claim, 80));
    const oneSided = item.verdict.stance === 'affirms' ? { oneSided: 'The fact check rates the claim as true.' } : {};
    corpus.propositions.push({ id: proposition, text: cut(item.claim, MAX.proposition), ...oneSided });
    corpus.claims.push(
      { id: uniqueIn(claimIds, `${proposition}-claim`), proposition, ...item.reviewed },
      { id: uniqueIn(claimIds, `${proposition}-verdict`), proposition, ...item.verdict },
    );
  }
  const parsed = parseCorpus(corpus);
  return parsed.ok ? { ok: true, corpus: parsed.corpus, skipped } : { ok: false, errors: parsed.errors.map((e) => `imported corpus: ${e}`) };
}
