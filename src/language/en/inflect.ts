/**
 * English word forms for labels people read ("people stabbed", "number of children"): a shared piece below the
 * stages. Plurals come from `pluralize`; past participles and simple pasts from lists of irregular verbs and the
 * spelling rules of regular ones.
 */
import pluralize from 'pluralize';
import { FINAL_STRESS_VERBS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from './irregular-verbs.js';
import { BoundedMemo } from '../../memo.js';

const VOWELS = 'aeiou';

/** Whether a word ends consonant-vowel-consonant with a single vowel before the last letter ("stab", "plan"). */
function endsShortSyllable(word: string): boolean {
  // "qu" is a consonant: "quit", "equip", "acquit".
  if (/qu[aeiou][^aeiouwxy]$/.test(word)) return true;
  const [a, b, c] = word.slice(-3);
  if (a === undefined || b === undefined || c === undefined) return false;
  return !VOWELS.includes(a) && VOWELS.includes(b) && !VOWELS.includes(c) && !'wxy'.includes(c);
}

function syllables(word: string): number {
  return (word.match(/[aeiouy]+/g) ?? []).length;
}

/** The past participle of a verb's base form: "stab" -> "stabbed", "bury" -> "buried", "shoot" -> "shot". */
export function pastParticiple(verb: string): string {
  const irregular = IRREGULAR_PARTICIPLES[verb];
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (endsShortSyllable(verb) && (syllables(verb) === 1 || FINAL_STRESS_VERBS.has(verb))) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** The simple past of a verb's base form: "sink" -> "sank", "win" -> "won", "marry" -> "married". */
export function pastTense(verb: string): string {
  return IRREGULAR_PAST[verb] ?? pastParticiple(verb);
}

/** The -ing form of a verb: "sink" -> "sinking", "die" -> "dying", "stab" -> "stabbing", "become" -> "becoming". */
export function gerund(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  // "dye" -> "dyeing", "hoe" -> "hoeing": the e stays where dropping it would make another word.
  if (/(?:ye|oe)$/.test(verb)) return `${verb}ing`;
  if (/[^aeiou]e$/.test(verb) && verb !== 'be') return `${verb.slice(0, -1)}ing`;
  if (endsShortSyllable(verb) && (syllables(verb) === 1 || FINAL_STRESS_VERBS.has(verb))) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

/**
 * The base forms whose past participle ("-ed") or -ing form is `word` by the spelling rules, most likely first:
 * "buried" -> bury, "used" -> use (then "us"), "gutted" -> gutte, gutt, gut. The caller keeps the first its
 * lexicon knows.
 */
export function baseCandidates(word: string, ending: 'ed' | 'ing'): string[] {
  const stem = word.slice(0, -ending.length);
  const candidates =
    ending === 'ed'
      ? [word.replace(/ied$/, 'y'), word.slice(0, -1), stem, word.replace(/(.)\1ed$/, '$1')]
      : [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
  const inflect = ending === 'ed' ? pastParticiple : gerund;
  return [...new Set(candidates)].filter((c) => c !== word && inflect(c) === word);
}

/** A word with its first letter capitalised, for names and months in labels: "april" -> "April". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The plural of a noun: "child" -> "children", "knife" -> "knives", "police" -> "police". */
export function plural(noun: string): string {
  return plurals.get(noun, pluralize.plural);
}

/** The singular of a noun: "investigators" -> "investigator", "police" -> "police". */
export function singular(noun: string): string {
  return singulars.get(noun, pluralize.singular);
}

/**
 * pluralize tries its rules (a few hundred regular expressions) on every call, and the stages ask for the same
 * nouns again and again: each answer is kept (bounded; pluralize's rules are never changed here).
 */
const MAX_REMEMBERED = 20_000;
const plurals = new BoundedMemo<string, string>(MAX_REMEMBERED);
const singulars = new BoundedMemo<string, string>(MAX_REMEMBERED);
