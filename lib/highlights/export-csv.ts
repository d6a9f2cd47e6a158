/**
 * Highlights as CSV (RFC 4180) for spreadsheets. Page text is written by others, so any cell
 * a spreadsheet could read as a formula is neutralised (OWASP "CSV injection").
 */
import { sourceLine, type PageHighlights, type SavedHighlight } from './model';

export const CSV_HEADER = ['page_title', 'page_url', 'created', 'kind', 'text', 'note', 'claim', 'claim_source', 'contradicted_by'] as const;

/** First characters that make Excel, LibreOffice or Google Sheets evaluate a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised with a leading single quote if it could be a formula, then quoted if needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(page: PageHighlights, h: SavedHighlight): string[] {
  return [
    h.pageTitle || page.title,
    h.pageUrl,
    h.createdAt,
    h.kind,
    h.exact,
    h.note ?? '',
    h.claim?.text ?? '',
    h.claim ? sourceLine(h.claim) : '',
    h.against.map(sourceLine).join('; '),
  ];
}

/** A CSV file of every highlight on the given pages: header row, CRLF line ends (RFC 4180). */
export function toCsv(pages: readonly PageHighlights[]): string {
  const rows = [[...CSV_HEADER], ...pages.flatMap((page) => page.highlights.map((h) => row(page, h)))];
  return rows.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
