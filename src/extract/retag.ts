/**
 * What the tagger gets wrong in news sentences, set right from the word and its neighbours before any stage reads
 * the tokens: an event verb's -ing form read as a noun before its object's count ("killing 35 and wounding 80":
 * wink tags "wounding" NOUN), and a past form left as its own lemma ("gutted" for "gut"), which a label would
 * inflect again ("buildings gutteded").
 */
import { baseCandidates } from '../language/en/inflect.js';
import { eventFamily } from './events.js';
import type { Token } from './types.js';

/** `known` is the tagger's lexicon lookup, passed in so that this stays a pure function of the tokens. */
export function retagTokens(tokens: Token[], known: (w: string) => boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "and wounding 80": an event verb's -ing form right before a count is the verb taking it as object.
    if (t.pos === 'NOUN' && t.lower.endsWith('ing') && tokens[i + 1]?.pos === 'NUM') {
      const base = baseCandidates(t.lower, 'ing').find(known);
      if (base !== undefined && eventFamily(base) !== undefined) tokens[i] = { ...t, pos: 'VERB', lemma: base };
      continue;
    }
    // "which gutted eight buildings": a regular past form the lemmatiser left as it was.
    if (t.pos === 'VERB' && t.lemma === t.lower && t.lower.endsWith('ed')) {
      const base = baseCandidates(t.lower, 'ed').find(known);
      if (base !== undefined) tokens[i] = { ...t, lemma: base };
    }
  }
}
