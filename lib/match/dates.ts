/**
 * Dates a text names, to the month. A tweet is dated by its signature ("… (@handle) November
 * 23, 2019", see tweet.ts) and many claims name when their story happened ("in March 2019",
 * "on 9 July 2016", "in 2012"), so ranking can tell a claim from the tweet's time from one
 * about another year, or about something that had not happened yet. The checker uses the same
 * test to choose between two claims that a sentence matches almost equally well.
 */

/** Months counted from year 0, so that differences are in months: November 2019 is 2019 * 12 + 10. */
export type Month = number;

/** The months a date covers: "November 2019" is one month, "2019" twelve. */
export interface MonthSpan {
  first: Month;
  last: Month;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const YEAR = '1[89]\\d\\d|20\\d\\d';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** "November 2019", "9 July 2016", "Nov. 23, 2019", "the 4th of July, 1976". */
const MONTH_DATE = new RegExp(
  `\\b(?:${DAY}\\s+(?:of\\s+)?)?(${MONTH_NAME})\\b\\.?(?:\\s+${DAY})?,?\\s+(${YEAR})\\b`,
  'g',
);
/** A year on its own; not an amount ("$2000", "2000%") nor part of a longer number. */
const BARE_YEAR = new RegExp(`(?<![\\d$£€#.,]|\\d[.,])\\b(${YEAR})\\b(?![%\\d]|[.,]\\d)`, 'g');

/** The dates `text` names, in order: months where it names one, whole years otherwise. */
export function datesIn(text: string): MonthSpan[] {
  const found: { at: number; span: MonthSpan }[] = [];
  const rest = text.replace(MONTH_DATE, (whole, name: string, year: string, at: number) => {
    const month = Number(year) * 12 + MONTHS.indexOf(name.slice(0, 3).toLowerCase());
    found.push({ at, span: { first: month, last: month } });
    return ' '.repeat(whole.length); // its year is not a bare year as well
  });
  for (const match of rest.matchAll(BARE_YEAR)) {
    const year = Number(match[1]) * 12;
    found.push({ at: match.index, span: { first: year, last: year + 11 } });
  }
  return found.sort((a, b) => a.at - b.at).map((date) => date.span);
}

/** The month of a single date ("November 23, 2019"), if `text` names one. */
export function monthOf(text: string): Month | undefined {
  const [date] = datesIn(text);
  return date && date.first === date.last ? date.first : undefined;
}

/**
 * How a claim's dates sit with a tweet's month: 1 when it names that month or the one before or
 * after, -1 when every date it names (a month, or a whole year) is further than a month away,
 * 0 when it names none or only a year around the tweet. Among the candidates for the CheckThat!
 * 2020 train tweets, 4.2% of those at 1 are the tweet's claim, 3.5% at 0 and 1.4% at -1.
 */
export function dateAgreement(tweet: Month, dates: readonly MonthSpan[]): number {
  if (dates.length === 0) return 0;
  const gap = (date: MonthSpan) => Math.max(date.first - tweet, tweet - date.last, 0);
  if (dates.some((date) => date.first === date.last && gap(date) <= 1)) return 1;
  return dates.every((date) => gap(date) > 1) ? -1 : 0;
}
