/**
 * Highlights as Markdown, for notes apps and documents. Page text and notes are written by
 * others: every character that could start Markdown or HTML syntax is escaped, so no page can
 * inject a link, an image, HTML or a heading into the reader's notes.
 */
import type { HighlightClaim, PageHighlights, SavedHighlight } from './model';

/** Characters that start Markdown (CommonMark and GFM) or HTML syntax anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_{}[\]()<>#|~&!]/g;

/** One line of text, escaped; at the start of a line also list, heading-underline and ordered-list markers. */
export function escapeMarkdownLine(line: string): string {
  // Why trim: four leading spaces would make an indented code block, which shows escapes raw.
  return line
    .trimStart()
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Titles, names and claims: always one line, whatever the source put in them. */
const inline = (text: string) => escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());

const lines = (text: string) => text.split(/\r\n|\r|\n/);

/**
 * The URL as it may go inside a link, or null: only http(s), re-serialised by the URL parser
 * (which percent-encodes spaces and angle brackets); backslashes and backticks are encoded too,
 * since they could end the link or open a code span.
 */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/[\\`<>\s"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link when the URL is http(s); otherwise the label and the URL as plain, escaped text. */
function link(label: string, url: string): string {
  const safe = safeLinkUrl(url);
  return safe ? `[${inline(label) || inline(safe)}](<${safe}>)` : `${inline(label)} (${inline(url)})`;
}

function claimSource(claim: HighlightClaim): string {
  return `${inline(claim.speaker)}, ${link(`${claim.outlet}, ${claim.date}`, claim.url)}`;
}

function highlightMarkdown(h: SavedHighlight): string[] {
  const out = [lines(h.exact).map((line) => (line.trim() ? `> ${escapeMarkdownLine(line)}` : '>')).join('\n')];
  if (h.claim) out.push(`Matches claim: ${inline(h.claim.text)} (${claimSource(h.claim)})`);
  if (h.against.length) {
    out.push('Contradicted by:');
    out.push(h.against.map((c) => `- ${inline(c.text)} (${inline(c.speaker)}, ${inline(c.outlet)}, ${inline(c.date)}, ${link(c.title, c.url)})`).join('\n'));
  }
  if (h.note?.trim()) {
    // Two trailing spaces: a hard line break, so the note keeps its lines inside one paragraph.
    const note = lines(h.note.trim()).map(escapeMarkdownLine).join('  \n');
    out.push(`Note: ${note}`);
  }
  return out;
}

function pageMarkdown(page: PageHighlights): string[] {
  const safe = safeLinkUrl(page.url);
  const out = [`## ${inline(page.title) || inline(page.url)}`, safe ? `<${safe}>` : inline(page.url)];
  for (const h of page.highlights) out.push(...highlightMarkdown(h));
  return out;
}

/** One Markdown document for the given pages (one page or all of them). */
export function toMarkdown(pages: readonly PageHighlights[]): string {
  const blocks = ['# Counterclaim highlights', ...pages.flatMap(pageMarkdown)];
  // Blank lines between blocks: each quote, list and paragraph stands alone.
  return `${blocks.join('\n\n')}\n`;
}
