/**
 * Who takes part in the happening a date dates, read from its clause: the verb's subject (a name, someone unnamed
 * or a thing), across auxiliaries, relative pronouns, asides and the phrases hanging on it; a noun's possessor; a
 * passive's agent; the title a work stands beside. Reads wink's tokens and the extract stage's name mentions.
 */
import { nameKey } from '../../extract/index.js';
import { singular } from '../../language/en/inflect.js';
import type { Fact } from '../../types.js';
import { CLAUSE_OPENERS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, SINGULAR_PRONOUNS, WORK_NOUNS } from '../lexicon/en/dated-happenings.js';
import { PERSON, type SentenceContext, type Subject, type Token } from '../model.js';
import { frontedSubject, mentionSubject } from '../tokens.js';
import { senseOffsets, synsetAt } from '../wordnet.js';
import { isPersonWord, isPossessor, namesIn, NOUNISH, phraseStart, tokensOf, verbBefore } from './date-clause.js';

/** Whom the happening is about: a name of the run, someone the clause does not name, a thing, or nobody said. */
export type Who = { name: Fact; title?: true } | { pronoun: true } | { thing: Token } | undefined;

/** The person a party is: a name's subject, someone unnamed for a pronoun; a thing or no one is none. */
export function personOf(who: Who): Subject | undefined {
  if (who === undefined || 'thing' in who) return undefined;
  return 'pronoun' in who ? PERSON : mentionSubject(who.name);
}

/** Words before a verb that has no subject of its own: "to win", "after suffering", "before leaving". */
const NONFINITE_LEADS = new Set(['to', 'after', 'before', 'since', 'while', 'without', 'by', 'upon', 'when']);

/** A capitalised word for a group or a kind of person, not a name: "Police", "Officials", "Investigators". */
function isCommonParty(token: Token): boolean {
  const first = (senseOffsets(token.lower, 'noun') ?? senseOffsets(singular(token.lower), 'noun'))?.[0];
  if (first === undefined) return false;
  const synset = synsetAt(first, 'noun');
  return (synset.lexFile === 14 || synset.lexFile === 18) && !synset.words.some((w) => /^\p{Lu}/u.test(w));
}

/**
 * The name that ends at token k: the extract stage's mention, or proper nouns it left out (a surname opening the
 * sentence: "Page suddenly disappeared"), keyed as it keys names.
 */
function nameEndingAt(context: SentenceContext, k: number): Fact | undefined {
  const tokens = tokensOf(context);
  const t = tokens[k];
  if (t === undefined) return undefined;
  const mention = context.mentions.find((m) => (m.kind === 'name' || m.kind === 'date') && m.span[0] <= t.start && m.span[1] >= t.end);
  if (mention !== undefined) return mention.kind === 'name' ? mention : undefined;
  if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || isCommonParty(t)) return undefined;
  let j = k;
  while (j - 1 >= 0 && tokens[j - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j - 1]!.text)) j--;
  const span: [number, number] = [tokens[j]!.start, t.end];
  const text = context.sentence.text.slice(span[0], span[1]);
  return { kind: 'name', value: nameKey(text), text, source: context.sentence.source, span };
}

/** The possessor of the phrase a noun heads: "her third marriage" -> someone, "Page's marriage" -> Page. */
export function ownerOf(context: SentenceContext, noun: Token): Who {
  return possessorOf(context, phraseStart(tokensOf(context), noun.index));
}

/** The possessor of a noun phrase starting at `start`: "Page's 1972 divorce", "her breakdown". */
export function possessorOf(context: SentenceContext, start: number): Who {
  const tokens = tokensOf(context);
  const opener = tokens[start];
  if (opener !== undefined && POSSESSIVE_PRONOUNS.has(opener.lower)) return { pronoun: true };
  if (/^['’]s$/.test(tokens[start - 1]?.text ?? '')) {
    const name = nameEndingAt(context, start - 2);
    if (name !== undefined) return { name };
  }
  const own = context.mentions.find((m) => m.kind === 'name' && m.span[1] <= (opener?.start ?? 0) + 1 && isPossessor(context, m) && m.span[1] >= (tokens[start]?.start ?? 0) - 3);
  return own !== undefined ? { name: own } : undefined;
}

/**
 * The subject of the verb at `v`: the name, pronoun or noun right before it (across auxiliaries); through a
 * relative pronoun, the name it stands for ("Rahman, who won"); through "to", the subject of the verb before
 * ("the fighter that floored Lewis to win"); after a comma ("Orozco, 29, was"), the nearest name before it.
 */
export function verbSubject(context: SentenceContext, v: number, from = 0, depth = 0): Who {
  const tokens = tokensOf(context);
  let k = v - 1;
  while (k >= from && (['AUX', 'ADV'].includes(tokens[k]!.pos) || tokens[k]!.lower === 'not')) k--;
  // "a quake near Padang on Sumatra killed": across the phrases hanging on the subject, to its head.
  for (let hops = 0; hops < 3 && k > from && NOUNISH(tokens[k]!); hops++) {
    const start = phraseStart(tokens, k);
    if (tokens[start - 1]?.pos !== 'ADP' || start - 2 < from || !NOUNISH(tokens[start - 2]!)) break;
    k = start - 2;
  }
  const t = tokens[k];
  if (t === undefined || k < from) return from === 0 && depth === 0 ? frontedWho(context, v) : undefined;
  // "floored Lewis to win the title", "died after suffering a heart attack": the governing verb's subject.
  if (NONFINITE_LEADS.has(t.lower) && depth === 0 && (t.lower === 'to' || tokens[v]!.lower.endsWith('ing'))) {
    const governing = verbBefore(tokens, k - 1);
    return governing !== undefined ? verbSubject(context, governing, from, 1) : undefined;
  }
  if (RELATIVE_PRONOUNS.has(t.lower)) {
    const j = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    const name = nameEndingAt(context, j);
    if (name !== undefined) return named(context, name);
    const noun = tokens[j];
    return noun?.pos === 'NOUN' ? (isPersonWord(noun) ? { pronoun: true } : { thing: noun }) : undefined;
  }
  const name = nameEndingAt(context, k);
  if (name !== undefined) return isPossessor(context, name) ? undefined : named(context, name);
  if (SINGULAR_PRONOUNS.has(t.lower)) return { pronoun: true };
  if (t.pos === 'NOUN') return isPersonWord(t) ? { pronoun: true } : { thing: t };
  if (t.text === ',' && depth === 0) {
    // "Orozco, 29, was convicted", "Ford, now a coach with the Bobcats, finished": the subject before the aside.
    for (let j = k - 1; j > from; j--) {
      const before = tokens[j]!;
      if (before.text === ';' || CLAUSE_OPENERS.has(before.lower) || RELATIVE_PRONOUNS.has(before.lower)) break;
      if (before.text === ',') return verbSubject(context, j, from, 2);
    }
  }
  return undefined;
}

/** "Born in Leeds in 1943, Coyle became ...": the subject the main clause opens with is the fronted verb's. */
function frontedWho(context: SentenceContext, v: number): Who {
  const tokens = tokensOf(context);
  const start = frontedSubject(tokens, v);
  if (start === undefined) return undefined;
  const t = tokens[start]!;
  if (SINGULAR_PRONOUNS.has(t.lower)) return { pronoun: true };
  const name = namesIn(context, start, start).find((m) => m.span[0] === t.start);
  return name !== undefined ? named(context, name) : undefined;
}

/** A name as a subject; a title where it stands beside a work ("a movie, The Notorious Bettie Page, featured"). */
function named(context: SentenceContext, name: Fact): Who {
  const tokens = tokensOf(context);
  let k = tokens.findIndex((t) => t.start >= name.span[0]) - 1;
  while (k >= 0 && [',', '"', '“', 'the'].includes(tokens[k]!.lower)) k--;
  return k >= 0 && WORK_NOUNS.has(tokens[k]!.lemma) ? { name, title: true } : { name };
}

/** The agent of a passive verb: "set by Duke's J.J. Redick in 2006" -> J.J. Redick. */
export function agentOf(context: SentenceContext, v: number): Fact | undefined {
  const tokens = tokensOf(context);
  const by = tokens.findIndex((t, j) => j > v && j <= v + 4 && t.lower === 'by');
  if (by < 0) return undefined;
  const names = namesIn(context, by + 1, Math.min(tokens.length - 1, by + 6)).filter((m) => !isPossessor(context, m));
  return names[0];
}

/** The title a work noun stands beside: "the documentary Salt Roads", "Salt Roads, a documentary released ...". */
export function workTitle(context: SentenceContext, noun: number): Fact | undefined {
  const tokens = tokensOf(context);
  let k = noun + 1;
  while (k < tokens.length && [',', '"', '“', 'the'].includes(tokens[k]!.lower) && k - noun <= 3) k++;
  const after = k - noun <= 3 ? namesIn(context, k, k).find((m) => m.span[0] >= tokens[k]!.start) : undefined;
  if (after !== undefined) return after;
  const start = phraseStart(tokens, noun);
  return tokens[start - 1]?.text === ',' ? nameEndingAt(context, start - 2) : undefined;
}
