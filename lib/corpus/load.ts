/**
 * Reading a corpus from outside (a bundled file, an import, a URL): size and depth limits
 * first, then the schema, with every problem reported by the entry's id and field.
 */
import * as v from 'valibot';
import { CorpusSchema, type Corpus } from './schema';

/** Larger files are refused before parsing: a corpus of 100,000 claims is about 40 MB. */
export const MAX_CORPUS_BYTES = 45 * 1024 * 1024;
/** Our format nests 4 levels; anything far deeper is not a corpus and could exhaust the stack. */
const MAX_DEPTH = 32;

export type LoadResult = { ok: true; corpus: Corpus } | { ok: false; errors: string[] };

/** Nesting depth of a JSON text, counted without parsing it (so a hostile file cannot recurse). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 /* { [ */) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93 /* } ] */) depth--;
  }
  return deepest;
}

/** "claims[3] (meta-open-2025).source.url" for an issue's path. */
function where(issue: v.BaseIssue<unknown>, input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    if (typeof key === 'number') {
      node = (node as unknown[] | undefined)?.[key];
      const id = (node as { id?: unknown } | undefined)?.id;
      parts.push(`[${key}]${typeof id === 'string' ? ` (${id})` : ''}`);
    } else {
      node = (node as Record<string, unknown> | undefined)?.[key];
      parts.push(parts.length ? `.${key}` : key);
    }
  }
  return parts.join('') || 'corpus';
}

function describe(issue: v.BaseIssue<unknown>, input: unknown): string {
  const message = issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never'
    ? 'unknown field'
    : issue.message;
  return `${where(issue, input)}: ${message}`;
}

/** Validates parsed JSON against the corpus schema. */
export function parseCorpus(data: unknown): LoadResult {
  const result = v.safeParse(CorpusSchema, data);
  if (result.success) return { ok: true, corpus: result.output };
  return { ok: false, errors: result.issues.map((issue) => describe(issue, data)) };
}

/** Parses and validates a corpus file's text, refusing oversized or absurdly nested input. */
export function readCorpus(text: string): LoadResult {
  if (text.length > MAX_CORPUS_BYTES) {
    return { ok: false, errors: [`corpus: the file is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_CORPUS_BYTES / 1048576} MB`] };
  }
  if (jsonDepth(text) > MAX_DEPTH) {
    return { ok: false, errors: [`corpus: the file nests deeper than ${MAX_DEPTH} levels; it is not a corpus`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`corpus: not valid JSON (${(error as Error).message})`] };
  }
  return parseCorpus(data);
}
