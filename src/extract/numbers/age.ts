/**
 * Whether a bare figure is a person's age: "Benjamin David Banky, 40,", "aged 40", "ages 6 and 16", "Roe is 32.".
 * (Whose age it is, and at what moment, is ../ages.ts.)
 */
import { AGE_LIST_HEADS, AGE_VERBS } from '../../facts/lexicon/en/ages.js';
import { namesOnePerson } from '../ages.js';
import { findNameMatches } from '../names.js';
import { isPunct } from '../parse.js';
import type { ParsedSentence } from '../types.js';
import type { Phrase } from './phrase.js';

/** Age: "Benjamin David Banky, 40," / "aged 40" / "Banky, who is 40," / "Banky, then 40,". */
export function isAge(parsed: ParsedSentence, phrase: Phrase): boolean {
  const { tokens } = parsed;
  const { core, first, last } = phrase;
  if (core.value >= 125 || !Number.isInteger(core.value)) return false;
  // "aged 40", "aged two", "aged between two and nine": written in words too.
  if (tokens[first - 1]?.lower === 'aged') return true;
  if (core.words) return false;
  // "Two boys, ages 6 and 16", "girls age 6 and 8", "between the ages of 18 and 23": figures listed after "age(s)"
  // are ages, the later ones too.
  const headsAges = (i: number) => AGE_LIST_HEADS.has(tokens[i]?.lower ?? '') || (tokens[i]?.lower === 'of' && AGE_LIST_HEADS.has(tokens[i - 1]?.lower ?? ''));
  if (headsAges(first - 1)) return true;
  if ((tokens[first - 1]?.lower === 'and' || tokens[first - 1]?.text === ',') && tokens[first - 2]?.pos === 'NUM' && headsAges(first - 3)) return true;
  // The comma that sets the age after the name, past "then" or "who is" between them.
  let comma = first - 1;
  if (tokens[comma]?.lower === 'then' || tokens[comma]?.lower === 'now') comma -= 1;
  else if (AGE_VERBS.has(tokens[comma]?.lower ?? '') && tokens[comma - 1]?.lower === 'who') comma -= 2;
  const closing = tokens[last + 1];
  const endsPhrase = closing === undefined || isPunct(closing);
  // "Roe was 27 when he was arrested", "Roe is 32.": a name, a linking verb, the bare figure.
  if (AGE_VERBS.has(tokens[first - 1]?.lower ?? '') && isNameEnd(parsed, first - 2)) return endsPhrase || closing?.lower === 'when';
  return tokens[comma]?.text === ',' && (isNameEnd(parsed, comma - 1) || isStoryRole(parsed, comma - 1)) && endsPhrase;
}

/** Whether token i is a role the story gives one person, after "the": "The victim, 34, died". */
function isStoryRole(parsed: ParsedSentence, i: number): boolean {
  const token = parsed.tokens[i];
  return token !== undefined && token.pos === 'NOUN' && namesOnePerson(token.lower) && parsed.tokens[i - 1]?.lower === 'the';
}

/** Whether token i ends a name (a proper noun, or the last word of a name the name scan found). */
function isNameEnd(parsed: ParsedSentence, i: number): boolean {
  const token = parsed.tokens[i];
  return token !== undefined && (token.pos === 'PROPN' || findNameMatches(parsed).some((m) => m.last === i));
}
