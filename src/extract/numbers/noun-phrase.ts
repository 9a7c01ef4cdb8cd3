/**
 * What a figure counts: the noun phrase after it ("two prison guards" -> "guard", "of the 80 wounded", "70
 * others"), the noun after a hyphen ("1,500-square-kilometer island"), or a noun tied to it before ("the toll rose
 * to 24").
 */
import { ANAPHORIC, BEFORE_LINKS, CHANGE_VERBS, DIRECTIONS, NOUN_FOLDS, PRONOUN_HEADS } from '../../facts/lexicon/en/counted-noun-phrase.js';
import { COUNT_PARTICIPLES, PREDICATE_ADJECTIVES } from '../../facts/lexicon/en/count-verbs.js';
import { singular } from '../../language/en/inflect.js';
import { dateTokenSet } from '../dates/index.js';
import { isDemonymWord } from '../names.js';
import type { ParsedSentence, Token } from '../types.js';

function headLemma(token: Token): string {
  // The tagger gives a capitalised noun no lemma: "Deputies", "Somalis", "AK-47s" are made singular here.
  const base = token.pos === 'PROPN' ? singular(token.lower) : token.lemma;
  return NOUN_FOLDS.get(base) ?? NOUN_FOLDS.get(token.lower) ?? base;
}

/** Figures of one, after which a singular noun is counted: "fired one shot". */
const ONE_WORDS: ReadonlySet<string> = new Set(['one', '1', 'a', 'an', 'single']);

/** Parts of speech that may stand between a figure and the noun it counts. */
const NP_MODIFIER_POS = new Set(['ADJ', 'ADV', 'VERB', 'PROPN', 'NUM']);

export interface NounPhrase {
  head?: string;
  /** Last token of the noun phrase. */
  last: number;
  /** "two of them", "70 others", "dozens more": counts of the noun said before. */
  anaphoric?: boolean;
}

/**
 * The noun phrase after the number: skip modifiers ("Chinese", "injured", "North Korean"),
 * take the last noun of the noun run ("two prison guards" -> "guard").
 */
export function nounAfter(parsed: ParsedSentence, from: number): NounPhrase {
  const { tokens } = parsed;
  let j = from;
  const viaOf = tokens[j]?.lower === 'of';
  // "of the 80 wounded", "of them"
  if (viaOf) {
    j++;
    if (PRONOUN_HEADS.has(tokens[j]?.lower ?? '')) return { last: j, anaphoric: true };
    while (tokens[j] !== undefined && (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'PRON' || tokens[j]?.lower === "'s" || tokens[j]?.lower === '’s')) j++;
  }
  let head: Token | undefined;
  let headIndex = -1;
  const dates = dateTokenSet(parsed);
  for (let steps = 0; j < tokens.length && steps < 7; j++, steps++) {
    const t = tokens[j] as Token;
    // "killed three people Wednesday"
    if (dates.has(j)) break;
    if (head === undefined && ANAPHORIC.has(t.lower)) {
      // "70 others", "dozens more" count the noun said before; "three other automatic rifles" does not.
      const next = tokens[j + 1];
      const continues = next !== undefined && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos) && t.lower !== 'others';
      if (!continues) return { last: j, anaphoric: true };
      continue;
    }
    // "Ukraine's territory": the possessor is a modifier.
    if (head !== undefined && (t.lower === "'s" || t.lower === '’s')) {
      head = undefined;
      continue;
    }
    // "about 50 hurt", "24 dead": predicate words, not counted nouns ("of the injured" is the exception).
    if (PREDICATE_ADJECTIVES.has(t.lower)) {
      if (head === undefined && tokens[j - 1]?.pos === 'DET') return { head: t.lower, last: j };
      break;
    }
    // "Seven shot, one killed": a participle that is also a noun, singular after a figure above one, is the verb
    // (the noun would be "seven shots"); "three shot glasses" keeps it as a modifier.
    if (steps === 0 && !viaOf && t.pos === 'NOUN' && COUNT_PARTICIPLES.has(t.lower) && !ONE_WORDS.has(tokens[from - 1]?.lower ?? '') && !['NOUN', 'PROPN'].includes(tokens[j + 1]?.pos ?? '')) break;
    // "34 miles west of": a direction ends the phrase.
    if (head !== undefined && DIRECTIONS.has(t.lower)) break;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) {
      // English compounds put the plural last: "robbers burst" is a noun and a verb, not a compound.
      if (head !== undefined && head.lemma !== head.lower && t.lemma === t.lower && head.pos === 'NOUN') break;
      // A proper noun followed by more nouns is a modifier ("North Korean soldiers").
      head = t;
      headIndex = j;
      continue;
    }
    if (head !== undefined) break;
    if (t.text === '-' && !t.spaced) continue;
    // "a town of about 18,000 nine kilometres from": the noun after a second number is that number's
    // (but "six of the seven players" counts players with both).
    if (!viaOf && (t.pos === 'NUM' || t.type === 'number')) break;
    if (!NP_MODIFIER_POS.has(t.pos)) break;
  }
  if (head === undefined) return { last: from - 1 };
  // "one alleged Chinese captive": a nationality word before an adjective used as a noun.
  const next = tokens[headIndex + 1];
  if (head.pos === 'PROPN' && isDemonymWord(head.lower) && next?.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[headIndex + 2]?.pos ?? '')) {
    return { head: next.lemma, last: headIndex + 1 };
  }
  // A demonym or place name as the last "noun" before a verb is still the head ("12 Somalis").
  return { head: headLemma(head), last: headIndex };
}

/** The noun after a hyphen: "1,500-square-kilometer island" -> "kilometer", "61-year-old" -> age. */
export function hyphenNoun(parsed: ParsedSentence, last: number): { about: string; last: number } | undefined {
  const { tokens } = parsed;
  if (tokens[last + 1]?.text !== '-' || tokens[last + 1]?.spaced === true) return undefined;
  let j = last + 2;
  let noun: Token | undefined;
  let end = last;
  while (tokens[j] !== undefined && tokens[j]?.spaced === false) {
    const t = tokens[j] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = t;
    end = j;
    if (tokens[j + 1]?.text !== '-' || tokens[j + 1]?.spaced === true) break;
    j += 2;
  }
  if (noun === undefined) return undefined;
  if (noun.lemma === 'year' && tokens[end]?.lower === 'old') return { about: 'age', last: end };
  return { about: headLemma(noun), last: end };
}

/** A noun before the number tied to it: "a population of more than 100,000", "the toll rose to 24". */
export function nounBefore(parsed: ParsedSentence, first: number): string | undefined {
  const { tokens } = parsed;
  let j = first - 1;
  let linked = false;
  while (j >= 0 && j >= first - 3) {
    const t = tokens[j] as Token;
    if (BEFORE_LINKS.has(t.lower)) j--;
    else if (t.lower === 'to' && CHANGE_VERBS.has(tokens[j - 1]?.lemma ?? '')) j -= 2;
    else break;
    linked = true;
  }
  const t = tokens[j];
  if (!linked || t === undefined || t.pos !== 'NOUN') return undefined;
  return headLemma(t);
}
