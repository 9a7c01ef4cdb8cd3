/**
 * Words that tie a span of time to happenings ("two weeks ago", "three hours after the shooting", "for two hours"),
 * and what each says. Read by the duration measure.
 */

/** Words after a span that count it back from the time of writing, or from a moment the sentence leaves unsaid. */
export const SPAN_MARKS: ReadonlyMap<string, 'ago' | 'earlier' | 'later'> = new Map([
  ['ago', 'ago'],
  ['earlier', 'earlier'],
  ['later', 'later'],
  ['afterward', 'later'],
  ['afterwards', 'later'],
]);

/**
 * Words after a span that count it from the happening they name: "two weeks before the shooting", "nine days after
 * a heart attack". Ending a clause ("two days before."), they leave the happening unsaid.
 */
export const SPAN_ANCHORS: ReadonlyArray<readonly [string, 'before' | 'after']> = [
  ['prior to', 'before'],
  ['before', 'before'],
  ['after', 'after'],
  ['following', 'after'],
];

/** Nouns after "in" that make a span a prison sentence: "four years in prison". */
export const PRISON_WORDS: ReadonlySet<string> = new Set(['prison', 'jail', 'custody', 'penitentiary']);

/** Nouns of a prison term after its length: "87 months' imprisonment", "seven years of incarceration". */
export const IMPRISONMENT_WORDS: ReadonlySet<string> = new Set(['imprisonment', 'incarceration']);

/** Words that make a prison term one that may be given: "faces up to 20 years", "could get", "asked for", "requested". */
export const POSSIBLE_TERM_WORDS: ReadonlySet<string> = new Set(['face', 'risk', 'could', 'would', 'may', 'might', 'can', 'ask', 'request', 'seek', 'recommend', 'carry', 'maximum']);
