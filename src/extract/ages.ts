/**
 * Ages: whose age a figure is ("Roe, 32,", "the 32-year-old Officer Jane Roe"), and whether it is the age at the
 * story's time or at another moment ("was 27 when he was arrested"). The frame keys the age by the name as
 * written; facts/entities.ts keys it by the person across the run.
 */
import type { Frame } from '../types.js';
import { PERSON_HEADS, STORY_ROLES } from '../facts/lexicon/en/story-roles.js';
import type { NameFact, NumberFact, ParsedSentence } from './types.js';

/**
 * The frame of an age: whose age it is. A hyphenated "N-year-old" describes the name after it, through titles and
 * descriptors ("the 32-year-old Officer Jane Roe", "a 61-year-old man named Eric Holm"); an age set after a name
 * belongs to that name ("Roe, 32,", "Roe, aged 32", "Roe, who is 32", "Roe (32)", "Roe, a 32-year-old mechanic").
 * An age tied to another moment ("was 27 when he was arrested", "then 27") is of another time than the story's:
 * its frame (event "then") asks a question of its own source only, so it contradicts nothing.
 */
export function ageFrame(fact: NumberFact, parsed: ParsedSentence, names: readonly NameFact[]): Frame | undefined {
  if (fact.about !== 'age') return undefined;
  const text = parsed.text;
  // "N-year-old" and "N year old" before a noun phrase describe the name in it ("Greer, 25 year old Nicholas
  // Lindsay": Lindsay is 25); "Greer, 25 years old," has no name after and is Greer's.
  const yearOld = /^\s*-?\s*years?\s*-?\s*old\b/i.test(text.slice(fact.span[1]));
  const person = (yearOld ? (nameAfterAge(fact, parsed, names) ?? nameIdentifiedAfter(fact, parsed, names)) : undefined) ?? nameBeforeAge(fact, text, names);
  if (person === undefined) return roleAgeFrame(fact, parsed, yearOld);
  const key = String(person.value);
  if (atAnotherTime(fact, text)) return { key: ageKey(key, fact.source, true), label: `age of ${person.text} (at another time)`, measure: 'age', of: key, subject: person.text, event: 'then' };
  return { key: ageKey(key, fact.source, false), label: `age of ${person.text}`, measure: 'age', of: key, subject: person.text };
}

/** The key of an age frame: one question per person; an age at another moment is its source's own question. */
export function ageKey(of: string, source: string, then: boolean): string {
  return then ? `age|${of}|then|${source}` : `age|${of}`;
}

/** "then 27", "then-27-year-old", "at age 27", "at the age of 27": an age at another moment. */
const THEN_BEFORE = /\b(?:then|at(?:\s+the)?\s+age(?:\s+of)?)\s*-?\s*$/i;
/** "was 27 when he was arrested", "27 years old at the time", "32 in 2005". */
const THEN_AFTER = /^(?:\s*-?\s*years?\s*-?\s*old)?\s*(?:at the time|back then|then|when|while|in \d{4})\b/i;

/** Whether an age is tied to another moment than the story's: "then 27", "was 27 when he was arrested". */
function atAnotherTime(fact: NumberFact, text: string): boolean {
  return THEN_BEFORE.test(text.slice(Math.max(0, fact.span[0] - 20), fact.span[0])) || THEN_AFTER.test(text.slice(fact.span[1], fact.span[1] + 40));
}

/** Whether a noun after "the" names the one person a sentence is about: a story's role ("victim") or what a person is ("boy"). */
export function namesOnePerson(noun: string): boolean {
  return STORY_ROLES.has(noun) || PERSON_HEADS.has(noun);
}

/** What may stand between a name and the age set after it: a comma or parenthesis, "aged", "who is", "a". */
const NAME_TO_AGE = /^\s*(?:[,(]\s*)?(?:(?:a|an|the|aged|age|then|now|(?:who\s+)?(?:is|was|turned|turns))\s+)?$/i;

/** The name right before an age that is set after it. */
function nameBeforeAge(fact: NumberFact, text: string, names: readonly NameFact[]): NameFact | undefined {
  const before = names.filter((n) => n.span[1] <= fact.span[0]);
  const last = before[before.length - 1];
  return last !== undefined && NAME_TO_AGE.test(text.slice(last.span[1], fact.span[0])) ? last : undefined;
}

/** Words between "N-year-old" and a name that describe or introduce it: "man named", "identified as". */
const NAMING_WORDS = new Set(['named', 'called', 'identified', 'as', "'s", '’s', '.']);

/**
 * The name "N-year-old" describes: the last name of the noun phrase after it ("45-year-old Sheriff's Office Deputy
 * Brad Garafola"), past descriptors and titles; none when a lower-case noun follows the name, which then only
 * modifies it ("a 29-year-old Hawaiian Gardens gang member").
 */
function nameAfterAge(fact: NumberFact, parsed: ParsedSentence, names: readonly NameFact[]): NameFact | undefined {
  const { tokens } = parsed;
  let k = tokens.findIndex((t) => t.start >= fact.span[1]);
  while (k >= 0 && k < tokens.length && tokens[k]!.spaced === false) k++; // past "-year-old"
  if (k < 0) return undefined;
  let owner: NameFact | undefined;
  for (let steps = 0; k < tokens.length && steps < 10; steps++) {
    const t = tokens[k]!;
    const name = names.find((n) => n.span[0] === t.start);
    if (name !== undefined) {
      owner = name;
      k = tokens.findIndex((x) => x.start >= name.span[1]);
      if (k < 0) break;
      continue;
    }
    const capitalised = /^\p{Lu}/u.test(t.text);
    if (owner !== undefined) {
      // A possessive or a title carries the phrase on to a later name; a lower-case noun is its head.
      if (capitalised || t.lower === "'s" || t.lower === '’s') {
        k++;
        continue;
      }
      return t.pos === 'NOUN' && t.text === t.lower ? undefined : owner;
    }
    // Before the name: descriptors ("suspect", "police officer", "man named"), titles ("Officer", "Sgt."), and a
    // comma between a descriptor and the name it is apposed to ("a 27-year-old parolee, Jose Luis Orozco").
    const apposed = t.text === ',' && tokens[k - 1]?.pos === 'NOUN' && names.some((n) => n.span[0] === tokens[k + 1]?.start);
    if (capitalised || apposed || NAMING_WORDS.has(t.lower) || ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.text === t.lower)) {
      k++;
      continue;
    }
    break;
  }
  return owner;
}

/** How many words after an age a clause that names its owner may reach. */
const IDENTIFIED_REACH = 24;

/**
 * The name a clause right after "N-year-old" gives its owner: "the 18-year-old who died, whom the coroner
 * identified as Marcus Bell", "an 18-year-old man, identified as Marcus Bell, ...". The clause must name the one
 * the age describes: "whom" (the age's noun as the object) or an apposition that opens with "identified"; "police
 * identified the victim as ..." names someone else.
 */
function nameIdentifiedAfter(fact: NumberFact, parsed: ParsedSentence, names: readonly NameFact[]): NameFact | undefined {
  const { tokens } = parsed;
  const start = tokens.findIndex((t) => t.start >= fact.span[1]);
  if (start < 0) return undefined;
  let opened = false;
  for (let k = start; k < tokens.length && k - start <= IDENTIFIED_REACH; k++) {
    const t = tokens[k]!;
    if ([';', ':', '.'].includes(t.text)) return undefined;
    if (t.lower === 'whom' || (t.text === ',' && IDENTIFYING_VERBS.has(tokens[k + 1]?.lower ?? ''))) opened = true;
    if (!opened || !IDENTIFYING_VERBS.has(t.lower) || tokens[k + 1]?.lower !== 'as') continue;
    return names.find((n) => n.span[0] === tokens[k + 2]?.start);
  }
  return undefined;
}

/** Verbs that name someone: "identified as", "named as". */
const IDENTIFYING_VERBS = new Set(['identified', 'named']);

/**
 * "The victim, 34,", "the suspect, aged 19,", "the driver, a 34-year-old man", "the shooter was a 17-year-old": a
 * story role (or what the person is: "the boy, 8,") set before the age.
 */
const ROLE_BEFORE_AGE = /\bthe\s+([a-z]+)(?:\s*(?:,|\()\s*(?:aged\s+|an?\s+)?|\s+(?:is|was)\s+(?:an?\s+)?)$/i;

/**
 * The frame of an age of a person the story names by role, not name: "The victim, 34, died", "the 41-year-old
 * gunman". One question of "the victim" across the run, asked only between sentences stating one claim (a story
 * may have two victims); an age at another moment is left out.
 */
function roleAgeFrame(fact: NumberFact, parsed: ParsedSentence, yearOld: boolean): Frame | undefined {
  const text = parsed.text;
  if (atAnotherTime(fact, text)) return undefined;
  const role = (yearOld ? roleAfterAge(fact, parsed) : undefined) ?? ROLE_BEFORE_AGE.exec(text.slice(Math.max(0, fact.span[0] - 40), fact.span[0]))?.[1]?.toLowerCase();
  if (role === undefined || !namesOnePerson(role)) return undefined;
  return { key: `age|the ${role}`, label: `age of the ${role}`, measure: 'age', subject: `the ${role}`, alignedOnly: true };
}

/** "the 41-year-old victim", "The 19-year-old male suspect": the role "N-year-old" describes, after "the". */
function roleAfterAge(fact: NumberFact, parsed: ParsedSentence): string | undefined {
  const { tokens } = parsed;
  const first = tokens.findIndex((t) => t.start >= fact.span[0]);
  if (first < 1 || tokens[first - 1]!.lower !== 'the') return undefined;
  let k = tokens.findIndex((t) => t.start >= fact.span[1]);
  while (k >= 0 && k < tokens.length && tokens[k]!.spaced === false) k++; // past "-year-old"
  if (k < 0) return undefined;
  if (tokens[k]?.pos === 'ADJ') k++;
  const head = tokens[k];
  // The role is the phrase's head: "the 41-year-old victim's mother" is someone else.
  if (head === undefined || head.pos !== 'NOUN' || ["'s", '’s'].includes(tokens[k + 1]?.lower ?? '')) return undefined;
  return head.lower;
}
