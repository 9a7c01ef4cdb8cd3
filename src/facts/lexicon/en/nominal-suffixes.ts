/**
 * Suffixes that make a noun of a happening from its verb, most common first: "promotion", "information",
 * "appointment", "arrival", "seizure", "appearance". Tried on the verb and on the verb without its final "e".
 */
export const NOMINAL_SUFFIXES: readonly string[] = ['ion', 'ation', 'ment', 'al', 'ure', 'ance', 'ence'];
