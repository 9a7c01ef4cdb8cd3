/**
 * What a calendar date dates, read from its own clause: the happening (the verb governing it, or the event noun it
 * modifies or follows) and the argument that tells one happening of its kind from another (the verb's object or
 * charge, a title, a name inside the noun phrase); date-parties.ts reads who takes part. Reads wink's tokens and
 * the extract stage's name mentions; knows nothing of values.
 */
import { countedClass } from '../../extract/index.js';
import { baseCandidates, pastParticiple } from '../../language/en/inflect.js';
import type { Fact } from '../../types.js';
import {
  BOUND_WORDS, CLAUSE_OPENERS, HAPPENING_FOLDS, LIGHT_VERBS, ONCE_IN_A_LIFE, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, SPAN_JOINERS,
  PHRASAL_VERBS, TIME_NOUNS, VERB_COMPLEMENTS, WORK_NOUNS,
} from '../lexicon/en/dated-happenings.js';
import type { SentenceContext, Token } from '../model.js';
import { isVerbLemma, senseOffsets, synsetAt } from '../wordnet.js';
import { isPersonNoun } from './unit-text.js';

/** The happening a date dates. */
export interface Happening {
  /** Folded, so outlets meet: "convict" for "was convicted", "was found guilty", "the verdict". */
  key: string;
  kind: 'verb' | 'noun';
  /** The verb's lemma or the noun, for labels. */
  word: string;
  /** Token index of the verb or noun. */
  at: number;
  /** "was found": the clause's subject is what the happening befell. */
  passive: boolean;
  /** Words completing the verb ("guilty", "down"), for labels. */
  complement: string[];
  /** For a noun: where its noun phrase starts and ends (token indices). */
  phrase?: [number, number];
  /** The verb's clause starts at the date: its subject lies between the date and the verb. */
  after?: number;
}

/** What tells one happening of its kind from another. */
export interface Argument {
  /** A name key or a noun's class: "ins tabar", "vessel". */
  key: string;
  /** As shown in a label: "INS Tabar", "the vessel", "of murder". */
  words: string;
  /** What it is to the happening: its object, what it befell or what did it, a complement, a name within a phrase. */
  role: 'object' | 'patient' | 'agent' | 'complement' | 'within' | 'title';
  /** A name, not a noun's class. */
  name: boolean;
  /** The token index its phrase ends at. */
  end?: number;
}

export const tokensOf = (context: SentenceContext) => context.parsed.tokens;

/** Token indices [first, last] a mention covers. */
export function tokenRange(context: SentenceContext, span: readonly [number, number]): [number, number] | undefined {
  const tokens = tokensOf(context);
  const first = tokens.findIndex((t) => t.start >= span[0]);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= span[1]) last++;
  return [first, last];
}

/** Hedges before a date that leave its reading to the word before them: "in early 2005", "around March". */
const DATE_HEDGES = new Set(['early', 'late', 'mid', 'around', 'about', 'circa', 'approximately', 'roughly', '-']);

function wordBefore(context: SentenceContext, first: number): number {
  let k = first - 1;
  while (k >= 0 && DATE_HEDGES.has(tokensOf(context)[k]!.lower)) k--;
  return k;
}

/**
 * Whether a date is a bound or one end of a span: "since 2005", "until 1998", "from 2005 to 2010", "between 1999
 * and 2003". Neither is the day of a happening, and one end of a span is not comparable with a point.
 */
export function isBoundOrSpan(context: SentenceContext, first: number, last: number, dates: readonly Fact[]): boolean {
  const tokens = tokensOf(context);
  const before = tokens[wordBefore(context, first)];
  if (before !== undefined && BOUND_WORDS.has(before.lower)) return true;
  const dateAt = (k: number, edge: 0 | 1) => tokens[k] !== undefined && dates.some((d) => d.span[edge] === (edge === 0 ? tokens[k]!.start : tokens[k]!.end));
  const next = tokens[last + 1];
  if (next !== undefined && SPAN_JOINERS.has(next.lower) && dateAt(last + 2, 0)) return true;
  return before !== undefined && SPAN_JOINERS.has(before.lower) && dateAt(wordBefore(context, first) - 1, 1);
}

/**
 * The lemma of a token that acts as its clause's verb: a verb wink tags as one, or a participle it tags as an
 * adjective right after its subject ("Voss married in 1961"), whose base form WordNet knows as a verb.
 */
export function verbLemma(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k]!;
  // "born-again", "hard-hit": a hyphened compound is a modifier, not the clause's verb.
  const [next, previous] = [tokens[k + 1], tokens[k - 1]];
  if ((next?.text === '-' && !next.spaced) || (t.spaced === false && previous?.text === '-')) return undefined;
  if (t.pos === 'VERB') return t.lemma;
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || !['PROPN', 'PRON', 'NOUN', 'AUX'].includes(previous?.pos ?? '')) return undefined;
  return baseCandidates(t.lower, 'ed').find(isVerbLemma);
}

function isVerb(tokens: readonly Token[], k: number): boolean {
  const lemma = verbLemma(tokens, k);
  return lemma !== undefined && !LIGHT_VERBS.has(lemma);
}

const ENDS_CLAUSE = (t: Token) => t.text === ';' || t.text === ':' || t.text === ',' || CLAUSE_OPENERS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower);

/** The verb before a date in its clause: "was convicted March 20", "won the belt in 2001". */
export function verbBefore(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from, steps = 0; k >= 0 && steps < 20; k--, steps++) {
    if (ENDS_CLAUSE(tokens[k]!)) return undefined;
    if (isVerb(tokens, k)) return k;
  }
  return undefined;
}

/** The verb after a date that opens its clause: "In 1957, Page disappeared", "On November 19, Tabar sank". */
function verbAfter(tokens: readonly Token[], from: number): number | undefined {
  let k = from;
  if (tokens[k]?.text === ',') k++;
  for (let steps = 0; k < tokens.length && steps < 10; k++, steps++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || CLAUSE_OPENERS.has(t.lower)) return undefined;
    if (isVerb(tokens, k)) return k;
  }
  return undefined;
}

/** Whether a date opens its clause: at the sentence's start or after a comma or a conjunction, with its preposition. */
function opensClause(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && DATE_HEDGES.has(tokens[k]!.lower)) k--;
  if (k >= 0 && tokens[k]!.pos === 'ADP') k--;
  const t = tokens[k];
  return t === undefined || t.text === ',' || t.text === ';' || CLAUSE_OPENERS.has(t.lower) || (k === 0 && t.pos === 'ADV');
}

/** "was convicted", "had been commandeered": a participle after a form of "be" or "get". */
function isPassive(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v]!;
  if (verb.lower !== pastParticiple(verbLemma(tokens, v) ?? verb.lemma) && !verb.lower.endsWith('ed')) return false;
  let k = v - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not')) k--;
  const aux = tokens[k];
  return aux !== undefined && (aux.lemma === 'be' || aux.lemma === 'get');
}

/** Words after an object that complete its verb: "found Dana Crane guilty (of arson)". */
const OBJECT_COMPLEMENTS = new Set(['guilty', 'innocent', 'not']);

/** Words right after a verb that make it another happening: "broke down", "found guilty", "found not guilty". */
function complementOf(tokens: readonly Token[], v: number): string[] {
  const words: string[] = [];
  let k = v + 1;
  for (; k < tokens.length && VERB_COMPLEMENTS.has(tokens[k]!.lower) && words.length < 2; k++) words.push(tokens[k]!.lower);
  // "struck off the coast": a particle before a phrase is its preposition, unless the verb is phrasal ("knocked out
  // Thompson").
  const next = tokens[k];
  const phrase = next !== undefined && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(next.pos);
  const phrasal = words.length > 0 && PHRASAL_VERBS.has(`${tokens[v]!.lemma} ${words[0]}`);
  return phrase && !phrasal && !words.some((w) => OBJECT_COMPLEMENTS.has(w)) ? [] : words;
}

function fold(word: string, complement: readonly string[]): string {
  const phrase = [word, ...complement].join(' ');
  return HAPPENING_FOLDS.get(phrase) ?? HAPPENING_FOLDS.get(`${word} ${complement[0] ?? ''}`) ?? (complement.length > 0 ? phrase : (HAPPENING_FOLDS.get(word) ?? word));
}

/**
 * Whether a noun names a person: the lexicon's, or a noun WordNet takes first for a person ("defendant", "reservist")
 * and not next for a thing ("trawler": a fisherman, then a boat).
 */
export function isPersonWord(token: Token): boolean {
  if (isPersonNoun(token)) return true;
  const senses = senseOffsets(token.lemma, 'noun') ?? [];
  const lexFile = (k: number) => (senses[k] !== undefined ? synsetAt(senses[k]!, 'noun').lexFile : undefined);
  return lexFile(0) === 18 && lexFile(1) !== 6;
}

/** Whether a noun names a happening: one of the lexicon's, a work, or (its first sense) an act, event or process. */
export function isEventNoun(lemma: string): boolean {
  if (TIME_NOUNS.has(lemma)) return false;
  if (HAPPENING_FOLDS.has(lemma) || WORK_NOUNS.has(lemma)) return true;
  const first = senseOffsets(lemma, 'noun')?.[0];
  return first !== undefined && [4, 11, 22].includes(synsetAt(first, 'noun').lexFile);
}

export const NOUNISH = (t: Token) => ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || (t.text === '-' && !t.spaced);

/** A noun phrase's head after a date that modifies it: "the 2006 HBO movie" -> movie, "her 1972 divorce" -> divorce. */
function modifiedNoun(tokens: readonly Token[], first: number, last: number): number | undefined {
  const before = tokens[first - 1];
  const opens = before === undefined || before.pos === 'DET' || POSSESSIVE_PRONOUNS.has(before.lower) || /^['’]s$/.test(before.text);
  if (!opens) return undefined;
  let head: number | undefined;
  for (let k = last + 1; k < tokens.length && NOUNISH(tokens[k]!); k++) {
    // "the 1998 documentary Salt Roads": a name after the noun is its title, not its head.
    if (tokens[k]!.pos === 'PROPN' && head !== undefined && tokens[head]!.pos === 'NOUN') break;
    if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') head = k;
  }
  return head !== undefined && tokens[head]!.pos === 'NOUN' ? head : undefined;
}

/** Where the noun phrase ending at `head` starts: "her third marriage", "Playboy's January 1955 centerfold". */
export function phraseStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k - 1 >= 0 && (NOUNISH(tokens[k - 1]!) || tokens[k - 1]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[k - 1]!.lower))) {
    k--;
    if (tokens[k]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[k]!.lower)) break;
  }
  return k;
}

/**
 * An event noun right before the date's preposition, heading a phrase of its own: "the hearing in 1955", "her
 * breakdown in 1972". After a verb or inside another phrase ("finished his career in 1978", "disappeared from the
 * scene in 1958", "sentenced to death in 2007") the date is the verb's.
 */
function nounBefore(tokens: readonly Token[], first: number): number | undefined {
  const prep = tokens[first - 1];
  const noun = tokens[first - 2];
  if (prep === undefined || !['in', 'on', 'of', 'during'].includes(prep.lower) || noun?.pos !== 'NOUN' || !isEventNoun(noun.lemma)) return undefined;
  // "the tsunami of 2004" is the tsunami's date wherever the phrase stands.
  if (prep.lower === 'of') return first - 2;
  const start = phraseStart(tokens, first - 2);
  const before = tokens[start - 1];
  return before !== undefined && (before.pos === 'ADP' || before.pos === 'VERB') ? undefined : first - 2;
}

/** The happening a date at tokens [first, last] dates, or undefined when its clause names none. */
export function happeningOf(context: SentenceContext, first: number, last: number): Happening | undefined {
  const tokens = tokensOf(context);
  const modified = modifiedNoun(tokens, first, last);
  const noun = modified ?? nounBefore(tokens, first);
  if (noun !== undefined) {
    const t = tokens[noun]!;
    const start = modified !== undefined ? first : phraseStart(tokens, noun);
    const key = WORK_NOUNS.has(t.lemma) ? 'release' : fold(t.lemma, []);
    return { key, kind: 'noun', word: t.lemma, at: noun, passive: false, complement: [], phrase: [start, noun] };
  }
  const opening = opensClause(tokens, first);
  const v = opening ? verbAfter(tokens, last + 1) : verbBefore(tokens, first - 1);
  if (v === undefined) return undefined;
  const verb = tokens[v]!;
  const lemma = verbLemma(tokens, v)!;
  // "born on April 22, 1923": a person's date of birth.
  if (lemma === 'bear' && verb.lower === 'born') return { key: 'birth', kind: 'verb', word: 'bear', at: v, passive: true, complement: [] };
  const complement = complementOf(tokens, v);
  return { key: fold(lemma, complement), kind: 'verb', word: lemma, at: v, passive: isPassive(tokens, v), complement, ...(opening ? { after: last + 1 } : {}) };
}

// --------------------------------------------------------------------------------------------- arguments

export function namesIn(context: SentenceContext, from: number, to: number): Fact[] {
  const tokens = tokensOf(context);
  const [start, end] = [tokens[from]?.start ?? Infinity, tokens[to]?.end ?? -Infinity];
  return context.mentions.filter((m) => m.kind === 'name' && m.span[0] < end && m.span[1] > start);
}

/**
 * The noun phrase from token `k`, across a leading quote mark and determiner, adjectives, compounds and "and"
 * between nouns ("the WBC and IBF belts"): its first and head (last noun or name) token.
 */
function phraseAt(tokens: readonly Token[], k: number, skip: ReadonlySet<number>): [number, number] | undefined {
  let j = k;
  if (tokens[j]?.text === '"' || tokens[j]?.text === '“') j++;
  if (tokens[j]?.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[j]?.lower ?? '')) j++;
  // "struck 431 kilometres off Aceh", "scored 20 points": a figure is an amount, not what the happening befell.
  if (tokens[j]?.pos === 'NUM') return undefined;
  let head: number | undefined;
  for (; j < tokens.length && !skip.has(j); j++) {
    const t = tokens[j]!;
    // "the WBC and IBF belts", "a Los Angeles County Sheriff's deputy": one phrase.
    const joins = (t.lower === 'and' || /^['’]s$/.test(t.text)) && head !== undefined && tokens[j + 1] !== undefined && NOUNISH(tokens[j + 1]!) && !skip.has(j + 1);
    if (!NOUNISH(t) && !joins) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = j;
  }
  return head === undefined ? undefined : [k, head];
}

/** A noun phrase as an argument: the name that is its head, else its head noun's class ("trawler" -> vessel). */
function argumentOf(context: SentenceContext, phrase: [number, number], role: Argument['role'], lead = ''): Argument | undefined {
  const tokens = tokensOf(context);
  const head = tokens[phrase[1]]!;
  // "stealth frigate INS Tabar" is INS Tabar; "a Somalian pirate vessel" is a vessel, whatever names modify it.
  const name = namesIn(context, phrase[1], phrase[1])[0];
  if (name !== undefined) return { key: String(name.value), words: `${lead}${name.text}`, role, name: true, end: phrase[1] };
  if (head.pos !== 'NOUN' || TIME_NOUNS.has(head.lemma)) return undefined;
  const kind = isPersonWord(head) ? 'person' : (countedClass(head.lemma) ?? head.lemma);
  return { key: kind, words: lead !== '' ? `${lead}${head.lemma}` : `the ${head.lemma}`, role, name: false, end: phrase[1] };
}

/** Prepositions whose name tells a happening apart ("served in Iraq", "fought against Lewis"). */
const NAMING_PREPOSITIONS = new Set(['in', 'at', 'against', 'with', 'for', 'over']);
/** Prepositions of a charge or a cause ("convicted of murder", "sentenced for assault"). */
const CHARGE_PREPOSITIONS = new Set(['of', 'for']);

/**
 * What a verb's happening is done to: its object ("sank a trawler"; after a coordinated earlier date, the phrase
 * after "and": "won the belt in 2001 and the title in 2005"), a charge ("convicted of murder"), a name it is done
 * in or against ("served in Iraq").
 */
export function verbArgument(context: SentenceContext, h: Happening, first: number, last: number): Argument | undefined {
  const tokens = tokensOf(context);
  // Dates and times are no object ("happened around 3:30 a.m. on Sunday"), this one or another.
  const dateTokens = new Set<number>();
  for (const m of context.mentions) {
    if (m.kind !== 'date' && m.kind !== 'weekday') continue;
    tokens.forEach((t, j) => t.start >= m.span[0] && t.end <= m.span[1] && dateTokens.add(j));
  }
  for (let k = first; k <= last; k++) dateTokens.add(k);
  let k = h.at + 1 + h.complement.length;
  // Another date between the verb and this one: the object of this date is after the last "and" before it.
  const earlier = context.mentions.filter((m) => m.kind === 'date' && m.span[0] > tokens[h.at]!.end && m.span[1] <= tokens[first]!.start);
  if (earlier.length > 0) {
    const and = tokens.findIndex((t, j) => j > k && j < first && t.lower === 'and' && t.start > earlier[earlier.length - 1]!.span[1]);
    if (and >= 0) k = and + 1;
  }
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || dateTokens.has(k) || DATE_HEDGES.has(tokens[k]!.lower))) k++;
  const t = tokens[k];
  if (t === undefined) return undefined;
  if (!h.passive && t.pos !== 'ADP') {
    const phrase = phraseAt(tokens, k, dateTokens);
    if (phrase !== undefined) return argumentOf(context, phrase, 'object');
  }
  if (t.pos !== 'ADP') return undefined;
  const phrase = phraseAt(tokens, k + 1, dateTokens);
  if (phrase === undefined) return undefined;
  if (CHARGE_PREPOSITIONS.has(t.lower)) {
    const charge = argumentOf(context, phrase, 'complement', `${t.lower} `);
    if (charge !== undefined) return charge;
  }
  // A person is born and dies once: where ("born in Leeds") tells no birth apart from another.
  if (ONCE_IN_A_LIFE.has(h.word)) return undefined;
  const named = NAMING_PREPOSITIONS.has(t.lower) ? argumentOf(context, phrase, 'complement', `${t.lower} `) : undefined;
  return named?.name === true ? named : undefined;
}

/**
 * What tells a noun's happening apart: a title right after it ("the 2005 film The Notorious Bettie Page"), what
 * follows "of" ("the 2005 murder of Jerry Ortiz"), or a name inside its phrase ("a 1955 Senate hearing").
 */
export function nounArgument(context: SentenceContext, h: Happening): Argument | undefined {
  const tokens = tokensOf(context);
  let k = h.at + 1;
  while (k < tokens.length && (tokens[k]!.text === ',' || tokens[k]!.text === '"' || tokens[k]!.lower === 'the') && k - h.at <= 3) k++;
  const title = namesIn(context, k, k).find((m) => m.span[0] <= tokens[k]!.start + 1);
  if (title !== undefined && k - h.at <= 3) return { key: String(title.value), words: title.text, role: 'title', name: true };
  if (tokens[h.at + 1]?.lower === 'of') {
    const phrase = phraseAt(tokens, h.at + 2, new Set());
    const of = phrase !== undefined ? argumentOf(context, phrase, 'complement', 'of ') : undefined;
    if (of !== undefined) return of;
  }
  const [start] = h.phrase!;
  const within = namesIn(context, start, h.at - 1).filter((m) => m.span[0] >= tokens[start]!.start && !isPossessor(context, m));
  const name = within[within.length - 1];
  return name !== undefined ? { key: String(name.value), words: name.text, role: 'within', name: true } : undefined;
}

export function isPossessor(context: SentenceContext, name: Fact): boolean {
  return /^\s*['’]s\b/.test(context.sentence.text.slice(name.span[1]));
}

/** "found Dana Crane guilty of arson": the complement after the object ("guilty") and the charge after it. */
export function objectComplement(context: SentenceContext, end: number): { complement: string[]; charge?: Argument } | undefined {
  const tokens = tokensOf(context);
  const complement: string[] = [];
  let k = end + 1;
  while (k < tokens.length && OBJECT_COMPLEMENTS.has(tokens[k]!.lower) && complement.length < 2) complement.push(tokens[k++]!.lower);
  if (!complement.some((w) => w !== 'not')) return undefined;
  const prep = tokens[k];
  const phrase = prep !== undefined && CHARGE_PREPOSITIONS.has(prep.lower) ? phraseAt(tokens, k + 1, new Set()) : undefined;
  const charge = phrase !== undefined ? argumentOf(context, phrase, 'complement', `${prep!.lower} `) : undefined;
  return { complement, ...(charge !== undefined ? { charge } : {}) };
}

/** The happening a verb and its complement name, folded ("find guilty" -> convict). */
export function foldedHappening(word: string, complement: readonly string[]): string {
  return fold(word, complement);
}
