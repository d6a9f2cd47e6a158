import { describe, expect, it } from 'vitest';
import { dateAgreement, datesIn, monthOf } from '../../lib/match/dates';
import { signatureDate } from '../../lib/match/tweet';

const month = (year: number, m: number) => year * 12 + m - 1;
const inMonth = (year: number, m: number) => ({ first: month(year, m), last: month(year, m) });
const inYear = (year: number) => ({ first: month(year, 1), last: month(year, 12) });

describe('dates', () => {
  it('reads a month with or without its day, in either order', () => {
    expect(datesIn('In November 2012, Trump proclaimed it on Twitter.')).toEqual([inMonth(2012, 11)]);
    expect(datesIn('A purge is planned for 9 July 2016 in Baton Rouge.')).toEqual([inMonth(2016, 7)]);
    expect(datesIn('It aired on Dec. 12, 2019 and on Sept. 11, 2001.')).toEqual([inMonth(2019, 12), inMonth(2001, 9)]);
    expect(datesIn('the 4th of July, 1976')).toEqual([inMonth(1976, 7)]);
  });

  it('reads a bare year as the whole year, in text order with the months', () => {
    expect(datesIn('A law passed in 1997 was enforced in April 2018.')).toEqual([inYear(1997), inMonth(2018, 4)]);
  });

  it('takes no amount, decade or longer number for a year', () => {
    expect(datesIn('He paid $2000 for 1,999 shirts, 2019.5 tons, 20190 cans and 2000% more in the 1950s.')).toEqual([]);
    expect(datesIn('A claim with no date at all.')).toEqual([]);
  });

  it('dates a tweet by its signature', () => {
    expect(signatureDate('Iran will attack. — Ilhan Omar (@IlhanMN) January 6, 2020')).toBe('January 6, 2020');
    expect(signatureDate('Impeach him. — Monica Lewinsky (@MonicaLewinsky) October 03, 19')).toBe('');
    expect(signatureDate('Meta will keep its models open - for now. November 2, 2024')).toBe('');
    expect(monthOf('January 6, 2020')).toBe(month(2020, 1));
    expect(monthOf('2020')).toBeUndefined();
    expect(monthOf('')).toBeUndefined();
  });

  it("agrees with a claim about the tweet's month, not with one about another time", () => {
    const tweet = month(2019, 11);
    expect(dateAgreement(tweet, datesIn('in October 2019'))).toBe(1);
    expect(dateAgreement(tweet, datesIn('in 2016, and again in December 2019'))).toBe(1);
    expect(dateAgreement(tweet, datesIn('in 2019'))).toBe(0);
    expect(dateAgreement(tweet, datesIn('no date'))).toBe(0);
    expect(dateAgreement(tweet, datesIn('in March 2019'))).toBe(-1);
    expect(dateAgreement(tweet, datesIn('in 2016'))).toBe(-1);
    // Something that had not happened yet when the tweet was written.
    expect(dateAgreement(tweet, datesIn('in 2020'))).toBe(-1);
  });
});
