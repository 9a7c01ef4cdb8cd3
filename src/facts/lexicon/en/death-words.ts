/**
 * Words that say someone died, and the words that tie an age to the death: "died aged 81", "dies at 83", "his death
 * at the age of 81", "passed away at 90". The age at death is a question of its own: a person's age elsewhere in a
 * story may be of another time.
 */

/** Lemmas of verbs of dying, and of the noun. */
export const DEATH_LEMMAS: ReadonlySet<string> = new Set(['die', 'death', 'succumb', 'perish']);

/** Verbs that die with a particle: "passed away". */
export const DEATH_PHRASES: ReadonlyMap<string, string> = new Map([['pass', 'away']]);

/** Words that may stand between the death and its age: "died peacefully at home on Sunday, aged 81". */
export const DEATH_TO_AGE_WORDS: ReadonlySet<string> = new Set([
  'peacefully', 'suddenly', 'unexpectedly', 'quietly', 'on', 'in', 'at', 'home', 'hospital', 'the', 'a', 'his', 'her',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'yesterday', 'today', 'night',
  'morning', 'evening', 'afternoon', 'last', 'week', ',',
]);

/**
 * Words that tie a death to its cause, with the cause after them: "died of pneumonia", "died from her injuries",
 * "succumbed to cancer", "died after a stroke", "died following a heart attack".
 */
export const CAUSE_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'to', 'after', 'following']);

/**
 * Words before the cause itself, passed over: "died of complications of pneumonia", "died after suffering a heart
 * attack", "died following a long battle with cancer".
 */
export const CAUSE_LEADS: ReadonlySet<string> = new Set([
  'complications', 'complication', 'suffering', 'contracting', 'developing', 'battle', 'battling', 'fight', 'bout',
  'long', 'brief', 'lengthy', 'short', 'with', 'of', 'from', 'a', 'an', 'the', 'his', 'her', 'their', 'apparent', 'suspected',
]);

/**
 * WordNet's classes of what a person dies of, by the words of their synsets: ill health (diseases, injuries, wounds)
 * and afflictions (a heart attack, a stroke).
 */
export const CAUSE_OF_DEATH_CLASSES: ReadonlySet<string> = new Set(['ill_health', 'affliction']);
