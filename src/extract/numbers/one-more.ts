/**
 * One more of a list's kind: "killing two women and wounding a third", "two people were killed and another
 * wounded", "three were arrested and a fourth man detained". In a list of what befell whom, "another" and "a third" count
 * one: the one beyond those counted before. Read only after a count in the same sentence ("a third of the town" is a
 * share, "another day" a time, "a second shooting" another event), and only for the verbs of what befalls people
 * (killed, injured, captured): elsewhere an ordinal ranks, it does not count, and "destroyed two homes and damaged a
 * third" would put one home beside two under one question of homes damaged or destroyed.
 */
import { quantityValue } from '../../algebra/quantity.js';
import { PREDICATE_ADJECTIVES } from '../../facts/lexicon/en/count-verbs.js';
import { ORDINAL_WORDS } from '../../facts/lexicon/en/counting-words.js';
import type { Sentence } from '../../types.js';
import { sliceOf, spanOf } from '../parse.js';
import type { NumberFact, ParsedSentence, Token } from '../types.js';
import type { Previous } from './counted.js';
import { nounAfter } from './noun-phrase.js';
import { governingVerb, verbFamily } from './verbs.js';

/** The families of what befalls people, where a list names its victims one by one. */
const BEFALLS_PEOPLE: ReadonlySet<string> = new Set(['kill', 'injure', 'capture']);

/** Where the "one more" words end: "another" or "a third" (the ordinal second to tenth). */
function oneMoreWords(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (t.lower === 'another') return i;
  if (t.lower !== 'a') return undefined;
  const ordinal = ORDINAL_WORDS.get(tokens[i + 1]?.lower ?? '');
  return ordinal !== undefined && ordinal >= 2 && ordinal <= 10 ? i + 1 : undefined;
}

/** The one-more count at token i, after an earlier count of the sentence (`previous`). */
export function readOneMoreAt(sentence: Sentence, parsed: ParsedSentence, i: number, previous: Previous): { fact: NumberFact; last: number } | undefined {
  const { tokens } = parsed;
  if (previous.about === undefined || previous.end === undefined || previous.end >= i) return undefined;
  const end = oneMoreWords(tokens, i);
  if (end === undefined) return undefined;
  const next = tokens[end + 1];
  // "a third of the residents", "another 20 people", "a second-degree": a share, an increment, a compound.
  if (next === undefined || next.lower === 'of' || next.text === '-' || next.pos === 'NUM') return undefined;
  let about = previous.about;
  let nounEnd = end;
  let verb: string | undefined;
  const predicate = PREDICATE_ADJECTIVES.get(next.lower);
  if (predicate !== undefined) {
    // "and another wounded": the tagger reads the participle as the noun.
    verb = predicate;
    nounEnd = end + 1;
  } else {
    const np = nounAfter(parsed, end + 1);
    if (np.head !== undefined) {
      // "a third co-worker", "another man": one more person or thing; the kind must stay a countable noun of the list.
      about = np.head;
      nounEnd = np.last;
    }
    verb = governingVerb(parsed, i, nounEnd, false);
  }
  if (verb === undefined || !BEFALLS_PEOPLE.has(verbFamily(verb))) return undefined;
  // "Three were arrested and a fourth detained": one more of the same befalling adds to the count before; it is not
  // a count of its own.
  if (previous.verb !== undefined && verbFamily(previous.verb) === verbFamily(verb)) return undefined;
  const span = spanOf(parsed, i, nounEnd);
  const quantity = { min: 1, max: 1 };
  const fact: NumberFact = { kind: 'number', value: quantityValue(quantity), quantity, text: sliceOf(parsed, span), source: sentence.source, span, about, verb };
  return { fact, last: nounEnd };
}
