/**
 * Participles that work as prepositions: they relate a phrase to another ("died following a fire Monday",
 * "ten people, including two children"), and name no happening of their own. A date next to one dates the
 * phrase it introduces, not an event called "follow".
 */
export const RELATIONAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'following', 'including', 'according', 'concerning', 'regarding', 'excluding', 'preceding',
]);
