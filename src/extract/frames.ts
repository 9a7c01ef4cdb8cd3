/**
 * Frames: the question each number answers, as data ("how many people were injured", "how much was stolen, in
 * euros", "the magnitude"), so that later stages compare like with like across every source of a run.
 * A frame comes from the fact's own clause: its event family (extract/events.ts), what it counts, its unit.
 */
import { isLength } from '../algebra/quantity.js';
import { QUAKE_NOUNS } from '../facts/lexicon/en/earthquakes.js';
import { capitalised, pastParticiple, plural } from '../language/en/inflect.js';
import type { Fact, Frame } from '../types.js';
import { ageFrame } from './ages.js';
import { lengthFrame, percentFrame } from './measure-frames.js';
import { isDeedInProgress, isDeedWithObject } from './numbers/verbs.js';
import { CASUALTY_NOUNS, countedClass, departsWith, eventFamily, REPORTING_VERBS, RESPONDER_CLASSES, SELF_COUNTED_CLASSES } from './events.js';
import { isDemonymWord } from './names.js';
import type { NameFact, NumberFact, ParsedSentence, Token } from './types.js';

// Ages are framed in ages.ts; kept importable from here, where every frame was.
export { ageFrame };

const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['euro', 'EUR'], ['pound', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['rupee', 'INR'],
  ['ruble', 'RUB'], ['hryvnia', 'UAH'], ['currency', 'currency'],
]);

/**
 * Counted nouns that are not things an event counts: spans of time, parts of speech, charges in an indictment.
 * "16 years", "three times", "seven counts of murder" answer no question outlets report differently.
 */
const TIME_SPANS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'time', 'decade', 'century', 'night', 'morning', 'season']);
const NOT_COUNTED = new Set([
  ...TIME_SPANS,
  'count', 'charge', 'number', 'part', 'kind', 'type', 'way', 'thing', 'lot', 'point', 'stage', 'step', 'round',
  'percent', 'age', 'term', 'sentence', 'case', 'occasion', 'side', 'piece', 'bit', 'story', 'report', 'question',
  'one', 'fact', 'reason', 'word', 'line', 'page', 'degree',
  // A street block is an address ("the 12200 block of Elm Street") or a distance ("a few blocks away").
  'block',
]);

/** Happenings whose size is told as a hyphenated figure: "a four-alarm fire", "a three-car crash". */
const GRADED_HAPPENINGS = new Set(['fire', 'blaze', 'crash', 'collision', 'pileup', 'wreck', 'explosion', 'storm', 'hurricane', 'tornado', 'flood']);

/** Nouns that name a happening, counted as such: "four aftershocks", "two attacks", "three raids". */
const HAPPENING_NOUNS = new Set(['aftershock', 'quake', 'earthquake', 'tremor', 'temblor', 'shock', 'attack', 'raid', 'strike', 'airstrike', 'explosion', 'blast', 'fire', 'shooting']);

/** Verbs that turn a clause into a report, whose event is in the clause they introduce. */
const LIGHT_VERBS = new Set(['include', 'be', 'have', 'say', 'tell', 'report', 'make', 'leave', 'get', 'take', 'give', 'put', 'see', 'appear', 'remain', 'suffer', 'sustain', 'receive', 'undergo', 'age', 'like']);

/** The frame of a number fact, or undefined when its clause does not say what it answers. */
export function numberFrame(stated: NumberFact, parsed: ParsedSentence): Frame | undefined {
  const fact = numberOfPhrase(stated, parsed) ?? stated;
  const about = fact.about;
  if (about === undefined) return clauseEventCount(fact, parsed);
  const currency = CURRENCIES.get(about);
  if (currency !== undefined) {
    const event = eventFamily(fact.verb) ?? sentenceEvent(parsed, ['steal', 'damage']) ?? takenByPerpetrator(fact, parsed) ?? valuedThing(fact, parsed);
    if (event === undefined) return undefined;
    const label = event.id.startsWith('value of ') ? `${event.id} (${currency})` : `money ${event.participle} (${currency})`;
    return { key: `money|${currency}|${event.id}`, label, measure: 'money', currency, event: event.id };
  }
  if (about === 'magnitude' || (QUAKE_NOUNS.has(about) && typeof fact.value === 'number' && !Number.isInteger(fact.value) && fact.value < 10)) {
    // "A 4.8-magnitude aftershock", "an aftershock of magnitude 5.2": one of the aftershocks, not the quake.
    if (nearWord(fact, parsed, AFTERSHOCK_WORDS)) return openQuestion({ key: 'magnitude|aftershock', label: 'magnitude of an aftershock', measure: 'magnitude' });
    return { key: 'magnitude', label: 'magnitude', measure: 'magnitude' };
  }
  if (about === 'age' || isLength(about) || about === 'percent') return undefined; // framed with their context (measure-frames.ts)
  // "No casualties": nobody killed and nobody injured.
  if (fact.negated === true && CASUALTY_NOUNS.has(about)) {
    return { key: 'count|person|casualty', label: 'people killed or injured', measure: 'count', counted: 'person', event: 'casualty' };
  }
  const graded = gradeFrame(fact, parsed);
  if (graded !== undefined) return graded;
  if (NOT_COUNTED.has(about)) return undefined;
  // "350 Palestinians", "11 Yemenis": a nationality counts people.
  const counted = isDemonymWord(about) ? 'person' : countedClass(about);
  if (isPopulation(fact, parsed.text, counted)) return { key: 'population', label: 'population', measure: 'count', counted: 'person', event: 'live' };
  // "20 people were ushered to safety", "led to safety": whatever the verb, they were rescued.
  const toSafety = counted === 'person' && toSafetyAfter(fact, parsed.text);
  // "19 were transported to Lee Memorial Hospital", "taken to area hospitals": not carried on board. Counts of those
  // taken to hospital mix groups (the shot, the hurt in the rush, those sent home) too often to be one question.
  if (counted === 'person' && !toSafety && fact.verb !== undefined && TO_HOSPITAL_VERBS.has(fact.verb) && toHospitalAfter(fact, parsed.text)) return undefined;
  // "found five people dead", "left two residents injured": the state after the noun says what happened to them.
  const state = stateAfter(fact, parsed);
  const caused = fact.verb !== undefined && CAUSATIVE_VERBS.has(fact.verb) ? causedVerb(fact, parsed) : undefined;
  const verb = toSafety ? 'rescue' : state !== undefined ? state : caused !== undefined ? caused : fact.verb === undefined || LIGHT_VERBS.has(fact.verb) ? (clauseVerb(fact, parsed) ?? verbBeforeInClause(fact, parsed)) : fact.verb;
  // "Six bodies were found": finding names no happening; the noun's own family tells it.
  const found = verb === 'find' ? eventFamily(about) : undefined;
  // Passengers are those a vehicle carries, whatever verb or none: "120 passengers were on the train".
  const carried = /\bon board\b/i.test(parsed.text.slice(fact.span[1], fact.span[1] + 40)) || (about === 'passenger' && (verb === undefined || verb === 'be'));
  const event = found ?? eventFamily(verb) ?? eventFamily(about) ?? (carried ? eventFamily('board') : undefined);
  // Whoever is arrested is a suspect: "five men", "six suspects" and "two gunmen" arrested are one count of people.
  if (event?.id === 'arrest' && ARRESTED_AS_PEOPLE.has(counted ?? '')) return countFrame('person', event);
  if (counted === 'person' || counted === 'protester') {
    if (event === undefined) return undefined;
    // "Five deaths", "24 fatalities": the noun is the event, people are counted.
    return countFrame(event.id === 'kill' && !isPersonNoun(about) ? 'person' : counted, event);
  }
  if (counted === undefined) return undefined;
  // "six Chinese soldiers" and "11,000 North Korean soldiers" are two groups.
  const nationality = nationalityAfter(fact, parsed);
  if (nationality !== undefined && event === undefined) return openQuestion(countFrame(`${nationality} ${counted}`, undefined));
  // "24 deaths" count people killed, "two blasts" bombs; "two demonstrations" count demonstrations, not marchers.
  if (event !== undefined && eventFamily(about)?.id === event.id) {
    return event.id === 'protest' ? countFrame('demonstration', undefined) : countFrame(event.id === 'explode' ? 'bomb' : 'person', event);
  }
  // A count of happenings is one question whatever verb carries it: aftershocks "followed", "were felt", "struck".
  // So is a count of perpetrators: robbers "entered", "burst in", "made off" (an arrest is another question).
  // "Five injured in two shootings": the verb is the people's, not the shootings'.
  // So is a count of those sent to the emergency: firefighters "responded", "battled the flames", "were deployed".
  if (HAPPENING_NOUNS.has(about) || (event === undefined && (counted === 'perpetrator' || RESPONDER_CLASSES.has(counted)))) return countFrame(counted, undefined);
  // Outside the lexicon the verb itself tells the question: "scraps tariffs on 1,200 categories" and "lowers them
  // on a further 300" are two counts.
  if (event === undefined && verb !== undefined && !LIGHT_VERBS.has(verb) && !REPORTING_VERBS.has(verb)) {
    const frame = countFrame(counted, { id: verb, participle: pastParticiple(verb) });
    // Boats, bombs and robbers are the story's own things: their count under a verb is asked across the run.
    return SELF_COUNTED_CLASSES.has(counted) ? frame : openQuestion(frame);
  }
  // A thing counted with no event of it ("six games", "two sons", "two boys"), or with a family that counts other
  // things ("landed 28 punches"): any count of it, compared only within one claim.
  if (event === undefined) return SELF_COUNTED_CLASSES.has(counted) ? countFrame(counted, undefined) : openQuestion(countFrame(counted, undefined));
  return event.counts !== undefined && !event.counts.includes(counted) ? openQuestion(countFrame(counted, event)) : countFrame(counted, event);
}

/** Words for the shocks after a quake. */
const AFTERSHOCK_WORDS: ReadonlySet<string> = new Set(['aftershock', 'aftershocks']);

/** Whether one of `words` stands within four words of a figure, in its clause. */
function nearWord(fact: NumberFact, parsed: ParsedSentence, words: ReadonlySet<string>): boolean {
  const { tokens } = parsed;
  const first = tokens.findIndex((t) => t.start >= fact.span[0]);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < fact.span[1]) last++;
  for (const [from, step] of [[first - 1, -1], [last + 1, 1]] as const) {
    for (let k = from, n = 0; k >= 0 && k < tokens.length && n < 4; k += step, n++) {
      const t = tokens[k]!;
      if (t.text === ',' || t.text === ';' || t.lower === 'and') break;
      if (words.has(t.lemma) || words.has(t.lower)) return true;
    }
  }
  return false;
}

/**
 * A figure joined by a hyphen to its noun, before the noun it grades: "a four-alarm fire", "a 12-storey block", "a
 * three-car crash", "a 260-acre reservation". It is the size of that thing, not a count of the noun: "alarms of
 * the fire", "acres of the reservation".
 */
function gradeFrame(fact: NumberFact, parsed: ParsedSentence): Frame | undefined {
  const { tokens } = parsed;
  const at = tokens.findIndex((t) => t.start >= fact.span[1]);
  const [dash, unit, head] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (dash?.text !== '-' || dash.spaced || unit === undefined || unit.spaced || unit.lemma !== fact.about || head === undefined) return undefined;
  // "A 15-year veteran", "a two-hour standoff": a span of time, the duration measure's.
  if (head.pos !== 'NOUN' || head.lower !== head.lemma || typeof fact.value !== 'number' || TIME_SPANS.has(fact.about!)) return undefined;
  const frame: Frame = { key: `grade|${fact.about}|${head.lemma}`, label: `${plural(fact.about!)} of the ${head.lemma}`, measure: 'count', counted: fact.about!, event: `grade of ${head.lemma}` };
  // The grade of a happening is the story's ("a four-alarm fire"); of anything else ("a 260-acre reservation", "a
  // .32-caliber revolver", "a 20-point effort"), it may be one thing of many, asked within one claim only.
  return GRADED_HAPPENINGS.has(head.lemma) ? frame : openQuestion(frame);
}

/** Counted classes an arrest makes people under arrest, whatever the noun: "six suspects", "two gunmen". */
const ARRESTED_AS_PEOPLE: ReadonlySet<string> = new Set(['suspect', 'perpetrator']);

/** Verbs that make their object do what follows ("forced 5,000 residents to flee", "ordered 200 people to leave"). */
const CAUSATIVE_VERBS = new Set(['force', 'order', 'tell', 'urge', 'ask', 'prompt', 'cause', 'lead', 'compel', 'oblige', 'advise', 'help']);

/** The verb a causative's object is made to do: "forced 5,000 residents to evacuate", "5,000 were forced to flee". */
function causedVerb(fact: NumberFact, parsed: ParsedSentence): string | undefined {
  const { tokens } = parsed;
  const at = tokens.findIndex((t) => t.start >= fact.span[1]);
  if (at < 0) return undefined;
  // Past the counted noun phrase (a few words), to "to" and its verb.
  for (let k = at; k < Math.min(tokens.length - 1, at + 5); k++) {
    if (tokens[k]!.lower === 'to' && tokens[k + 1]!.pos === 'VERB') return tokens[k + 1]!.lemma;
    // "were forced to flee": the causative itself may stand after the noun, in the passive.
    if (tokens[k]!.pos === 'PUNCT' || (tokens[k]!.pos === 'VERB' && tokens[k]!.lemma !== fact.verb)) return undefined;
  }
  return undefined;
}

/** States written right after a counted noun, as the happening they tell of. */
const STATES: ReadonlyMap<string, string> = new Map([
  ['dead', 'kill'], ['injured', 'injure'], ['wounded', 'injure'], ['hurt', 'injure'], ['missing', 'missing'], ['aboard', 'carry'], ['onboard', 'carry'],
]);

/**
 * "found five people dead", "six people were found dead": the state a count's noun is left in, right after the
 * noun or after the verb group that follows it.
 */
function stateAfter(fact: NumberFact, parsed: ParsedSentence): string | undefined {
  const at = parsed.tokens.findIndex((t) => t.start >= fact.span[1]);
  if (at < 0 || parsed.tokens[at]!.pos !== 'NOUN') return undefined;
  let k = at + 1;
  while (k < at + 4 && STATE_LINKS.has(parsed.tokens[k]?.lower ?? '')) k++;
  return STATES.get(parsed.tokens[k]?.lower ?? '');
}

/** The verb group between a noun and its state: "were found", "have been left". */
const STATE_LINKS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'have', 'has', 'had', 'found', 'left', 'lying', 'reported', 'confirmed']);

/** Verbs that take people to hospital: the count's own verb, when "to hospital" is what it says of them. */
const TO_HOSPITAL_VERBS = new Set(['take', 'transport', 'rush', 'airlift', 'fly', 'bring', 'carry', 'send', 'admit']);

/** Whether the clause after a count takes it to hospital ("19 were transported to Lee Memorial Hospital", "rushed to area hospitals"). */
function toHospitalAfter(fact: NumberFact, text: string): boolean {
  return /^[^,;.]{0,40}?\b(?:taken|transported|rushed|airlifted|flown|brought|carried|sent|admitted)\s+to\s+(?:(?:the|a|an|area|local|nearby|several|two|three|various)\s+)?(?:[\p{Lu}][\p{L}'-]*\s+){0,4}hospitals?\b/iu.test(text.slice(fact.span[1]));
}

/** Whether the clause after a count brings it "to safety" ("31 more were winched to safety"): a rescue. */
export function toSafetyAfter(fact: NumberFact, text: string): boolean {
  return /^[^,;.]{0,50}?\bto safety\b/i.test(text.slice(fact.span[1]));
}

/**
 * "Bringing to 10 the number of Israelis who have been killed": the count is of what "the number of" names, and
 * of the verb that follows it.
 */
function numberOfPhrase(fact: NumberFact, parsed: ParsedSentence): NumberFact | undefined {
  const at = parsed.tokens.findIndex((t) => t.start >= fact.span[1]);
  const [the, number, of, noun] = parsed.tokens.slice(at, at + 4);
  if (at < 0 || the?.lower !== 'the' || !['number', 'total', 'toll', 'count'].includes(number?.lower ?? '') || of?.lower !== 'of' || noun === undefined) return undefined;
  const verb = parsed.tokens.slice(at + 4, at + 9).find((t) => t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma));
  return { ...fact, about: noun.lower.replace(/s$/, ''), ...(verb !== undefined ? { verb: verb.lemma } : {}) };
}

/** A nationality between a count and its noun: "six Chinese soldiers" -> "chinese". */
function nationalityAfter(fact: NumberFact, parsed: ParsedSentence): string | undefined {
  const at = parsed.tokens.findIndex((t) => t.start >= fact.span[1]);
  for (let k = at; k >= 0 && k < Math.min(parsed.tokens.length, at + 3); k++) {
    const lower = parsed.tokens[k]!.lower;
    if (isDemonymWord(lower)) return lower.replace(/s$/, '');
  }
  return undefined;
}

/** "Home to 120,000 people", "a population of more than 100,000", "about 200,000 residents". */
function isPopulation(fact: NumberFact, text: string, counted: string | undefined): boolean {
  if (fact.about === 'population' || fact.about === 'inhabitant') return true;
  if (counted !== 'person') return false;
  const before = text.slice(Math.max(0, fact.span[0] - 24), fact.span[0]);
  return fact.about === 'resident' ? /\b(?:has|had|have|of|with)\s+$/i.test(before) : /\bhome to\s+$/i.test(before);
}

function isPersonNoun(about: string): boolean {
  return countedClass(about) === 'person' && eventFamily(about) === undefined;
}

/** A frame whose question was read outside the lexicon: compared only within one claim. */
function openQuestion(frame: Frame): Frame {
  return { ...frame, alignedOnly: true };
}

function countFrame(counted: string, event: { id: string; participle: string } | undefined): Frame {
  // A people's name keeps its capital: "number of Chinese soldiers".
  const [first, ...rest] = (counted === 'person' ? 'people' : plural(counted)).split(' ');
  const things = [isDemonymWord(first!) ? capitalised(first!) : first!, ...rest].join(' ');
  return {
    key: `count|${counted}|${event?.id ?? ''}`,
    label: event ? `${things} ${event.participle}` : `number of ${things}`,
    measure: 'count',
    counted,
    ...(event ? { event: event.id } : {}),
  };
}

/** "Four were injured", "Four others are hurt": a bare count whose clause names a harm is a count of people. */
function clauseEventCount(fact: NumberFact, parsed: ParsedSentence): Frame | undefined {
  // "The death toll has risen to 24": a toll a few words back counts the dead.
  const at = parsed.tokens.findIndex((t) => t.start >= fact.span[0]);
  if (parsed.tokens.slice(Math.max(0, at - 5), at).some((t) => t.lemma === 'toll')) return countFrame('person', eventFamily('toll'));
  // "The march was attended by some 200,000": the agent of a passive gathering is its crowd.
  const agentOf = /\b(?:attended|joined|watched)\s+by\s+(?:\S+\s+){0,2}$/i.test(parsed.text.slice(Math.max(0, fact.span[0] - 40), fact.span[0])) ? 'attend' : undefined;
  const event = eventFamily(agentOf ?? (fact.verb === undefined || LIGHT_VERBS.has(fact.verb) ? clauseVerb(fact, parsed) : fact.verb));
  if (event === undefined || !['kill', 'injure', 'hospitalise', 'shoot', 'missing', 'arrest', 'rescue', 'evacuate', 'protest'].includes(event.id)) return undefined;
  return countFrame('person', event);
}

/**
 * The verb of the number's clause, past an inserted phrase: "three others, including one police officer, were
 * injured" and "four others including a police officer were injured" are counts of the injured.
 */
function clauseVerb(fact: NumberFact, parsed: ParsedSentence): string | undefined {
  const { tokens } = parsed;
  let k = tokens.findIndex((t) => t.start >= fact.span[1]);
  if (k < 0) return undefined;
  const first = k;
  let inserted = false;
  // An insertion opened by a comma or a dash closes only at the next one: "three civilians hit by rocket fire".
  let marked = false;
  for (let steps = 0; k < tokens.length && steps < 16; k++, steps++) {
    const t = tokens[k] as Token;
    if (t.lower === 'including' || t.lower === 'among') {
      inserted = true;
      continue;
    }
    if (t.text === ',' || t.text === '(' || t.text === ')' || t.text === '-' || t.text === '–' || t.text === '—') {
      // ", including one police officer," is inserted; any other comma ends the clause.
      const next = tokens[k + 1]?.lower;
      if (inserted) inserted = marked = false;
      // ", which did not explode," is a relative clause set in: the count's own verb comes after it.
      else if (next === 'including' || next === 'among' || next === 'which' || next === 'who' || t.text !== ',') inserted = marked = t.text !== ')';
      else return undefined;
      continue;
    }
    // "four others including a police officer were injured": with no comma, the insertion ends at the verb group.
    if (inserted && !marked && (t.pos === 'AUX' || (t.pos === 'VERB' && eventFamily(t.lemma) !== undefined))) inserted = false;
    if (inserted) continue;
    if (t.text === ';' || t.text === ':' || t.lower === 'and' || t.lower === 'but') return undefined;
    // "over two defenders with 7:41 to go": an infinitive in a "with" phrase is the phrase's, not the count's verb.
    if (t.pos === 'VERB' && tokens[k - 1]?.lower === 'to' && tokens.slice(first, k).some((w) => w.lower === 'with')) return undefined;
    // "five people were shooting": the progressive says what they did, not what befell them.
    if (isDeedInProgress(t) && tokens[k - 1]?.pos === 'AUX' && tokens[k - 1]!.lemma === 'be') return undefined;
    // "Four suspects killed a guard": a deed told in the active with its object is what the counted did.
    if (t.pos === 'VERB' && tokens[k - 1]?.pos !== 'AUX' && isDeedWithObject(tokens, k)) return undefined;
    if (t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma)) return t.lemma;
    // "20,000 people took to the streets": they marched.
    if (t.lemma === 'take' && tokens[k + 1]?.lower === 'to' && /^streets?$/.test(tokens[k + (tokens[k + 2]?.lower === 'the' ? 3 : 2)]?.lower ?? '')) return 'march';
    if (t.pos === 'ADJ' && eventFamily(t.lower) !== undefined) return t.lower;
    // "55 wounded", "50 people with serious injuries": the harm named as a noun right by the count.
    const withHarm = tokens[k - 1]?.lower === 'with' || tokens[k - 2]?.lower === 'with';
    // "350 people were taking shelter", "two cables suffered severe damage": a light verb's object (past one
    // adjective) names the event.
    const verbAt = tokens[k - 1]?.pos === 'ADJ' ? k - 2 : k - 1;
    const lightObject = tokens[verbAt]?.pos === 'VERB' && LIGHT_VERBS.has(tokens[verbAt]!.lemma);
    if (t.pos === 'NOUN' && (k - first <= 1 || withHarm || lightObject) && eventFamily(t.lemma) !== undefined) return t.lemma;
  }
  return undefined;
}

/** "Agreed to scrap tariffs on 1,500 categories": the verb a few words back in the same clause. */
function verbBeforeInClause(fact: NumberFact, parsed: ParsedSentence): string | undefined {
  const at = parsed.tokens.findIndex((t) => t.start >= fact.span[0]);
  for (let k = at - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = parsed.tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'NUM') return undefined;
    if (t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma)) return t.lemma;
    // The tagger takes "Firefighters rescued" for two nouns: a past tense of the lexicon is a verb still.
    const stem = /^([a-z]+?)e?d$/.exec(t.lower)?.[1];
    if (t.pos !== 'VERB' && stem !== undefined) {
      const lemma = [stem, `${stem}e`].find((l) => eventFamily(l) !== undefined);
      if (lemma !== undefined) return lemma;
    }
  }
  return undefined;
}

/**
 * What a sum is the value of: "Trade between the two was worth $14 billion", "diamonds valued at 85 million
 * euros": the sentence's first noun, when the sum is linked to it by "worth", "valued at" or "cost".
 */
function valuedThing(fact: NumberFact, parsed: ParsedSentence): { id: string; participle: string } | undefined {
  if (!/\b(?:worth|valued at|cost|costs|totalled|totaled|amounted to)\s+(?:\S+\s+){0,3}$/i.test(parsed.text.slice(0, fact.span[0]))) return undefined;
  // The subject: the sentence's first noun, or its first word when the tagger took a capital for a name.
  const first = parsed.tokens[0];
  const noun = first !== undefined && first.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(first.text) ? first : parsed.tokens.find((t) => t.pos === 'NOUN');
  return noun === undefined ? undefined : { id: `value of ${noun.lemma}`, participle: `(value of ${noun.lemma})` };
}

/**
 * A sum a robber, a thief or a gunman took is stolen: "the robbers took $75,000 in cash", "the gunman took $5,000
 * from the register". Taking alone is not ("the government took $5 million in aid from the fund").
 */
function takenByPerpetrator(fact: NumberFact, parsed: ParsedSentence): ReturnType<typeof eventFamily> {
  if (fact.verb !== 'take') return undefined;
  const verbAt = parsed.tokens.findIndex((t) => t.lemma === 'take' && t.end <= fact.span[0]);
  const byPerpetrator = parsed.tokens.slice(0, Math.max(0, verbAt)).some((t) => t.pos === 'NOUN' && countedClass(t.lemma) === 'perpetrator');
  return byPerpetrator ? eventFamily('steal') : undefined;
}

/** The first word of the sentence that names one of the given event families (money: "stole", "damage"). */
function sentenceEvent(parsed: ParsedSentence, families: readonly string[]) {
  for (let i = 0; i < parsed.tokens.length; i++) {
    const t = parsed.tokens[i] as Token;
    // "made off with", "fled with" the money is stealing it.
    const lemma = departsWith(t.lemma, parsed.tokens[i + 1]?.lower, parsed.tokens[i + 2]?.lower) ? 'steal' : t.lemma;
    const event = t.pos === 'VERB' || t.pos === 'NOUN' ? eventFamily(lemma) : undefined;
    if (event !== undefined && families.includes(event.id)) return event;
  }
  return undefined;
}

/** The frame of any fact of a sentence, given the sentence's name facts. */
export function frameOf(fact: Fact, parsed: ParsedSentence, names: readonly NameFact[]): Frame | undefined {
  // Times of day and calendar dates are typed facts of the fact layer (facts/measures/time-of-day.ts, date.ts).
  if (fact.kind === 'date') return undefined;
  if (fact.kind !== 'number') return undefined;
  const n = fact as NumberFact;
  return ageFrame(n, parsed, names) ?? lengthFrame(n, parsed.text, names) ?? percentFrame(n, parsed) ?? numberFrame(n, parsed);
}
