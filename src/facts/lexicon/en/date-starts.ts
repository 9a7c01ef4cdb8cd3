/** Words that can start a date expression besides digits, months and weekdays: most tokens cannot start one. */
import { SINGLE_RELATIVE, SMALL_NUMBER_WORDS } from './relative-dates.js';

export const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...SINGLE_RELATIVE.keys(), 'last', 'this', 'next', 'past', 'earlier', 'later', 'early', 'late', 'recent', 'the', 'a', 'an',
  'noon', 'midday', 'midnight', ...SMALL_NUMBER_WORDS.keys(),
]);
