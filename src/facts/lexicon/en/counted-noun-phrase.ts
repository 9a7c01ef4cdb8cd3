/**
 * Words around the noun a figure counts: what ends the noun phrase after it ("34 miles west of"), what stands for a
 * noun said before ("two of them", "70 others"), what ties a noun before it ("the toll rose to 24"), and where a
 * figure stops borrowing the noun of the figure before it ("killing 10 people and injuring 80").
 */

/** Nouns folded so outlets meet: "people"/"persons" -> "person". */
export const NOUN_FOLDS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['persons', 'person'], ['person', 'person'], ['individual', 'person'], ['casualties', 'casualty'],
]);

/** Words that end the noun phrase after a figure once it has its noun: directions, extents, times ("34 miles west"). */
export const DIRECTIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'away', 'offshore', 'inland', 'long', 'wide', 'high', 'deep', 'tall', 'old', 'ago',
  'later', 'earlier',
]);

/** Pronouns after "of" that count the noun said before: "two of them", "six of whom". */
export const PRONOUN_HEADS: ReadonlySet<string> = new Set(['them', 'those', 'whom', 'these', 'us', 'which']);

/** Words right after a figure that count the noun said before: "70 others", "dozens more". */
export const ANAPHORIC: ReadonlySet<string> = new Set(['others', 'other', 'more']);

/** Words between a noun and the figure after it: "a population of 100,000", "the toll stood at 24". */
export const BEFORE_LINKS: ReadonlySet<string> = new Set([
  'of', 'at', 'was', 'is', 'were', 'are', 'stood', 'reached', 'measured', 'totalled', 'totaled', 'hit', 'put',
]);

/** Verbs of change before "to" and a figure: "the toll rose to 24". */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(['rise', 'climb', 'jump', 'increase', 'fall', 'drop', 'go', 'grow', 'soar', 'surge']);

/** Words that start a new clause, across which a number does not borrow the previous noun. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'which', 'who', 'that', 'when', 'after', 'before', 'because', 'while', 'as', 'where', 'since', 'although', 'though',
  'whereas', 'if', 'until', ';', ':',
]);
