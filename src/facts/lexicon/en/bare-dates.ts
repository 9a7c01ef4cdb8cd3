/** Words around a bare year or month that tell a date ("in 2022", "since February") from a count ("2000 people"). */

/** Words before a bare year or month that make it a date ("in 2022", "since February"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through', 'throughout', 'of', 'early',
  'late', 'mid', 'circa', 'between', 'last', 'next', 'this', 'around',
]);

/** Words before a four-digit number that make it a count: "roughly 2000", "more than 1500". */
export const COUNT_QUALIFIERS: ReadonlySet<string> = new Set([
  'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'than', 'least', 'estimated',
  'another', 'only', 'just',
]);

/** Nouns after a four-digit number that make it a count of people: "2000 people", "1500 troops". */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'people', 'persons', 'men', 'women', 'children', 'police', 'troops', 'staff', 'personnel',
]);

/** Words before a year that make it modify the noun phrase after it, names included: "a 1955 Senate hearing". */
export const YEAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'her', 'his', 'its', 'their', 'our']);
