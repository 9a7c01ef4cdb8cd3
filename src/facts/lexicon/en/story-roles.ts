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
