/**
 * Where a happening took place, as a verb's prepositional phrase says it: "hid in a closet", "was shot on the
 * stairs", "moved to Florida", "was taken to County General Hospital". The prepositions are grouped by the
 * question they answer (where it was; where to; where from), so "in" and "at" ask one question.
 */

import { BELIEF_VERBS, SAYING_VERBS } from '../../../language/en/speech-verbs.js';

/** A preposition after a verb, and the question its phrase answers. */
export const SETTING_PREPOSITIONS: ReadonlyMap<string, 'at' | 'to' | 'from'> = new Map([
  ['in', 'at'], ['at', 'at'], ['on', 'at'], ['inside', 'at'], ['into', 'at'], ['onto', 'at'], ['aboard', 'at'],
  // Where, told by what is near: "sank off Sicily", "crashed near Houston", "was shot outside the club".
  ['off', 'at'], ['near', 'at'], ['outside', 'at'], ['beside', 'at'], ['behind', 'at'], ['along', 'at'], ['within', 'at'],
  ['to', 'to'], ['toward', 'to'], ['towards', 'to'],
  ['from', 'from'],
]);

/**
 * Verbs whose setting is not one happening's: speech ("said in a statement"), being and having, and habits that
 * hold in many places over a life ("lived in Ohio", "worked at a bank").
 */
export const UNCOMPARED_VERBS: ReadonlySet<string> = new Set([
  ...SAYING_VERBS, ...BELIEF_VERBS, 'post', 'speak',
  'be', 'have', 'do', 'appear', 'include', 'live', 'work', 'stay', 'remain', 'study', 'serve', 'play', 'grow', 'spend', 'know', 'see',
  'want', 'try', 'plan', 'use', 'get', 'go', 'come', 'put', 'keep', 'leave', 'make',
  // A prison term's words ("sentenced to 87 months in prison", "faces 20 years in prison") say no place of a happening.
  'sentence', 'face',
  'accord',
]);

/** Auxiliaries of the passive: "was shot", "got hit". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'get']);

/** Pronouns that stand for one person; any other pronoun ("they", "it", "who") leaves the subject unknown. */
export const ONE_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** Words that join two settings of one verb: "in the head and chest", "in a closet or an office". */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', ',', '&']);

/**
 * WordNet's lexicographer files of things a setting may be, and the question word for each: a room or building
 * (noun.artifact), a part of the body (noun.body), a place (noun.location), a natural object (noun.object: a river,
 * a hill). Anything else after a preposition is no setting ("in a statement", "in critical condition", "on Monday").
 */
export const SETTING_KINDS: ReadonlyMap<number, { id: string; question: string }> = new Map([
  [6, { id: 'artifact', question: 'where' }],
  [8, { id: 'body', question: 'where on the body' }],
  [15, { id: 'location', question: 'where' }],
  [17, { id: 'object', question: 'where' }],
]);

/**
 * Parts of a building that hold other parts (WordNet's words for them): a floor holds rooms, so "in the basement"
 * and "in the kitchen" may both be true.
 */
export const CONTAINING_PARTS: ReadonlySet<string> = new Set(['floor', 'level', 'storey', 'story', 'wing']);

/**
 * Nouns for a part or the surroundings of a place, which the place after "of" names: "off the coast of Sicily" is
 * off Sicily, "on the outskirts of Leeds" at Leeds.
 */
export const PLACE_PARTS: ReadonlySet<string> = new Set([
  'coast', 'coastline', 'shore', 'shores', 'waters', 'outskirts', 'suburbs', 'edge', 'heart', 'centre', 'center', 'tip',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'part', 'area', 'region',
]);

/**
 * Verbs by which the story's happening itself takes place, as one question each ("the shooting happened on Elm
 * Street" / "occurred on Oak Street": where it happened; "the fire started in the kitchen" / "began in the garage":
 * where it started). A happening's other verbs ("the shooting left two dead") say nothing of where it was.
 */
export const OCCURRENCE_VERBS: ReadonlyMap<string, string> = new Map([
  ['happen', 'happen'], ['occur', 'happen'], ['unfold', 'happen'],
  ['start', 'start'], ['begin', 'start'], ['erupt', 'start'], ['originate', 'start'],
]);

/**
 * Verbs of aiming: done by someone, their "at", "on" or "into" phrase names the target, not where it happened
 * ("fired at several vehicles", "shot into the crowd", "threw rocks at officers"). Said of whom it befell, the phrase
 * is a place again ("was shot at the club").
 */
export const AIMING_VERBS: ReadonlySet<string> = new Set(['fire', 'shoot', 'aim', 'point', 'throw', 'hurl', 'swing', 'lunge', 'spray', 'lob', 'launch']);

/** Prepositions that name an aiming verb's target. */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'into', 'toward', 'towards']);

/** Nouns plural as they stand, whose lemma is themselves: "people were taken". */
export const PLURAL_AS_WRITTEN: ReadonlySet<string> = new Set(['people', 'police', 'personnel', 'cattle', 'troops']);

/** Words that deny the happening: "was never taken to hospital". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/**
 * Adverbs that place a happening in a sequence: "then moved to Ohio", "later moved back to Texas", "also visited
 * Rome". The setting after them may be of another happening of the same verb than the one another outlet tells.
 */
export const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set([
  'then', 'again', 'also', 'back', 'later', 'eventually', 'previously', 'earlier', 'once', 'first', 'subsequently',
  'finally', 'initially', 'originally', 'twice',
]);

/** Nouns for a dead person's body, which is somewhere as a person is: "the body was found in a closet". */
export const REMAINS: ReadonlySet<string> = new Set(['body', 'corpse', 'remains']);

/**
 * Verbs that take someone somewhere: their setting is where the one taken went ("was taken to hospital", "took
 * him to a clinic"); with no one taken they say something else ("took to the streets", "brought to light").
 */
export const CONVEYING_VERBS: ReadonlySet<string> = new Set(['take', 'bring', 'send', 'carry']);

/**
 * Verbs by which someone is taken somewhere, one question whichever an outlet writes: "was rushed to Mercy",
 * "was flown to County General", "friends drove him to St Luke's", "was airlifted to the infirmary". A transfer
 * is a later leg, not the same question.
 */
export const TAKEN_VERBS: ReadonlySet<string> = new Set([
  'take', 'rush', 'fly', 'airlift', 'transport', 'drive', 'carry', 'bring', 'convey', 'helicopter', 'medevac', 'ferry',
]);

/**
 * Verbs of going somewhere oneself, which take no object: after a passive ("was questioned and moved to Oregon")
 * they are still the subject's own deed, not something done to them.
 */
export const SELF_MOVING_VERBS: ReadonlySet<string> = new Set([
  'move', 'return', 'go', 'come', 'run', 'flee', 'walk', 'travel', 'head', 'relocate', 'retire', 'escape', 'drive', 'fly', 'sail', 'swim', 'crawl', 'climb', 'jump', 'fall',
]);
