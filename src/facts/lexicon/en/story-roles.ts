/**
 * Roles a story gives one person, so that "the victim" or "the gunman" in several outlets' reports of one event
 * names the same one: the parts people play in an incident, not what they are (a man, a teacher). Singular, with
 * "the"; read for ages ("The victim, 34,", "the 41-year-old gunman") and compared only between sentences stating one
 * claim, as a story may have two victims.
 */
export const STORY_ROLES: ReadonlySet<string> = new Set([
  'victim', 'suspect', 'gunman', 'shooter', 'killer', 'attacker', 'assailant', 'robber', 'burglar', 'hijacker',
  'bomber', 'driver', 'pilot', 'captain', 'defendant', 'accused', 'survivor', 'deceased',
]);

/**
 * What a person is, which "the" makes the one person a sentence is about ("the boy, 8,", "the 41-year-old woman"):
 * compared, like the roles, only between sentences stating one claim.
 */
export const PERSON_HEADS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'teen', 'teenager', 'toddler', 'baby', 'infant', 'youth', 'person',
]);
