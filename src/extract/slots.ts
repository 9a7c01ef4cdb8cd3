import type { Fact } from '../types.js';
import { verbFamily } from './numbers/index.js';
import type { NumberFact, WeekdayFact } from './types.js';

/**
 * What a fact is about, as keys that two outlets' facts share when they speak of the same thing: the slot.
 * Alignment uses slots to pair sentences that disagree on a value ("reopened on Sunday" / "on Monday");
 * the contradiction rules compare values only within a slot; missing facts are slots some sources leave empty.
 */

/**
 * Verbs that report a statement rather than an event: "said on Tuesday", "revealed on Tuesday" and
 * "shared on Monday" all date the same announcement, so they share one slot.
 */
const REPORTING = new Set([
  'say', 'tell', 'reveal', 'share', 'announce', 'state', 'add', 'claim', 'confirm', 'report', 'post', 'write',
  'tweet', 'disclose', 'note', 'declare', 'show', 'release', 'publish',
]);

export function reportingFamily(verb: string): string {
  return REPORTING.has(verb) ? 'report' : verb;
}

/** Verb families whose object, when a count stands alone ("two were killed"), is people. */
const HARM_TO_PEOPLE = new Set(['kill', 'injure', 'capture']);

/** Nouns that name harm to people in general: "no casualties" speaks of the dead and the injured alike. */
const HARM_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['casualty', ['kill', 'injure']],
  ['fatality', ['kill']],
  ['death', ['kill']],
  ['injury', ['injure']],
]);

/** Units: a measure ("magnitude 6.3", "90 km/h", "$14 billion") is one slot whatever verb carries it. */
const UNITS = new Set([
  'magnitude', 'percent', 'dollar', 'euro', 'pound', 'yen', 'yuan', 'rupee', 'ruble', 'hryvnia', 'km', 'kilometer',
  'mile', 'meter', 'metre', 'kg', 'ton', 'tonne', 'degree', 'hectare', 'age',
]);

/**
 * The slots of a number: its counted thing with the verb's family, or the unit of a measure with the verb if it
 * has one ("winds gusted to 90 kilometres an hour" is not "about two kilometres from the harbour").
 */
export function numberSlots(fact: NumberFact): string[] {
  const of = fact.of ?? '';
  if (fact.about && UNITS.has(fact.about)) return [`${fact.about}|${fact.verb ? verbFamily(fact.verb) : ''}|${of}`];
  const harms = fact.about ? HARM_NOUNS.get(fact.about) : undefined;
  if (harms && !fact.verb) return harms.map((family) => `person|${family}|${of}`);
  if (!fact.verb) return fact.about ? [`${fact.about}||${of}`] : [];
  const family = verbFamily(fact.verb);
  const about = fact.about ?? (HARM_TO_PEOPLE.has(family) ? 'person' : undefined);
  return about ? [`${about}|${family}|${of}`] : [];
}

/** The slot of a weekday: the event its verb names (all reporting verbs one event: the announcement). */
export function weekdaySlots(fact: WeekdayFact): string[] {
  return fact.verb ? [`${reportingFamily(fact.verb)}|${fact.relative ?? ''}`] : [];
}

/**
 * The event a fact belongs to, looser than its slot: a number by its verb's family alone ("two men captured"
 * and "two nationals detained" are one event), a measure by its unit, a weekday by its verb. Prefixed by kind.
 * Used to pair sentences and to notice a source leaving a fact out; contradictions need the stricter slot.
 */
export function eventSlotsOf(fact: Fact): string[] {
  if (fact.kind === 'weekday') return weekdaySlots(fact as WeekdayFact).map((s) => `weekday:${s}`);
  if (fact.kind !== 'number') return [];
  const n = fact as NumberFact;
  if (n.about && UNITS.has(n.about)) return [`number:${n.about}|${n.verb ? verbFamily(n.verb) : ''}`];
  if (n.verb) return [`number:${verbFamily(n.verb)}`];
  return numberSlots(n).map((s) => `number:${s.split('|')[0]}`);
}
