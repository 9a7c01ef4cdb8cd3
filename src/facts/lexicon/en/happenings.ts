/**
 * Happenings a span of time runs between ("married two weeks before the shooting", "died nine days after a heart
 * attack") or that lasts ("a four-hour standoff"), folded so outlets' words meet: "wed", "married", "wedding" are
 * one happening. Each names itself as a noun phrase for labels. `event`: words that name the story's own event
 * (a shooting, a death, a quake), which a span is counted from. General news vocabulary, not one story's words.
 */

import { BELIEF_VERBS, SAYING_VERBS } from '../../../language/en/speech-verbs.js';

export interface Happening {
  key: string;
  /** How a label names it: "the wedding", "the standoff". */
  noun: string;
  /** The story's own event: spans are counted from it. */
  event?: true;
}

const HAPPENINGS: ReadonlyArray<Happening & { words: readonly string[] }> = [
  // The story's own event, by the words outlets use for it.
  { key: 'shooting', noun: 'the shooting', event: true, words: ['shoot', 'shooting', 'gunfire', 'gunning'] },
  { key: 'killing', noun: 'the killing', event: true, words: ['kill', 'killing', 'murder', 'slay', 'slaying', 'homicide'] },
  { key: 'death', noun: 'the death', event: true, words: ['die', 'death'] },
  { key: 'injury', noun: 'the injuries', event: true, words: ['wound', 'wounded', 'injure', 'injured', 'wounding'] },
  { key: 'attack', noun: 'the attack', event: true, words: ['attack', 'assault', 'ambush', 'rampage', 'massacre', 'stabbing', 'stab', 'incident'] },
  { key: 'blast', noun: 'the blast', event: true, words: ['explosion', 'blast', 'bombing', 'explode'] },
  { key: 'quake', noun: 'the quake', event: true, words: ['earthquake', 'quake', 'tremor', 'temblor'] },
  { key: 'crash', noun: 'the crash', event: true, words: ['crash', 'collision', 'derailment'] },
  { key: 'robbery', noun: 'the robbery', event: true, words: ['robbery', 'heist', 'burglary', 'holdup'] },
  { key: 'blaze', noun: 'the fire', event: true, words: ['blaze', 'wildfire', 'inferno'] },
  { key: 'game', noun: 'the game', event: true, words: ['game', 'match', 'fight', 'bout', 'race', 'contest'] },
  // Other happenings a story dates against its event.
  { key: 'marry', noun: 'the wedding', words: ['marry', 'married', 'wed', 'wedding', 'marriage', 'remarry'] },
  { key: 'heart attack', noun: 'the heart attack', words: ['heart attack', 'cardiac arrest'] },
  { key: 'stroke', noun: 'the stroke', words: ['stroke'] },
  { key: 'surgery', noun: 'the surgery', words: ['surgery', 'operation'] },
  { key: 'diagnosis', noun: 'the diagnosis', words: ['diagnose', 'diagnosis'] },
  { key: 'hospitalize', noun: 'the hospital admission', words: ['hospitalize', 'hospitalise', 'hospitalized', 'hospitalised', 'hospitalization'] },
  { key: 'release', noun: 'the release', words: ['release', 'discharge'] },
  { key: 'arrest', noun: 'the arrest', words: ['arrest', 'apprehend', 'capture', 'detain'] },
  { key: 'charge', noun: 'the charges', words: ['charge', 'indict', 'indictment'] },
  { key: 'convict', noun: 'the conviction', words: ['convict', 'conviction'] },
  { key: 'verdict', noun: 'the verdict', words: ['verdict'] },
  { key: 'surrender', noun: 'the surrender', words: ['surrender', 'give up'] },
  { key: 'standoff', noun: 'the standoff', words: ['standoff', 'stand-off', 'siege', 'negotiation', 'negotiate', 'talks'] },
  { key: 'deliberate', noun: 'the deliberations', words: ['deliberate', 'deliberation'] },
  { key: 'lockdown', noun: 'the lockdown', words: ['lockdown', 'lock down'] },
  { key: 'escape', noun: 'the escape', words: ['escape', 'breakout'] },
  { key: 'return', noun: 'the return', words: ['return', 're-enter', 'reenter', 'come back'] },
  { key: 'resign', noun: 'the resignation', words: ['resign', 'resignation'] },
  { key: 'retire', noun: 'the retirement', words: ['retire', 'retirement'] },
  { key: 'hire', noun: 'the hiring', words: ['hire', 'appoint', 'appointment'] },
  { key: 'bombardment', noun: 'the bombardment', words: ['bombardment', 'shelling', 'airstrikes', 'offensive'] },
  { key: 'fighting', noun: 'the fighting', words: ['fighting', 'clashes', 'battle'] },
];

/**
 * Words that name a happening only as a noun after a determiner: "the fire", "a fire broke out" is the blaze; "opened
 * fire", "exchanged fire", "fired shots" are gunfire.
 */
export const DETERMINED_HAPPENINGS: ReadonlyMap<string, string> = new Map([['fire', 'blaze']]);

/** Verbs that carry a happening named by their object: "suffered a heart attack", "reached a verdict". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'get', 'make', 'take', 'suffer', 'undergo', 'sustain', 'receive', 'give', 'reach', 'hold', 'stage',
  'become', 'seem', 'appear', 'go', 'come', 'begin', 'start', 'end', 'will', 'would', 'can', 'could', 'may', 'might',
  // Perceived or set off: "the quake was felt for 15 seconds", "launched its offensive 12 days ago".
  'feel', 'hear', 'see', 'watch', 'launch', 'continue',
]);

/** Verbs that report, not happen: "said two days ago" dates the statement. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...SAYING_VERBS, ...BELIEF_VERBS, 'post']);

/**
 * Spans of a career or a state, not of one happening: "worked there for 15 years", "had lived on the block for 45
 * years", "a 15-year veteran". A measure of their own (career length), never a span between happenings.
 */
export const CAREER_WORDS: ReadonlySet<string> = new Set([
  'work', 'serve', 'live', 'stay', 'remain', 'employ', 'coach', 'play', 'own', 'run', 'lead', 'teach', 'spend', 'know',
  'veteran', 'career', 'tenure', 'employee', 'member', 'resident', 'old', 'open', 'operate', 'exist',
]);

const ONE_WORD = new Map<string, Happening>();
const TWO_WORDS = new Map<string, Happening>();
for (const { words, ...happening } of HAPPENINGS) {
  for (const w of words) (w.includes(' ') ? TWO_WORDS : ONE_WORD).set(w, happening);
}

/** The happening a word names, by its lemma or as written ("married"), if the lexicon knows it. */
export function happeningOfWord(lemma: string, lower: string): Happening | undefined {
  // As written first: "fighting" is the fighting, not a fight; "married" the wedding.
  return ONE_WORD.get(lower) ?? ONE_WORD.get(lemma);
}

/** The happening two words name together ("heart attack", "locked down": lemma pairs), if any. */
export function happeningOfPair(first: string, second: string): Happening | undefined {
  return TWO_WORDS.get(`${first} ${second}`);
}

/** The happening of a key ("blaze"), for words that name it only in some uses (DETERMINED_HAPPENINGS). */
export function happeningByKey(key: string): Happening | undefined {
  const found = HAPPENINGS.find((h) => h.key === key);
  return found === undefined ? undefined : { key: found.key, noun: found.noun, ...(found.event === true ? { event: true as const } : {}) };
}
