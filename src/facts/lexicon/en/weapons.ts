/**
 * Words around the weapon of an attack: the verbs of attacking that take it in a "with" phrase ("shot him with a
 * rifle", "stabbed with a kitchen knife", "armed with a shotgun", "opened fire with a handgun"), and those who carry
 * arms of their own in a story (police returning fire "with rifles" tell nothing of the attacker's weapon).
 */
export const ATTACK_VERBS: ReadonlySet<string> = new Set([
  'shoot', 'kill', 'stab', 'attack', 'murder', 'wound', 'injure', 'threaten', 'rob', 'beat', 'hit', 'strike', 'slash',
  'arm', 'fire', 'open', 'club', 'bludgeon', 'menace', 'confront', 'hold',
]);

/** Those whose arms are not the attacker's: the police and soldiers who answer. */
export const ARMED_RESPONDERS: ReadonlySet<string> = new Set([
  'police', 'officer', 'officers', 'policeman', 'policemen', 'deputy', 'deputies', 'trooper', 'troopers', 'swat', 'agent', 'agents',
  'soldier', 'soldiers', 'troops', 'guard', 'guards',
]);

/** WordNet's word for weapons: a noun is a weapon when one of its first senses is a kind of it. */
export const WEAPON_SYNSET_WORD = 'weapon';

/** Those a "with" phrase arms when it follows them: "a gunman with a rifle", "the suspect, with a knife". */
export const ARMED_PEOPLE: ReadonlySet<string> = new Set([
  'gunman', 'gunmen', 'shooter', 'attacker', 'assailant', 'suspect', 'robber', 'intruder', 'man', 'woman', 'teen', 'teenager',
]);

/**
 * Forms of attacking the tagger reads as nouns or adjectives, with their verbs: past forms before an object ("a man
 * shot two clerks"), and "armed" before "with".
 */
export const ATTACK_FORMS_READ_AS_NOUNS: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'], ['stabbed', 'stab'], ['attacked', 'attack'], ['hit', 'hit'], ['struck', 'strike'], ['armed', 'arm'],
]);
