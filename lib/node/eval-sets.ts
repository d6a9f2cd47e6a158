/**
 * The labelled sets of tests/eval, read and checked: sentence sets (one JSON list each) and page
 * sets (HTML pages with a labels.json). `npm run eval` scores them; `npm run fit-marks` fits the
 * second look (lib/check/confidence.ts) on the tuning ones.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import * as v from 'valibot';
import type { Relations } from '../corpus';

/** The sets tuning may look at; holdout, pages and pages-2 are kept aside. */
export const TUNING_SENTENCE_SETS = ['tune', 'dev', 'dev-2', 'dev-3', 'dev-4'] as const;
export const TUNING_PAGE_SETS = ['pages-dev', 'pages-dev-2', 'pages-dev-3', 'pages-dev-4', 'pages-dev-5', 'pages-dev-6', 'pages-dev-7', 'pages-dev-8', 'pages-dev-9', 'pages-dev-10', 'pages-dev-11', 'pages-dev-12'] as const;

const ItemSchema = v.object({
  sentence: v.string(),
  kind: v.picklist(['paraphrase', 'reorder', 'synonym', 'typo', 'partial-quote', 'negation', 'on-topic', 'unrelated']),
  claim: v.nullable(v.string()),
  proposition: v.nullable(v.string()),
  stance: v.nullable(v.picklist(['affirms', 'disputes'])),
  note: v.optional(v.string()),
});
export type Item = v.InferOutput<typeof ItemSchema>;

const evalFile = (path: string) => new URL(`../../tests/eval/${path}`, import.meta.url);

export const loadItems = (set: string): Item[] => v.parse(v.array(ItemSchema), JSON.parse(readFileSync(evalFile(`${set}.json`), 'utf8')));

/**
 * A page set's labels: its body sentences that restate or deny a claim, and its furniture
 * (captions, headlines) with the claim each restates, if any.
 */
const PageLabelSchema = v.union([
  v.object({ page: v.string(), sentence: v.string(), claim: v.string(), proposition: v.string(), stance: v.picklist(['affirms', 'disputes']), kind: v.string() }),
  v.object({ page: v.string(), furniture: v.array(v.object({ where: v.string(), text: v.string(), claim: v.nullable(v.string()) })) }),
]);

export interface Expected {
  claim: string;
  proposition: string;
  stance: string;
}

export interface LabelledPage {
  file: string;
  document: Document;
  /** Labelled body sentences (whitespace squashed) and what each says. */
  expected: Map<string, Expected>;
  /** A caption or headline the labels list as restating a claim: marking it is no mistake, missing it none either. */
  isNeutral(sentence: string): boolean;
}

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function loadPages(set: string): LabelledPage[] {
  const labels = v.parse(v.array(PageLabelSchema), JSON.parse(readFileSync(evalFile(`${set}/labels.json`), 'utf8')));
  return [...new Set(labels.map((label) => label.page))].map((file) => {
    const expected = new Map<string, Expected>();
    const neutral: string[] = [];
    for (const label of labels) {
      if (label.page !== file) continue;
      if ('sentence' in label) expected.set(squash(label.sentence), label);
      else neutral.push(...label.furniture.filter((f) => f.claim && f.where !== 'related stories').map((f) => squash(f.text)));
    }
    const dom = new JSDOM(readFileSync(evalFile(`${set}/${file}`), 'utf8'), { url: `https://example.com/${file}` });
    const isNeutral = (sentence: string) => neutral.some((text) => text.includes(sentence) || sentence.includes(text));
    return { file, document: dom.window.document, expected, isNeutral };
  });
}

/** What a mark says, as the labels name it: its claim's proposition and the stance it takes. */
export interface Said {
  proposition: string | undefined;
  stance: string;
}

export const saidBy = (relations: Relations, match: { claim: string; stance: string }): Said => ({
  proposition: relations.claim(match.claim)?.proposition,
  stance: match.stance,
});

/** A mark is right when it names the expected proposition with the expected stance. */
export const isRight = (said: Said, want: { proposition: string | null; stance: string | null } | undefined): boolean =>
  want !== undefined && want.proposition !== null && said.proposition === want.proposition && said.stance === want.stance;

/** A mark on a labelled page: right, wrong, or neither (on furniture the labels list as restating a claim). */
export function judgeMark(page: LabelledPage, sentence: string, said: Said): 'right' | 'wrong' | 'neither' {
  const want = page.expected.get(sentence);
  if (isRight(said, want)) return 'right';
  return want || !page.isNeutral(sentence) ? 'wrong' : 'neither';
}

/** How many labelled body sentences a page set has. */
export const labelledSentences = (pages: readonly LabelledPage[]): number => pages.reduce((n, page) => n + page.expected.size, 0);
