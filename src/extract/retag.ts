/**
 * What the tagger gets wrong in news sentences, set right from the word and its neighbours before any stage reads
 * the tokens: an event verb's -ing form read as a noun before its object's count ("killing 35 and wounding 80":
 * wink tags "wounding" NOUN), and a past form left as its own lemma ("gutted" for "gut"), which a label would
 * inflect again ("buildings gutteded"), and an event verb's irregular past read as a noun between its subject and its
 * object ("Police shot two men", "Gunmen shot dead a guard") or closing a counted noun's phrase ("six men shot are"), and a word after a determiner read as an adverb ("shot
 * in the back").
 */
import { baseCandidates } from '../language/en/inflect.js';
import { BASE_OF_PAST } from '../language/en/irregular-verbs.js';
import { eventFamily } from './events.js';
import type { Token } from './types.js';

/** `known` is the tagger's lexicon lookup, passed in so that this stays a pure function of the tokens. */
export function retagTokens(tokens: Token[], known: (w: string) => boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "and wounding 80", ", wounding him", "after wounding a guard": an event verb's -ing form right before a count,
    // or before another object where no determiner makes it a noun ("the shooting Sunday", "a shooting that").
    const next = tokens[i + 1];
    const objectAfterIng = next !== undefined && (next.pos === 'NUM' || (OBJECT_STARTS.has(next.pos) && i > 0 && ING_VERB_BEFORE.has(tokens[i - 1]!.pos)));
    if (t.pos === 'NOUN' && t.lower.endsWith('ing') && objectAfterIng) {
      const base = baseCandidates(t.lower, 'ing').find(known);
      if (base !== undefined && eventFamily(base) !== undefined) tokens[i] = { ...t, pos: 'VERB', lemma: base };
      continue;
    }
    // "A gunman shot three people", "and shot him": a past form of an event verb after its subject (or a conjunction,
    // an auxiliary), before its object or "dead" ("fired a shot two hours later" keeps its noun: a determiner stands
    // before it).
    const before = tokens[i - 1];
    if (t.pos === 'NOUN' && before !== undefined && (SUBJECT_TAGS.has(before.pos) || before.lemma === 'have') && next !== undefined && (OBJECT_STARTS.has(next.pos) || next.lower === 'dead')) {
      const base = BASE_OF_PAST.get(t.lower);
      if (base !== undefined && eventFamily(base) !== undefined) tokens[i] = { ...t, pos: 'VERB', lemma: base };
      continue;
    }
    // "The six men shot are in stable condition", "two officers shot in the ambush": an event verb's irregular past
    // right after a counted noun, closing its phrase, is the participle of what befell them.
    if (t.pos === 'NOUN' && before?.pos === 'NOUN' && tokens[i - 2]?.pos === 'NUM' && (next === undefined || REDUCED_RELATIVE_ENDS.has(next.pos))) {
      const base = BASE_OF_PAST.get(t.lower);
      if (base !== undefined && eventFamily(base) !== undefined) tokens[i] = { ...t, pos: 'VERB', lemma: base };
      continue;
    }
    // "shot in the back.": a word after a determiner that ends its phrase is a noun, whatever the tagger read.
    if (t.pos === 'ADV' && before?.pos === 'DET' && (next === undefined || PHRASE_ENDS.has(next.pos))) {
      tokens[i] = { ...t, pos: 'NOUN', lemma: t.lower };
      continue;
    }
    // "which gutted eight buildings": a regular past form the lemmatiser left as it was.
    if (t.pos === 'VERB' && t.lemma === t.lower && t.lower.endsWith('ed')) {
      const base = baseCandidates(t.lower, 'ed').find(known);
      if (base !== undefined) tokens[i] = { ...t, lemma: base };
    }
  }
}

/**
 * Tags of the word right before a past verb the tagger read as a noun: its subject ("gunman", "Police", "who"), a
 * conjunction ("and shot him"), an auxiliary ("have shot") or an adverb ("allegedly shot"); not a determiner or
 * an adjective, which make it the noun ("a shot", "the first shot").
 */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'CCONJ', 'AUX', 'ADV']);
/** Tags that end a noun phrase after its head: punctuation, a preposition, a conjunction. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'CCONJ']);
/** Tags after a participle that closes a counted noun's phrase: "men shot are", "men shot in", "men shot, and". */
const REDUCED_RELATIVE_ENDS: ReadonlySet<string> = new Set(['AUX', 'ADP', 'PUNCT', 'CCONJ', 'ADV']);
/** Tags right before an -ing form that is a verb taking an object: ", wounding him", "and wounding", "after wounding". */
const ING_VERB_BEFORE: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'ADP', 'ADV']);
/** Tags an object starts with after the verb: "two men", "a guard", "him", "Officer Roe". */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['NUM', 'DET', 'PRON', 'PROPN']);
