/**
 * Setting: where a happening took place, as the phrase after its verb says ("hid in a closet", "was shot on the
 * stairs", "shot him in the shoulder", "moved to Florida", "was taken to County General Hospital"). The question
 * is the verb, the preposition's question (where, where to, where from), the kind of thing named (a room, a part
 * of the body, a place) and whom it happened to: the verb's subject, or its object where the verb has one ("shot
 * him in the leg": where he was shot).
 *
 * Two settings disagree only when they are things of one close kind that cannot both be meant: two rooms, two
 * parts of the body, two places WordNet knows and neither within the other, two hospitals of different names.
 * A broader or narrower word ("a room" / "a closet", "Houston" / "Texas") agrees; two answers in one source ("in
 * the head and chest", "moved to Ohio, then to Texas") show the question has several, and it is left out.
 */
import {
  AIMING_VERBS, TARGET_PREPOSITIONS, CONVEYING_VERBS, JOINING_WORDS, SELF_MOVING_VERBS, NEGATIONS, REMAINS, TAKEN_VERBS, ONE_PERSON_PRONOUNS, SEQUENCE_ADVERBS, PASSIVE_AUXILIARIES, OCCURRENCE_VERBS, PLACE_PARTS, PLURAL_AS_WRITTEN, SETTING_KINDS, SETTING_PREPOSITIONS, UNCOMPARED_VERBS,
} from '../lexicon/en/settings.js';
import { pastParticiple, pastTense, singular } from '../../language/en/inflect.js';
import { ORDINAL_WORDS } from '../lexicon/en/counting-words.js';
import { ONCE_IN_A_LIFE } from '../lexicon/en/dated-happenings.js';
import { evidenceOf, PERSON, type Measure, type SentenceContext, type Subject, type TermValue, type Token, type TypedFact } from '../model.js';
import { buildingPartRelation } from '../building-parts.js';
import { STREET_SIDES, STREET_TYPES } from '../lexicon/en/streets.js';
import { lexiconHappening } from '../happening.js';
import { isPlaceName, placeRelation } from '../places.js';
import { isMadeThing, isPerson, termRelation } from '../terms.js';
import { eraScope, frontedSubject } from '../tokens.js';
import { senseOffsets, synsetAt } from '../wordnet.js';

/** Words a noun phrase after the preposition may hold before its head: "the", "his", "a small", "the back". */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Words skipped between a verb and what stands before it: "was quickly", "had been". */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
/** The senses of a noun read for its kind: a word whose common senses include a time is no setting. */
const KIND_SENSES = 3;
/** WordNet's files of happenings (11) and times (28): a noun with such a common sense is no setting ("in the sixth round"). */
const NOT_SETTING_FILES: ReadonlySet<number> = new Set([11, 28]);
/** WordNet's file of acts (4): a noun whose first sense is an act is none either ("at the game", "on the run"). */
const ACT_FILE = 4;
/**
 * WordNet's file of groups (14): an institution is first a body of people ("school", "church", "club") and then
 * the building it meets in, which is a setting.
 */
const INSTITUTION_FILE = 14;
/** WordNet's files of things that can be somewhere: artifacts (6), animals (5), groups (14), people (18). */
const ACTOR_FILES: ReadonlySet<number> = new Set([5, 6, 14, 18]);
/** How many prepositional phrases after a verb are read. */
const MAX_PHRASES = 3;
/** Words a phrase passed over may hold: "by medical helicopter", "on 14 March 1943". */
const PASSED_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'PUNCT']);
/** How many coordinated verbs back a subject is looked for ("became born again, moved to California"). */
const MAX_COORDINATED = 3;

interface Role {
  subject: Subject;
  /** What happened to the subject (passive, or the verb's object), not what the subject did. */
  undergoes: boolean;
  /** The subject is a pronoun: the engine compares it only within sentences stating one claim. */
  pronoun: boolean;
  /** Several ("workers"): "were taken". */
  plural?: boolean;
  /** The subject is a happening ("the shooting", "the fire"), not someone or something. */
  happening?: boolean;
  /** A happening, or a made thing in the story's happening, named with "the" alone: one question across the run. */
  definite?: boolean;
}

interface Setting {
  value: TermValue;
  kind: { id: string; question: string };
  first: Token;
  last: Token;
}

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  // A setting is read only from a preposition of setting after the verb: verbs past the last one have none.
  let lastSetting = -1;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.pos === 'ADP' && SETTING_PREPOSITIONS.has(tokens[k]!.lower)) lastSetting = k;
  for (const verb of tokens) {
    if (verb.index >= lastSetting) continue;
    // A verb in -ing is mostly a modifier or a scene ("cables linking Sicily to Egypt", "struggling on the ropes").
    if (verb.pos !== 'VERB' || UNCOMPARED_VERBS.has(verb.lemma) || verb.lower.endsWith('ing')) continue;
    // "planned to fly to Paris", "provoked him to shoot at drivers along the road": an infinitive tells what was meant
    // or asked, not a happening told as done.
    if (isInfinitive(tokens, verb.index) || endsNounPhrase(tokens, verb.index)) continue;
    const object = objectAfter(context, verb.index);
    // "opened fire in the lounge": an object that is no one is part of what the subject did.
    const deed = object === undefined ? deedAfter(tokens, verb.index) : undefined;
    const phrases = phrasesAfter(tokens, (object?.last ?? deed?.last ?? verb.index) + 1);
    if (phrases.length === 0) continue;
    const role = object !== undefined ? { subject: object.subject, undergoes: true, pronoun: object.pronoun, plural: object.plural === true } : subjectOf(context, verb.index, 0);
    // "people took to the streets": a verb of taking someone somewhere says where only of whom it takes.
    if (role === undefined || (!role.undergoes && CONVEYING_VERBS.has(verb.lemma))) continue;
    // "The shooting happened on Elm Street": where the happening itself took place, by its verbs of taking place.
    const occurrence = role.happening === true ? OCCURRENCE_VERBS.get(verb.lemma) : undefined;
    if (role.happening === true && (occurrence === undefined || object !== undefined)) continue;
    for (const { prep, question } of phrases) {
      // "fired at several vehicles": the target of an aim, not a place.
      if (!role.undergoes && AIMING_VERBS.has(verb.lemma) && TARGET_PREPOSITIONS.has(tokens[prep]!.lower)) continue;
      const settings = settingsAfter(context, prep);
      const kinds = new Set(settings.map((s) => s.kind.id));
      for (const setting of settings) {
        // "in the back of the head": one question per kind of thing named.
        if (kinds.size > 1 && settings.filter((s) => s.kind.id === setting.kind.id).length < settings.length / 2) continue;
        facts.push(factOf(context, occurrence !== undefined ? { ...verb, lemma: occurrence } : verb, question, role, setting, deed?.noun));
      }
    }
  }
  return facts;
}

/**
 * A base form closing a determiner's noun phrase is a noun the tagger took for a verb: "during a traffic stop along
 * Ortiz Avenue", "the police search in the woods".
 */
function endsNounPhrase(tokens: readonly Token[], verb: number): boolean {
  const t = tokens[verb]!;
  const before = tokens[verb - 1];
  return t.lower === t.lemma && before?.pos === 'NOUN' && ['DET', 'ADJ'].includes(tokens[verb - 2]?.pos ?? '');
}

/** A verb after "to", adverbs between ("to randomly shoot"): an infinitive. */
function isInfinitive(tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return tokens[k]?.lower === 'to' && tokens[k]!.pos === 'PART';
}

/**
 * The prepositions of setting among the phrases right after a verb: "was born on 14 March 1943 in Sheffield",
 * "was flown by helicopter to Mercy Hospital". Phrases of other prepositions are passed over; anything else ends
 * the verb's phrases.
 */
function phrasesAfter(tokens: readonly Token[], k: number): Array<{ prep: number; question: 'at' | 'to' | 'from' }> {
  const phrases: Array<{ prep: number; question: 'at' | 'to' | 'from' }> = [];
  for (let n = 0; n < MAX_PHRASES && k < tokens.length; n++) {
    while (tokens[k]?.pos === 'ADV' && !NEGATIONS.has(tokens[k]!.lower) && !SEQUENCE_ADVERBS.has(tokens[k]!.lower)) k++;
    const prep = tokens[k];
    if (prep === undefined || prep.pos !== 'ADP') break;
    const question = SETTING_PREPOSITIONS.get(prep.lower);
    if (question !== undefined) phrases.push({ prep: k, question });
    k++;
    while (k < tokens.length && PASSED_TAGS.has(tokens[k]!.pos) && !(tokens[k]!.pos === 'PUNCT' && tokens[k]!.text !== '-')) k++;
  }
  return phrases;
}

function factOf(context: SentenceContext, written: Token, question: 'at' | 'to' | 'from', role: Role, setting: Setting, deed?: Token): TypedFact {
  // Whoever was rushed, flown or driven somewhere was taken there: one question.
  const verb = role.undergoes && question === 'to' && TAKEN_VERBS.has(written.lemma) ? { ...written, lemma: 'take', lower: 'taken' } : written;
  const object = deed === undefined ? '' : ` ${deed.lower}`;
  const verbWords = role.undergoes ? `${role.plural ? 'were' : 'was'} ${verb.lower}` : `${verb.lower}${object}`;
  const from = question === 'from' ? ' from' : '';
  const about = `${setting.kind.question} {subject} ${verbWords}${from}`;
  const label = `${setting.kind.question} someone ${role.undergoes ? `was ${verb.lower}` : `${verb.lower}${object}`}${from}`;
  const roleKey = role.undergoes ? 'undergoes' : deed === undefined ? 'does' : `does ${deed.lemma}`;
  return {
    measure: 'setting',
    subject: role.subject,
    attribute: { id: `setting|${verb.lemma}|${roleKey}|${question}|${setting.kind.id}`, label, about },
    value: setting.value,
    // "Born in Leeds in 1943": the year is the birth's own, not another time the story looks back to.
    scope: ONCE_IN_A_LIFE.has(verb.lemma) ? {} : eraScope(context),
    evidence: evidenceOf(context, [setting.first.start, setting.last.end]),
    // Only a named subject is one person across the run: "the victim" or "he" may be another victim in another
    // source ("one victim was taken to Mercy, another to County General"), so they are compared within one claim.
    ...(role.subject.id.startsWith('name:') || role.subject.id === PERSON.id || role.definite === true ? {} : { alignedOnly: true as const }),
  };
}

/**
 * The verb's object when a setting follows it ("shot him in the leg", "found Roe in a closet"): a pronoun for
 * one person, a name, or a noun. Undefined when the verb is followed by its preposition at once, or by anything
 * else.
 */
function objectAfter(context: SentenceContext, verb: number): { subject: Subject; pronoun: boolean; plural?: boolean; last: number } | undefined {
  const { tokens } = context.parsed;
  const next = tokens[verb + 1];
  if (next === undefined) return undefined;
  if (next.pos === 'PRON' && ONE_PERSON_PRONOUNS.has(next.lower)) return { subject: PERSON, pronoun: true, last: verb + 1 };
  const name = nameAt(context, next);
  if (name !== undefined) return { subject: name.subject, pronoun: false, last: name.last };
  let k = verb + 1;
  while (tokens[k] !== undefined && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k++;
  const noun = tokens[k];
  if (noun === undefined || noun.pos !== 'NOUN' || k === verb + 1 && tokens[k - 1]?.pos === 'DET') return undefined;
  // A noun object ends where a preposition of setting starts ("shot a worker in the leg").
  if (!SETTING_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') || !isActor(noun.lemma)) return undefined;
  return { subject: commonNounSubject(noun.lemma, noun.lower, isPlural(noun)), pronoun: false, plural: isPlural(noun), last: k };
}

/**
 * A bare noun object that is no one, right before a preposition of setting: "opened fire in the lounge", "set
 * fire to the house". An object with a determiner or a figure ("held a meeting at", "killed two people in") is
 * left: it may be one of several.
 */
function deedAfter(tokens: readonly Token[], verb: number): { noun: Token; last: number } | undefined {
  const noun = tokens[verb + 1];
  if (noun === undefined || noun.pos !== 'NOUN' || !SETTING_PREPOSITIONS.has(tokens[verb + 2]?.lower ?? '') || isActor(noun.lemma)) return undefined;
  return { noun, last: verb + 1 };
}

/**
 * A noun that can be somewhere: a person, a group of people, an animal or a made thing ("the workers", "the
 * car"), not an act or a word ("a response was urged from Washington").
 */
function isActor(lemma: string): boolean {
  if (REMAINS.has(lemma)) return true;
  const offsets = senseOffsets(lemma, 'noun');
  return offsets !== undefined && offsets.length > 0 && ACTOR_FILES.has(synsetAt(offsets[0]!, 'noun').lexFile);
}

/**
 * One person the story counts by an ordinal ("a fourth victim", "the second suspect"): a subject of their own, one
 * across the run; outlets that count otherwise name another subject and are not compared.
 */
function countedOne(tokens: readonly Token[], noun: Token): Subject | undefined {
  const ordinal = tokens[noun.index - 1];
  const n = ordinal !== undefined ? ORDINAL_WORDS.get(ordinal.lower) : undefined;
  if (n === undefined || n < 2 || isPlural(noun) || !['a', 'an', 'the'].includes(tokens[noun.index - 2]?.lower ?? '') || !isPerson(noun.lemma)) return undefined;
  return { id: `thing:${noun.lemma}#${n}`, label: `the ${ordinal!.lower} ${noun.lower}` };
}

/** A subject named by a common noun, worded for a question: "where victims were taken", "where the bomb landed". */
function commonNounSubject(lemma: string, written: string, plural: boolean): Subject {
  return { id: `thing:${lemma}`, label: plural ? written : `the ${written}` };
}

/**
 * A noun WordNet writes in lower case in a sense of someone ("teller", the bank clerk), not only as a name
 * ("Edwards", "Owens": kings and writers).
 */
function isCommonActor(lemma: string): boolean {
  return (senseOffsets(lemma, 'noun') ?? []).slice(0, KIND_SENSES).some((o) => {
    const synset = synsetAt(o, 'noun');
    return synset.words.includes(lemma) && ACTOR_FILES.has(synset.lexFile);
  });
}

function isPlural(noun: Token): boolean {
  return noun.lower !== noun.lemma || PLURAL_AS_WRITTEN.has(noun.lower);
}

/** A name mention starting at this token, as a subject, with its last token. */
function nameAt(context: SentenceContext, token: Token): { subject: Subject; last: number } | undefined {
  if (token.pos !== 'PROPN') return undefined;
  const mention = context.mentions.find((m) => m.kind === 'name' && m.span[0] <= token.start && m.span[1] >= token.end);
  if (mention === undefined) return undefined;
  const tokens = context.parsed.tokens;
  let last = token.index;
  while (tokens[last + 1] !== undefined && tokens[last + 1]!.end <= mention.span[1]) last++;
  return { subject: { id: `name:${mention.value}`, label: mention.text }, last };
}

/**
 * Who the verb is about: the nominal right before it, past auxiliaries and adverbs ("Dalton was quickly taken"),
 * an age in commas ("Dalton, 45, was shot") or a relative pronoun ("a man who was shot"); for the second of two
 * verbs ("became born again, moved to California"), the first one's subject. Undefined when it cannot be told.
 */
function subjectOf(context: SentenceContext, verb: number, depth: number): Role | undefined {
  const { tokens } = context.parsed;
  let k = verb - 1;
  let undergoes = false;
  while (k >= 0 && BEFORE_VERB.has(tokens[k]!.pos)) {
    // "was never taken to hospital", "did not move to Texas": no setting of a happening that did not happen.
    if (NEGATIONS.has(tokens[k]!.lower)) return undefined;
    if (tokens[k]!.pos === 'AUX' && PASSIVE_AUXILIARIES.has(tokens[k]!.lemma)) undergoes = true;
    k--;
  }
  // "have been taken" leaves "be" next to the verb; "has taken" does not.
  if (undergoes && tokens[verb - 1]?.pos === 'AUX' && !PASSIVE_AUXILIARIES.has(tokens[verb - 1]!.lemma)) undergoes = false;
  if (k < 0 && depth === 0) {
    // "Born in Leeds in 1943, Coyle became ...": the main clause's subject; a bare past participle is passive.
    const start = frontedSubject(tokens, verb);
    const fronted = start === undefined ? undefined : subjectAt(context, start);
    return fronted === undefined ? undefined : { ...fronted, undergoes: !tokens[verb]!.lower.endsWith('ing') };
  }
  if (k >= 2 && tokens[k]!.text === ',' && tokens[k - 1]!.pos === 'NUM' && tokens[k - 2]!.text === ',') k -= 3;
  if (k >= 1 && ['who', 'that'].includes(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (t === undefined) return undefined;
  const role = (subject: Subject, pronoun = false): Role => ({ subject, undergoes, pronoun });
  if (t.pos === 'PRON') return ONE_PERSON_PRONOUNS.has(t.lower) ? role(PERSON, true) : undefined;
  if (t.pos === 'PROPN') {
    const mention = context.mentions.find((m) => m.kind === 'name' && m.span[0] <= t.start && m.span[1] >= t.end);
    // A plural common noun capitalised only because it opens the sentence ("Employees hid in ..."), taken for a name.
    const lemma = singular(t.lower);
    const common = t.index === 0 && (lemma !== t.lower || PLURAL_AS_WRITTEN.has(t.lower)) && isCommonActor(lemma);
    if (common && (mention === undefined || mention.span[1] <= t.end)) return { ...role(commonNounSubject(lemma, t.lower, true)), plural: true };
    return mention === undefined ? undefined : role({ id: `name:${mention.value}`, label: mention.text });
  }
  if (t.pos === 'NOUN') {
    if (isActor(t.lemma)) {
      // "The plane crashed in the Alps", "the ferry sank off Crete": the story's one made thing, named with "the" alone,
      // in the story's own happening (a verb of the lexicon's events), is one question across the run.
      const storyThing = !isPlural(t) && tokens[t.index - 1]?.lower === 'the' && isMadeThing(t.lemma) && lexiconHappening(tokens, verb)?.event === true;
      // "A fourth victim walked into ...", "the third suspect was arrested in ...": the one the story counts so.
      const counted = countedOne(tokens, t);
      if (counted !== undefined) return { ...role(counted), definite: true };
      return { ...role(commonNounSubject(t.lemma, t.lower, isPlural(t))), plural: isPlural(t), ...(storyThing ? { definite: true } : {}) };
    }
    // "The shooting happened on Elm Street", "the fire started in the kitchen": the story's happening, by its word.
    const happening = lexiconHappening(tokens, t.index);
    if (happening?.event !== true) return undefined;
    // "the shooting" right after its article is the story's one; "the second shooting", "a shooting" may be another.
    const definite = tokens[t.index - 1]?.lower === 'the';
    return { ...role({ id: `happening:${happening.key}`, label: happening.noun }), happening: true, ...(definite ? { definite: true } : {}) };
  }
  if ((t.text === ',' || t.lower === 'and' || t.lower === 'or') && depth < MAX_COORDINATED) {
    // The first verb of the chain: back past verbs and their words to the first one after a nominal.
    let j = k - 1;
    while (j >= 0 && !/^[;:.]$/.test(tokens[j]!.text) && tokens[j]!.pos !== 'VERB') j--;
    const firstVerb = j;
    while (j > 0 && ['VERB', 'AUX', 'ADV', 'PART'].includes(tokens[j - 1]!.pos)) j--;
    if (j >= 0 && tokens[j]!.pos === 'VERB' || tokens[j]?.pos === 'AUX') {
      const first = subjectOf(context, j, depth + 1);
      if (first === undefined) return undefined;
      // "were wounded and taken to hospital": a form that can only be a participle shares the first verb's passive;
      // so does a past form with no object after it ("were questioned and escorted outside"), unless it is a verb of
      // going oneself ("was questioned and moved to Oregon").
      const firstPassive = first.undergoes || tokens.slice(j, firstVerb).some((t) => t.pos === 'AUX' && PASSIVE_AUXILIARIES.has(t.lemma));
      const v = tokens[verb]!;
      const participle = isOnlyParticiple(v) || (v.lower.endsWith('ed') && !SELF_MOVING_VERBS.has(v.lemma) && !OBJECT_OPENERS.has(tokens[verb + 1]?.pos ?? ''));
      return { ...first, undergoes: undergoes || (firstPassive && participle) };
    }
  }
  return undefined;
}

/** The subject a main clause opens with at token `k`: a name, a pronoun for one person, or an actor noun. */
function subjectAt(context: SentenceContext, k: number): Role | undefined {
  const { tokens } = context.parsed;
  let j = k;
  while (tokens[j] !== undefined && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j++;
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (t.pos === 'PRON') return ONE_PERSON_PRONOUNS.has(t.lower) ? { subject: PERSON, undergoes: false, pronoun: true } : undefined;
  const name = nameAt(context, t);
  if (name !== undefined) return { subject: name.subject, undergoes: false, pronoun: false };
  return t.pos === 'NOUN' && isActor(t.lemma) ? { subject: commonNounSubject(t.lemma, t.lower, isPlural(t)), undergoes: false, pronoun: false, plural: isPlural(t) } : undefined;
}

/** A verb form that is a past participle and no simple past: "taken", "driven", "flown" (not "shot", "moved"). */
/** Tags that open a verb's object: after one, a past form is active ("escorted them out"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

function isOnlyParticiple(t: Token): boolean {
  return t.lower === pastParticiple(t.lemma) && t.lower !== pastTense(t.lemma);
}

/** The settings a preposition introduces: one phrase, or several joined ("in the head and chest"). */
function settingsAfter(context: SentenceContext, prep: number): Setting[] {
  const { tokens } = context.parsed;
  const settings: Setting[] = [];
  let k = prep + 1;
  for (;;) {
    const phrase = placeAfterPart(tokens, k) ?? phraseAt(tokens, k);
    if (phrase === undefined) return settings;
    const setting = settingOf(phrase);
    if (setting === undefined) return settings;
    settings.push(setting);
    k = phrase[phrase.length - 1]!.index + 1;
    if (!JOINING_WORDS.has(tokens[k]?.lower ?? '')) return settings;
    k++;
    if (JOINING_WORDS.has(tokens[k]?.lower ?? '')) k++;
    if (SETTING_PREPOSITIONS.has(tokens[k]?.lower ?? '')) k++;
  }
}

/**
 * "the coast of Sicily", "the outskirts of Leeds": the place named after "of", when the phrase at k is a part or
 * the surroundings of a place (lexicon/en/settings.ts PLACE_PARTS) and a name follows.
 */
function placeAfterPart(tokens: readonly Token[], k: number): Token[] | undefined {
  const part = phraseAt(tokens, k);
  const head = part?.[part.length - 1];
  if (head === undefined || head.pos !== 'NOUN' || !PLACE_PARTS.has(head.lower) || tokens[head.index + 1]?.lower !== 'of') return undefined;
  const place = phraseAt(tokens, head.index + 2);
  return place !== undefined && place.every((t) => t.pos === 'PROPN' || t.pos === 'DET') ? place : undefined;
}

/** The noun phrase starting at token k, up to its head: undefined when it holds a figure or ends on no noun. */
function phraseAt(tokens: readonly Token[], k: number): Token[] | undefined {
  const phrase: Token[] = [];
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A possessive inside the phrase ("his brother's house") is kept; a figure ("the 12000 block") is an address,
    // but a figure or word hyphened to the next is a modifier ("a two-story house", "the second-floor office").
    const next = tokens[k + 1];
    // A determiner after a noun starts another phrase ("in a local school this morning").
    if (t.pos === 'DET' && phrase.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) break;
    if (t.text === '-' && phrase.length > 0 && next !== undefined && PHRASE_TAGS.has(next.pos)) phrase.push(t);
    else if (t.pos === 'NUM') {
      if (next?.text !== '-') return undefined;
      phrase.push(t);
    } else if (PHRASE_TAGS.has(t.pos) || (t.pos === 'PRON' && ['his', 'her', 'their', 'its', 'my', 'our'].includes(t.lower)) || t.lower === "'s") phrase.push(t);
    // A verb form inside a phrase, before its noun, modifies it ("a break room", "the waiting area").
    else if (t.pos === 'VERB' && next?.pos === 'NOUN' && phrase.length > 0) phrase.push({ ...t, pos: 'NOUN' });
    else break;
  }
  while (phrase.length > 0 && !['NOUN', 'PROPN'].includes(phrase[phrase.length - 1]!.pos)) phrase.pop();
  return phrase.length === 0 ? undefined : phrase;
}

/** What a phrase names: a place, a named thing of a common kind, or a common noun of a setting's kind. */
function settingOf(phrase: readonly Token[]): Setting | undefined {
  const words = phrase.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const head = words[words.length - 1]!;
  const written = (list: readonly Token[]) => list.map((t) => t.text).join(' ');
  const proper = words.filter((t) => t.pos === 'PROPN');
  const street = streetOf(words);
  if (street !== undefined) return street;
  // "the Royal Kellingford Infirmary": a name whose last word is a building's kind is a building of that kind, named.
  // So is one whose last two words are a kind WordNet knows as one ("Northgate Medical Center": a medical center).
  const beforeHead = proper[proper.length - 2];
  const compoundKind = head.pos === 'PROPN' && beforeHead !== undefined ? kindOf(`${beforeHead.lower}_${head.lower}`) : undefined;
  const headKind = head.pos === 'PROPN' && proper.length > 1 ? kindOf(head.lower) : undefined;
  const namedKind = compoundKind ?? (headKind?.id === 'artifact' ? headKind : undefined);
  if (namedKind !== undefined && namedKind.id !== 'body') {
    const name = written(proper);
    return { value: { type: 'term', key: name, written: name, kind: 'named', head: head.lower }, kind: namedKind, first: proper[0]!, last: head };
  }
  if (head.pos === 'PROPN') {
    // Only a name that is wholly a name, and a place WordNet knows ("Florida"); a business or a person is not.
    const name = written(proper);
    if (proper.length !== words.length || !/^\p{Lu}/u.test(name) || !isPlaceName(name)) return undefined;
    return { value: { type: 'term', key: name, written: name, kind: 'place', head: name }, kind: { id: 'place', question: 'where' }, first: proper[0]!, last: head };
  }
  const kind = kindOf(head.lemma);
  if (kind === undefined) return undefined;
  if (proper.length > 0 && /^\p{Lu}/u.test(head.text)) {
    // "County General Hospital": a hospital, named.
    const named = words.slice(words.indexOf(proper[0]!));
    if (!named.every((t) => t.pos === 'PROPN' || t === head)) return undefined;
    const name = written(named);
    return { value: { type: 'term', key: name, written: name, kind: 'named', head: head.lemma }, kind, first: named[0]!, last: head };
  }
  // "the break room": a compound WordNet knows is the term; else the head alone ("the right shoulder").
  const before = words[words.length - 2];
  const compound = before !== undefined && before.pos === 'NOUN' ? `${before.lemma} ${head.lemma}` : undefined;
  const term = compound !== undefined && senseOffsets(compound.replace(' ', '_'), 'noun') !== undefined ? compound : head.lemma;
  const first = term === compound ? before! : head;
  return { value: { type: 'term', key: term, written: written(first === head ? [head] : [before!, head]), kind: 'common', head: head.lemma }, kind, first, last: head };
}

/**
 * A street by its name ("Elm Street", "N. Richland Ave.", "Volunteer Parkway"): a name whose last word is a street's
 * type. Its key is the name without side or type words, so "Elm St." is "Elm Street"; every street has one head.
 */
function streetOf(words: readonly Token[]): Setting | undefined {
  const head = words[words.length - 1]!;
  if (words.length < 2 || !words.every((t) => t.pos === 'PROPN') || !STREET_TYPES.has(head.lower.replace(/\.$/, ''))) return undefined;
  const naming = words.filter((t) => t !== head && !STREET_SIDES.has(t.lower.replace(/\.$/, '')));
  if (naming.length === 0) return undefined;
  const written = words.map((t) => t.text).join(' ');
  return { value: { type: 'term', key: naming.map((t) => t.text).join(' '), written, kind: 'named', head: 'street' }, kind: STREET, first: words[0]!, last: head };
}

/** The kind of a street: a made thing, asked where. */
const STREET = { id: 'artifact', question: 'where' };

/**
 * The kind of thing a noun names, when it is a setting's kind (a room, a part of the body, a place) in its first
 * senses, and never a time, a happening or an act there ("in the sixth round", "at the game", "on the run").
 */
function kindOf(lemma: string): { id: string; question: string } | undefined {
  const offsets = senseOffsets(lemma, 'noun');
  if (offsets === undefined || offsets.length === 0) return undefined;
  const files = offsets.slice(0, KIND_SENSES).map((o) => synsetAt(o, 'noun').lexFile);
  if (files.some((f) => NOT_SETTING_FILES.has(f)) || files[0] === ACT_FILE) return undefined;
  if (files[0] !== INSTITUTION_FILE) return SETTING_KINDS.get(files[0]!);
  const building = files.find((f) => SETTING_KINDS.has(f));
  return building === undefined ? undefined : SETTING_KINDS.get(building);
}

/** Words of a name other than its kind ("County General" of "County General Hospital"), lower-cased. */
function nameWords(value: TermValue): string[] {
  return value.key.toLowerCase().split(/\s+/).filter((w) => w !== value.head);
}

function compare(a: TermValue, b: TermValue): 'agree' | 'conflict' {
  if (a.kind === 'place' && b.kind === 'place') return placeRelation(a.key, b.key) === 'apart' ? 'conflict' : 'agree';
  if (a.kind === 'named' && b.kind === 'named' && (a.head === b.head || ['same', 'broader', 'narrower'].includes(termRelation(a.head, b.head).kind))) {
    // Two names of one kind conflict when they share no word: "County General" / "St Mary's", "Royal Infirmary" /
    // "St Chad's Hospital" (an infirmary is a hospital); "Mercy" / "Mercy Medical Center" is one place named more or
    // less fully.
    const [x, y] = [nameWords(a), nameWords(b)];
    return x.some((w) => y.includes(w)) ? 'agree' : 'conflict';
  }
  // Two named buildings of different kinds, sharing no word of their names ("the Bayview Police Station" / "San
  // Francisco General Hospital"): two places, whatever WordNet makes of their kinds.
  if (a.kind === 'named' && b.kind === 'named' && !nameWords(a).some((w) => nameWords(b).includes(w) || w === b.head) && !nameWords(b).includes(a.head)) return 'conflict';
  if (a.kind === 'place' || b.kind === 'place') return 'agree';
  // A named thing is compared as its kind against a common noun ("County General Hospital" / "a clinic").
  const [x, y] = [a.kind === 'named' ? a.head : a.key, b.kind === 'named' ? b.head : b.key];
  if (x === y) return 'agree';
  const relation = termRelation(x, y).kind;
  if (relation === 'sibling') return 'conflict';
  // Two parts of a building, neither holding the other ("the stairs" / "the break room"): two places inside.
  if (relation !== 'same' && relation !== 'broader' && relation !== 'narrower' && buildingPartRelation([x, a.written.toLowerCase()], [y, b.written.toLowerCase()]) === 'apart') return 'conflict';
  return 'agree';
}

export const setting: Measure = {
  id: 'setting',
  read,
  compare(a, b) {
    return a.type === 'term' && b.type === 'term' ? compare(a, b) : 'agree';
  },
  words(value) {
    return value.type === 'term' ? value.written : '';
  },
  recurs: true,
  // One source's two settings are two answers when they name things of two heads ("arm" and "chest"), or conflict.
  differs(a, b) {
    return a.type === 'term' && b.type === 'term' && (a.head !== b.head || compare(a, b) !== 'agree');
  },
  kind: 'term',
};
