/** Month names as news writes them, full or abbreviated ("Nov.", "Sept"), to the month's number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Month names that are also ordinary words: only dates when a day, a year or a time preposition is next to them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'sep', 'oct', 'nov', 'dec']);

/** The time prepositions that make an ambiguous month alone a date: "in May", "since March", "by Jan". */
export const AMBIGUOUS_MONTH_PREPOSITIONS: readonly string[] = [
  'in', 'since', 'until', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'by',
];
