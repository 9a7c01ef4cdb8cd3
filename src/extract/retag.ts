/**
 * What the tagger gets wrong in news sentences, set right from the word and its neighbours before any stage reads
 * the tokens: an event verb's -ing form read as a noun before its object's count ("killing 35 and wounding 80":
 * wink tags "wounding" NOUN), and a past form left as its own lemma ("gutted" for "gut"), which a label would
 * inflect again ("buildings gutteded"), and an event verb's irregular past read as a noun between its subject and its
 * object ("Police shot two men", "Gunmen shot dead a guard").
 */
import { baseCandidates } from '../language/en/inflect.js';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from '../language/en/irregular-verbs.js';
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
    // "A gunman shot three people": a past form of an event verb after its subject's noun, before its object or "dead"
    // ("fired a shot two hours later" keeps its noun: a determiner stands before it).
    const next = tokens[i + 1];
    if (t.pos === 'NOUN' && i > 0 && SUBJECT_TAGS.has(tokens[i - 1]!.pos) && next !== undefined && (OBJECT_STARTS.has(next.pos) || next.lower === 'dead')) {
      const base = BASE_OF_PAST.get(t.lower);
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

/** The base of an irregular past form: "shot" -> "shoot", "struck" -> "strike" (a past that is not the participle, else the participle). */
const BASE_OF_PAST: ReadonlyMap<string, string> = new Map(
  [...Object.entries(IRREGULAR_PARTICIPLES), ...Object.entries(IRREGULAR_PAST)].map(([base, past]) => [past, base]),
);
/** Tags of a subject's last word right before its verb: "gunman", "Police", "He". */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tags an object starts with after the verb: "two men", "a guard", "him", "Officer Roe". */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['NUM', 'DET', 'PRON', 'PROPN']);
