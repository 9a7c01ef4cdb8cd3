/**
 * Words that tell the one who did it died too: a gunman who "shot and killed himself", "took his own life", a
 * "murder-suicide", an attacker "shot dead by police". Outlets then count the dead with or without him ("five
 * killed and then himself" / "six dead"), so counts of the dead one apart are two groups, not a dispute.
 */

/** Who carried out the attack or crime, by the words news uses. */
export const PERPETRATOR_NOUNS: readonly string[] = [
  'gunman', 'gunmen', 'shooter', 'suspect', 'attacker', 'assailant', 'killer', 'bomber', 'perpetrator',
];

/** Reflexive objects of a killing: "killed himself". */
export const REFLEXIVES: readonly string[] = ['himself', 'herself', 'themselves'];

/** Verb forms that kill or shoot, before a reflexive or after a perpetrator ("was shot dead"). */
export const KILLING_FORMS: readonly string[] = ['killed', 'killing', 'kills', 'kill', 'shot', 'shooting', 'shoots', 'shoot'];

/** Nouns and phrases that say the perpetrator took his own life. */
export const SELF_KILLING_PHRASES: readonly string[] = [
  'murder-suicide', 'murder suicide', 'suicide', 'self-inflicted',
];

/** "Took his own life", "turning the gun on himself": a verb of these forms and what follows it. */
export const SELF_KILLING_VERBS: ReadonlyArray<{ forms: readonly string[]; then: readonly string[] }> = [
  { forms: ['take', 'takes', 'took', 'taken', 'taking'], then: ['his own life', 'her own life', 'their own lives'] },
  { forms: ['turn', 'turns', 'turned', 'turning'], then: ['the gun on', 'the weapon on', 'his gun on', 'her gun on'] },
];

/** What says a perpetrator died, a few words after him: "the gunman was later killed", "the suspect died". */
export const DIED_PREDICATES: readonly string[] = ['died', 'killed himself', 'killed herself'];

/** Passive forms that do, after "was", "were" or "is" (and an adverb): "was later shot dead". */
export const DIED_PASSIVES: readonly string[] = ['killed', 'shot dead', 'shot and killed', 'found dead', 'pronounced dead', 'dead'];
