/** Token tests of the date scan: a month, a weekday, a day of the month, a year. */
import { WEEKDAY_NAMES } from '../../algebra/dates.js';
import { MONTHS } from '../../facts/lexicon/en/months.js';
import { isCapitalised } from '../parse.js';
import type { ParsedSentence, Token } from '../types.js';

export function tokenAt(parsed: ParsedSentence, i: number): Token | undefined {
  return parsed.tokens[i];
}

/** Month number of a month token ("Nov." -> 11), if capitalised as a month name is. */
export function monthOf(token: Token | undefined): number | undefined {
  if (token === undefined || !isCapitalised(token)) return undefined;
  return MONTHS.get(token.lower.replace(/\.$/, ''));
}

export function weekdayOf(token: Token | undefined): string | undefined {
  if (token === undefined || !isCapitalised(token)) return undefined;
  const w = token.lower.replace(/\.$/, '');
  return WEEKDAY_NAMES.includes(w) ? w : undefined;
}

/** Day of month from "8", "08", "28th", "2nd". */
export function dayOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.lower);
  if (m === null) return undefined;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? day : undefined;
}

export function yearOf(token: Token | undefined): number | undefined {
  if (token === undefined || !/^\d{4}$/.test(token.text)) return undefined;
  const year = Number(token.text);
  return year >= 1000 && year <= 2999 ? year : undefined;
}

/** A plausible year for a bare four-digit number. */
export function plausibleYear(token: Token | undefined): number | undefined {
  const year = yearOf(token);
  return year !== undefined && year >= 1500 && year <= 2100 ? year : undefined;
}

export function isComma(token: Token | undefined): boolean {
  return token?.text === ',';
}
