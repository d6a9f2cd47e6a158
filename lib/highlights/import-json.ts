/**
 * Reading our own Web Annotation export back. Everything is validated before anything is
 * returned: one bad annotation rejects the file, with every problem named by its place in it.
 */
import * as v from 'valibot';
import { jsonDepth } from '../corpus/load';
import { ANNOTATION_CONTEXT, HIGHLIGHT_KEY, PAGES_KEY } from './export-json';
import {
  ContextSchema, CreatedAtSchema, ExactSchema, HighlightFieldsSchema, NoteSchema, OffsetSchema, PageTitleSchema,
  PageUrlSchema, SavedHighlightSchema, type PageHighlights, type SavedHighlight,
} from './model';

/** A highlight takes 1 to 5 KB: 100 MB is tens of thousands of them, far more than anyone keeps. */
export const MAX_IMPORT_CHARS = 100 * 1024 * 1024;
const MAX_ITEMS = 200_000;
/** Our export nests 6 levels; anything far deeper is not ours and could exhaust the stack. */
const MAX_DEPTH = 32;
/** Enough to see what is wrong; a file with thousands of errors is simply not ours. */
const MAX_ERRORS = 100;

export type ImportResult = { ok: true; pages: PageHighlights[] } | { ok: false; errors: string[] };

const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: ExactSchema,
  prefix: v.optional(ContextSchema, ''),
  suffix: v.optional(ContextSchema, ''),
});
const PositionSelectorSchema = v.object({ type: v.literal('TextPositionSelector'), start: OffsetSchema, end: OffsetSchema });

const SelectorsSchema = v.pipe(
  v.array(v.variant('type', [QuoteSelectorSchema, PositionSelectorSchema], 'must be a TextQuoteSelector or a TextPositionSelector')),
  v.check(
    (list) => list.some((s) => s.type === 'TextQuoteSelector') && list.some((s) => s.type === 'TextPositionSelector'),
    'needs a TextQuoteSelector and a TextPositionSelector',
  ),
);

const BodySchema = v.variant('type', [
  v.object({ type: v.literal('TextualBody'), value: NoteSchema, purpose: v.optional(v.string()) }),
  v.object({ type: v.literal('SpecificResource'), source: v.string(), purpose: v.optional(v.string()) }),
], 'must be a TextualBody or a SpecificResource');

/** Our own fields: the highlight's fields that W3C has no place for, and the index of its page. */
const OwnFieldsSchema = v.object({
  ...v.pick(HighlightFieldsSchema, ['id', 'kind', 'pageTitle', 'claim', 'against', 'anchored']).entries,
  page: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const AnnotationSchema = v.object({
  type: v.literal('Annotation'),
  created: CreatedAtSchema,
  body: v.optional(v.pipe(v.array(BodySchema), v.maxLength(10))),
  target: v.object({ source: PageUrlSchema, selector: SelectorsSchema }),
  [HIGHLIGHT_KEY]: OwnFieldsSchema,
});

const CollectionSchema = v.object({
  '@context': v.union(
    [v.literal(ANNOTATION_CONTEXT), v.pipe(v.array(v.unknown()), v.check((list) => list.includes(ANNOTATION_CONTEXT)))],
    `must be "${ANNOTATION_CONTEXT}"`,
  ),
  type: v.literal('AnnotationCollection'),
  total: v.optional(v.pipe(v.number(), v.integer())),
  [PAGES_KEY]: v.pipe(v.array(v.object({ url: PageUrlSchema, title: PageTitleSchema })), v.maxLength(MAX_ITEMS)),
  first: v.object({ type: v.literal('AnnotationPage'), items: v.pipe(v.array(AnnotationSchema), v.maxLength(MAX_ITEMS)) }),
});

type Annotation = v.InferOutput<typeof AnnotationSchema>;

/** "first.items[3].target.selector[0].exact" for an issue's path. */
function where(issue: v.BaseIssue<unknown>, root = ''): string {
  const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
  return (root + path).replace(/^\./, '') || 'collection';
}

function describe(issue: v.BaseIssue<unknown>, root = ''): string {
  const missing = issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined';
  return `${where(issue, root)}: ${missing ? 'missing' : issue.message}`;
}

/** The highlight an annotation describes (validated again as a whole by the caller). */
function highlightOf(item: Annotation): SavedHighlight {
  const own = item[HIGHLIGHT_KEY];
  const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
  const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
  const note = item.body?.find((b) => b.type === 'TextualBody' && (b.purpose ?? 'commenting') === 'commenting');
  return {
    id: own.id,
    pageUrl: item.target.source,
    pageTitle: own.pageTitle,
    createdAt: item.created,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
    ...(note?.type === 'TextualBody' ? { note: note.value } : {}),
    kind: own.kind,
    ...(own.claim ? { claim: own.claim } : {}),
    against: own.against,
    ...(own.anchored !== undefined ? { anchored: own.anchored } : {}),
  };
}

/** Parses a file's text, refusing oversized or absurdly nested input before JSON.parse sees it. */
function parseText(text: string): { ok: true; data: unknown } | { ok: false; errors: string[] } {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, errors: [`collection: the file is larger than ${MAX_IMPORT_CHARS / 1048576} MB`] };
  if (jsonDepth(text) > MAX_DEPTH) return { ok: false, errors: [`collection: the file nests deeper than ${MAX_DEPTH} levels`] };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [`collection: not valid JSON (${(error as Error).message})`] };
  }
}

const fail = (errors: string[]): ImportResult => ({
  ok: false,
  errors: errors.length > MAX_ERRORS ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`] : errors,
});

/**
 * Pages and highlights from a collection written by toWebAnnotation: the parsed JSON, or the
 * file's text. All or nothing: any error rejects the whole import.
 */
export function fromWebAnnotation(json: unknown): ImportResult {
  if (typeof json === 'string') {
    const parsed = parseText(json);
    if (!parsed.ok) return parsed;
    json = parsed.data;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([`collection: not a JSON object (got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json})`]);
  }
  const result = v.safeParse(CollectionSchema, json);
  if (!result.success) return fail(result.issues.map((issue) => describe(issue)));
  const { first, total } = result.output;
  const pageList = result.output[PAGES_KEY];
  const errors: string[] = [];
  if (total !== undefined && total !== first.items.length) errors.push(`total: says ${total} but there are ${first.items.length} items`);
  const pages: PageHighlights[] = pageList.map((page) => ({ url: page.url, title: page.title, highlights: [] }));
  const seen = new Set<string>();
  first.items.forEach((item, index) => {
    const at = `first.items[${index}]`;
    const own = item[HIGHLIGHT_KEY];
    if (own.page >= pages.length) errors.push(`${at}.${HIGHLIGHT_KEY}.page: no page ${own.page} in ${PAGES_KEY}`);
    if (seen.has(own.id)) errors.push(`${at}.${HIGHLIGHT_KEY}.id: duplicate id "${own.id}"`);
    seen.add(own.id);
    const checked = v.safeParse(SavedHighlightSchema, highlightOf(item));
    if (!checked.success) errors.push(...checked.issues.map((issue) => describe(issue, `${at} (highlight)`)));
    else if (own.page < pages.length) pages[own.page].highlights.push(checked.output);
  });
  return errors.length ? fail(errors) : { ok: true, pages };
}
