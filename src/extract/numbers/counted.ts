/**
 * What a figure counts, tried in order of reliability: the unit written with it, a noun after a hyphen, the noun
 * phrase after it, an age, a noun tied to it before, a magnitude in a sentence about a quake, else the noun of the
 * figure before it in a list ("killing 10 people and injuring 80").
 */
import { CLAUSE_BREAKS } from '../../facts/lexicon/en/counted-noun-phrase.js';
import { QUAKE_WORDS } from '../../facts/lexicon/en/earthquakes.js';
import type { ParsedSentence } from '../types.js';
import { isAge } from './age.js';
import { hyphenNoun, nounAfter, nounBefore } from './noun-phrase.js';
import type { Phrase } from './phrase.js';

/** The last counted noun of the sentence, for "killing 10 people and injuring 80". */
export interface Previous {
  about?: string;
  /** Last token of that number. */
  end?: number;
  /** The verb that number's fact was given ("killed" in "killing 10 people and injuring 80"). */
  verb?: string;
}

function inSameList(parsed: ParsedSentence, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (CLAUSE_BREAKS.has(parsed.tokens[k]?.lower ?? '')) return false;
  }
  return true;
}

/** Whether a sentence is about an earthquake, so a bare 6.1 is a magnitude. */
function mentionsQuake(parsed: ParsedSentence): boolean {
  return parsed.tokens.some((t) => QUAKE_WORDS.has(t.lemma));
}

export interface Counted {
  about?: string;
  /** Last token of the counted noun phrase (or of the number when there is none). */
  nounEnd: number;
  anaphoric: boolean;
  isMeasure: boolean;
}

/** What the number counts, tried in order of reliability. */
export function countedThing(parsed: ParsedSentence, phrase: Phrase, previous: Previous): Counted {
  const { tokens } = parsed;
  const { core, first, last } = phrase;
  if (phrase.unit !== undefined) return { about: phrase.unit, nounEnd: last, anaphoric: false, isMeasure: true };
  const hyphen = hyphenNoun(parsed, core.last);
  if (hyphen !== undefined) return { about: hyphen.about, nounEnd: hyphen.last, anaphoric: false, isMeasure: true };
  const np = nounAfter(parsed, last + 1);
  // "32 years old": an age, written out.
  if (np.head === 'year' && tokens[np.last + 1]?.lower === 'old' && Number.isInteger(core.value) && core.value < 125) {
    return { about: 'age', nounEnd: np.last + 1, anaphoric: false, isMeasure: true };
  }
  if (np.head !== undefined) return { about: np.head, nounEnd: np.last, anaphoric: false, isMeasure: false };
  const anaphoric = np.anaphoric === true;
  const counted: Counted = { nounEnd: anaphoric ? np.last : last, anaphoric, isMeasure: false };
  if (isAge(parsed, phrase)) return { ...counted, about: 'age', isMeasure: true };
  const before = nounBefore(parsed, first);
  if (before !== undefined) return { ...counted, about: QUAKE_WORDS.has(before) && core.decimal === true ? 'magnitude' : before };
  if (core.decimal === true && core.value < 10 && mentionsQuake(parsed)) return { ...counted, about: 'magnitude', isMeasure: true };
  if (previous.about !== undefined && previous.end !== undefined) {
    // "killing 10 people and injuring 80", "70 others", "Five bombs were dropped, of which four exploded"
    const ofWhich = tokens[first - 1]?.lower === 'which' && tokens[first - 2]?.lower === 'of';
    if (anaphoric || ofWhich || inSameList(parsed, previous.end, first)) return { ...counted, about: previous.about };
  }
  return counted;
}

/** "20% of Ukraine's territory" -> "territory"; "$137-million of diamonds" -> "diamond". */
export function shareOf(parsed: ParsedSentence, nounEnd: number): string | undefined {
  const link = parsed.tokens[nounEnd + 1]?.lower;
  return link === 'of' || link === 'in' ? nounAfter(parsed, nounEnd + 2).head : undefined;
}
