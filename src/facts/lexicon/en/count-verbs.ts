/**
 * Words that tell which verb governs a count ("10 people were killed", "24 dead", "engaged six"), and the families
 * that let two outlets' verbs meet ("died" and "were killed").
 */

/** Adjectives standing for participles after a count: "24 dead" is a verb of dying. */
export const PREDICATE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['dead', 'die'], ['injured', 'injure'], ['wounded', 'wound'], ['hurt', 'hurt'], ['missing', 'missing'], ['killed', 'kill'],
  ['captured', 'capture'], ['arrested', 'arrest'], ['detained', 'detain'], ['displaced', 'displace'], ['evacuated', 'evacuate'],
  ['homeless', 'homeless'], ['hospitalised', 'hospitalise'], ['hospitalized', 'hospitalize'],
]);

/** Verb families: lemmas that report the same event, for comparing the `verb` of two facts. */
export const VERB_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['kill', 'kill'], ['die', 'kill'], ['dead', 'kill'], ['slay', 'kill'], ['perish', 'kill'], ['murder', 'kill'], ['claim', 'kill'],
  ['injure', 'injure'], ['wound', 'injure'], ['hurt', 'injure'],
  ['capture', 'capture'], ['detain', 'capture'], ['arrest', 'capture'], ['apprehend', 'capture'], ['seize', 'capture'], ['hold', 'capture'],
  ['destroy', 'destroy'], ['damage', 'damage'], ['flatten', 'destroy'], ['level', 'destroy'], ['raze', 'destroy'],
]);

/**
 * Past participles that do not end in -ed/-en, read as passives right after a count ("two officers shot"). Fewer
 * than language/en/irregular-verbs.ts knows: the count scan reads these only.
 */
export const COUNT_PARTICIPLES: ReadonlySet<string> = new Set([
  'hurt', 'held', 'shot', 'hit', 'struck', 'left', 'found', 'caught', 'sent', 'lost', 'put', 'set', 'cut', 'fled',
  'fought', 'met', 'brought', 'bought', 'built', 'kept', 'led', 'told', 'sold', 'made', 'paid', 'laid',
]);

/** What is fired from a gun: someone "hit by gunfire" or "struck by a bullet" was shot. */
export const GUNFIRE_WORDS: ReadonlySet<string> = new Set(['gunfire', 'bullet', 'bullets', 'gunshot', 'gunshots', 'shot', 'shots', 'pellet', 'pellets', 'round', 'rounds', 'crossfire']);

/**
 * Verbs done to others, whose progressive after a count says what the counted did ("five people were shooting":
 * shooters), not what befell them; "1,000 people were sheltering" keeps its sense.
 */
export const DONE_TO_OTHERS_VERBS: ReadonlySet<string> = new Set([
  'shoot', 'kill', 'injure', 'wound', 'hurt', 'stab', 'attack', 'arrest', 'detain', 'rescue', 'rob', 'steal', 'hit', 'strike', 'fire',
]);

/**
 * Words that open a deed's object after its verb: "killed a guard", "shot him", "robbed two banks", "shot Officer Roe".
 * Not "this", "last", "that": "two people shot this morning", "three killed last night" are times, not objects.
 */
export const OBJECT_OPENING_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'him', 'them', 'another', 'several', 'multiple', 'two', 'three',
]);
