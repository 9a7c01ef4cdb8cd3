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
