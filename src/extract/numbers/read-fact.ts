/**
 * The number fact at a token: a quantity phrase with what it counts and its verb, or a negated count ("no one was
 * hurt") as zero.
 */
import { quantityValue } from '../../algebra/quantity.js';
import { COUNT_PARTICIPLES, GUNFIRE_WORDS, PREDICATE_ADJECTIVES } from '../../facts/lexicon/en/count-verbs.js';
import { CURRENCY_NAMES } from '../../facts/lexicon/en/currencies.js';
import type { Sentence } from '../../types.js';
import { sliceOf, spanOf } from '../parse.js';
import type { NumberFact, ParsedSentence, Quantity } from '../types.js';
import { countedThing, shareOf, type Previous } from './counted.js';
import { pluralNounAfter, readNegation } from './negation.js';
import { readPhrase } from './phrase.js';
import { governingVerb } from './verbs.js';

function makeFact(sentence: Sentence, parsed: ParsedSentence, first: number, last: number, quantity: Quantity): NumberFact {
  const span = spanOf(parsed, first, last);
  return { kind: 'number', value: quantityValue(quantity), quantity, text: sliceOf(parsed, span), source: sentence.source, span };
}

export function readQuantityAt(sentence: Sentence, parsed: ParsedSentence, i: number, previous: Previous): { fact: NumberFact; last: number } | undefined {
  const phrase = readPhrase(parsed, i);
  if (phrase === undefined) return undefined;
  const counted = countedThing(parsed, phrase, previous);
  const { about } = counted;
  // "one" with nothing counted and nothing qualifying it is a pronoun ("provided with one"), unless a participle of
  // what befell it follows, as in a list of counts ("Seven shot, one killed", "one dead").
  if (about === undefined && phrase.core.words && phrase.core.value === 1 && !phrase.qualified && !counted.anaphoric && !befallsNext(parsed, phrase.last)) return undefined;

  const fact = makeFact(sentence, parsed, phrase.first, phrase.last, phrase.quantity);
  if (about !== undefined) fact.about = about;
  if (about === 'percent' || CURRENCY_NAMES.has(about ?? '') || about === 'currency') {
    const share = shareOf(parsed, counted.nounEnd);
    if (share !== undefined) fact.of = share;
  }
  if (about !== 'age') {
    const verb = governingVerb(parsed, phrase.first, counted.nounEnd, counted.isMeasure);
    if (verb !== undefined) fact.verb = STRUCK_VERBS.has(verb) && struckByGunfire(parsed, phrase.last) ? 'shoot' : verb;
  }
  return { fact, last: phrase.last };
}

export function readNegationAt(sentence: Sentence, parsed: ParsedSentence, i: number): { fact: NumberFact; last: number } | undefined {
  const neg = readNegation(parsed, i);
  if (neg === undefined) return undefined;
  let about: string | undefined;
  let nounEnd = neg.last;
  if (neg.person === true) {
    about = 'person';
  } else {
    const np = pluralNounAfter(parsed, neg.nounFrom);
    if (np === undefined) return undefined;
    about = np.head;
    nounEnd = np.last;
  }
  const fact = makeFact(sentence, parsed, neg.first, neg.last, { min: 0, max: 0 });
  fact.negated = true;
  fact.about = about;
  const verb = governingVerb(parsed, neg.first, nounEnd, false);
  if (verb !== undefined) fact.verb = verb;
  return { fact, last: neg.last };
}

/** A past participle or a predicate of harm right after a figure: "one killed", "one dead", "one hurt". */
function befallsNext(parsed: ParsedSentence, last: number): boolean {
  const next = parsed.tokens[last + 1];
  if (next === undefined) return false;
  return PREDICATE_ADJECTIVES.has(next.lower) || (next.pos === 'VERB' && (/ed$/.test(next.lower) || COUNT_PARTICIPLES.has(next.lower)) && next.lower !== next.lemma);
}

/** Verbs of being struck, which say "shot" when gunfire struck: "seven people were hit by gunfire". */
const STRUCK_VERBS: ReadonlySet<string> = new Set(['hit', 'strike']);

/** "hit by gunfire", "struck by stray bullets" after the figure, in its clause. */
function struckByGunfire(parsed: ParsedSentence, last: number): boolean {
  const { tokens } = parsed;
  for (let k = last + 1; k < tokens.length && k <= last + 8; k++) {
    if ([';', ':', '.'].includes(tokens[k]!.text)) return false;
    if (tokens[k]!.lower !== 'by') continue;
    let j = k + 1;
    while (tokens[j] !== undefined && ['DET', 'ADJ'].includes(tokens[j]!.pos)) j++;
    return GUNFIRE_WORDS.has(tokens[j]?.lemma ?? '') || GUNFIRE_WORDS.has(tokens[j]?.lower ?? '');
  }
  return false;
}
