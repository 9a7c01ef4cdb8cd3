/**
 * The verb that governs a figure: a passive or predicate after the counted noun ("were killed", "24 dead"), the
 * verb the figure is the object of ("killing 10 people"), an active verb after it ("Four people died"), or a verb one
 * prepositional phrase back ("engaged in conflict with six"). Verbs that report the figure ("said") are not it.
 */
import { COUNT_PARTICIPLES, DONE_TO_OTHERS_VERBS, OBJECT_OPENING_WORDS, PREDICATE_ADJECTIVES, VERB_FAMILIES } from '../../facts/lexicon/en/count-verbs.js';
import { EVENT_IDIOMS } from '../../facts/lexicon/en/event-idioms.js';
import { BASE_OF_PARTICIPLE } from '../../language/en/irregular-verbs.js';
import { BELIEF_VERBS, SAYING_VERBS } from '../../language/en/speech-verbs.js';
import { eventFamily } from '../events.js';
import type { ParsedSentence, Token } from '../types.js';

/** Verbs that report numbers rather than act on them: "said 50 were injured" ties 50 to "injure". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...SAYING_VERBS, ...BELIEF_VERBS]);

/** Family of a verb lemma ("die" and "kill" -> "kill", "wound" -> "injure"); the lemma itself otherwise. */
export function verbFamily(lemma: string): string {
  return VERB_FAMILIES.get(lemma) ?? lemma;
}

function predicateVerb(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined;
  const adjective = PREDICATE_ADJECTIVES.get(token.lower);
  if (adjective !== undefined && token.pos !== 'NOUN') return adjective;
  return undefined;
}

/** "killing 10 people", "engaged six Chinese fighters": the verb the number is the object of. */
function verbBefore(parsed: ParsedSentence, first: number, nounEnd: number): string | undefined {
  const { tokens } = parsed;
  const between = idiomBetween(tokens, first);
  if (between !== undefined) return between;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const t = tokens[k] as Token;
    // "took 23 people into custody": the idiom's words follow the object.
    if (t.pos === 'VERB') return REPORTING_VERBS.has(t.lemma) ? undefined : idiomatic(tokens, k, nounEnd + 1);
    // "shot dead five people": the idiom's own words stand between the verb and its object.
    const verb = tokens[k - 1];
    const idiom = verb?.pos === 'VERB' && !REPORTING_VERBS.has(verb.lemma) ? idiomatic(tokens, k - 1, k) : undefined;
    if (idiom !== undefined && idiom !== verb!.lemma) return idiom;
    // "engaged in conflict with six", "took 23 into custody" stay out: only light words between.
    if (!(t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'PART' || (t.pos === 'ADJ' && ['another', 'other', 'further', 'additional'].includes(t.lower)))) return undefined;
  }
  return undefined;
}

/** "claimed the lives of 12 people": an idiom whose words stand between its verb and the count. */
function idiomBetween(tokens: readonly Token[], first: number): string | undefined {
  for (const idiom of EVENT_IDIOMS) {
    for (const words of idiom.between ?? []) {
      const verb = tokens[first - words.length - 1];
      if (verb?.pos !== 'VERB' || !idiom.verbs.includes(verb.lemma)) continue;
      if (words.every((w, j) => tokens[first - words.length + j]?.lower === w)) return idiom.means;
    }
  }
  return undefined;
}

interface VerbAfter {
  verb: string;
  /** Passive, predicate or participle ("were killed", "24 dead", "200 injured"): outranks a verb before the number. */
  strong: boolean;
}

/** "10 people were killed", "24 dead", "two Chinese nationals had been captured": the verb after the noun phrase. */
function verbAfter(parsed: ParsedSentence, from: number): VerbAfter | undefined {
  const { tokens } = parsed;
  let auxiliary = false;
  for (let k = from, steps = 0; k < tokens.length && steps < 5; k++, steps++) {
    const t = tokens[k] as Token;
    // "Four suspects killed a guard", "two gunmen shot dead a man": a deed done to others, told in the active with its
    // object after it; the counted did it, nothing befell them.
    if (t.pos === 'VERB' && !auxiliary && isDeedWithObject(tokens, k)) return undefined;
    const predicate = predicateVerb(t);
    // "were fatally wounded": an idiom around the predicate names the happening (killed), not the predicate alone.
    if (predicate !== undefined) {
      const idiom = t.pos === 'VERB' ? idiomatic(tokens, k) : t.lemma;
      return { verb: idiom !== t.lemma ? idiom : predicate, strong: true };
    }
    if (t.pos === 'VERB') {
      // "two others were found shot", "two men were found stabbed", "four were left wounded": the state they were found
      // or left in names what befell them.
      const state = STATE_VERBS.has(t.lemma) ? participleState(tokens[k + 1]) : undefined;
      if (state !== undefined) return { verb: state, strong: true };
      // "50 reported injured", "five people had been confirmed dead": the report is not the event.
      if (REPORTING_VERBS.has(t.lemma) || t.lemma === 'fear') {
        const event = verbAfter(parsed, k + 1 + (['to', 'as'].includes(tokens[k + 1]?.lower ?? '') ? 1 : 0));
        if (event !== undefined) return { verb: event.verb, strong: true };
      }
      // "five people were shooting": the counted did it (shooters), they were not shot; no verb is theirs to key.
      if (auxiliary && isDeedInProgress(t)) return undefined;
      const participle = /(?:ed|en)$/.test(t.lower) || COUNT_PARTICIPLES.has(t.lower);
      return { verb: idiomatic(tokens, k), strong: auxiliary || (steps === 0 && participle) };
    }
    // "Seven shot, one killed": a participle the tagger read as a noun, right after the figure (see noun-phrase.ts).
    if (steps === 0 && t.pos === 'NOUN' && COUNT_PARTICIPLES.has(t.lower) && from > 0 && tokens[from - 1]!.pos === 'NUM') {
      const lemma = BASE_OF_PARTICIPLE.get(t.lower);
      if (lemma !== undefined) return { verb: lemma, strong: true };
    }
    if (t.pos === 'AUX') auxiliary = true;
    else if (t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  return undefined;
}

/**
 * A verb one prepositional phrase back: "engaged in conflict with six Chinese soldiers". Only
 * VERB ADP [NOUN] ADP before the number, and not a participle modifying a noun ("affected villages").
 */
function verbInClause(parsed: ParsedSentence, first: number): string | undefined {
  const { tokens } = parsed;
  if (!['with', 'against', 'to', 'from', 'into', 'on'].includes(tokens[first - 1]?.lower ?? '')) return undefined;
  let k = first - 2;
  if (tokens[k]?.pos === 'NOUN') k--;
  if (tokens[k]?.pos === 'ADP') k--;
  const t = tokens[k];
  if (t === undefined || t.pos !== 'VERB' || REPORTING_VERBS.has(t.lemma)) return undefined;
  if (tokens[k + 1]?.pos === 'NOUN') return undefined;
  return t.lemma;
}

/**
 * The verb: a passive or predicate after the noun ("were killed", "24 dead") first, then the verb
 * the number is the object of ("killing 10 people"), then an active verb after ("Four people died").
 */
export function governingVerb(parsed: ParsedSentence, first: number, nounEnd: number, isMeasure: boolean): string | undefined {
  // "33 trapped miners", "12 injured people": a participle of an event inside the noun phrase says what befell them.
  const modifier = participleInPhrase(parsed, first, nounEnd);
  if (modifier !== undefined) return modifier;
  const after = verbAfter(parsed, nounEnd + 1);
  if (after?.strong === true) return after.verb;
  return verbBefore(parsed, first, nounEnd) ?? after?.verb ?? (isMeasure ? undefined : verbInClause(parsed, first));
}

/** An event's past participle between a figure and its noun: "33 trapped miners", "12 injured people". */
function participleInPhrase(parsed: ParsedSentence, first: number, nounEnd: number): string | undefined {
  const { tokens } = parsed;
  for (let k = first + 1; k < nounEnd; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && t.lower !== t.lemma && eventFamily(t.lemma) !== undefined) return t.lemma;
  }
  return undefined;
}

/** Words passed over between an idiom's verb and its other words: "rushed immediately to hospital", "was then". */
const PASSED_IN_IDIOM: ReadonlySet<string> = new Set(['ADV', 'PART', 'AUX']);

/**
 * The happening the verb at token k names with the words around it ("rushed to hospital": hospitalize, "shot
 * dead": kill), else its own lemma. The idiom's words after the verb are read from `from` (after its object).
 */
export function idiomatic(tokens: readonly Token[], k: number, from = k + 1): string {
  const verb = tokens[k]!;
  let after = from;
  while (tokens[after] !== undefined && PASSED_IN_IDIOM.has(tokens[after]!.pos) && tokens[after]!.lower !== 'to') after++;
  let before = k - 1;
  while (tokens[before] !== undefined && tokens[before]!.pos === 'AUX') before--;
  for (const idiom of EVENT_IDIOMS) {
    if (!idiom.verbs.includes(verb.lemma)) continue;
    if (idiom.before?.includes(tokens[before]?.lower ?? '') === true) return idiom.means;
    // The idiom's words after the object ("took 23 people into custody") or right after the verb ("shot dead five").
    const at = (start: number) => idiom.after?.some((words) => words.every((w, j) => tokens[start + j]?.lower === w)) === true;
    if (at(after) || (from !== k + 1 && at(k + 1))) return idiom.means;
  }
  return verb.lemma;
}

/** Verbs whose object is found or left in a state: "found shot", "left wounded". */
const STATE_VERBS: ReadonlySet<string> = new Set(['find', 'leave']);

/** A past participle ("stabbed", "trapped"; "shot", which the tagger may read as a noun) as the lemma it befalls by. */
function participleState(t: Token | undefined): string | undefined {
  if (t === undefined) return undefined;
  if (t.pos === 'VERB' && t.lower !== t.lemma && /(?:ed|en)$/.test(t.lower)) return t.lemma;
  return COUNT_PARTICIPLES.has(t.lower) ? BASE_OF_PARTICIPLE.get(t.lower) : undefined;
}

/**
 * A deed done to others in the active, its object right after it (past "dead" or an adverb): "killed a guard",
 * "shot him", "robbed two banks". A time after the verb is no object ("two people shot this morning", "shot Sunday").
 */
export function isDeedWithObject(tokens: readonly Token[], k: number): boolean {
  if (!DONE_TO_OTHERS_VERBS.has(tokens[k]!.lemma) || tokens[k]!.lower.endsWith('ing')) return false;
  let j = k + 1;
  // Past a manner adverb ("fatally", "allegedly") or "dead", not a word that opens a clause ("injured when a quake ...").
  while (tokens[j] !== undefined && ((tokens[j]!.pos === 'ADV' && tokens[j]!.lower.endsWith('ly')) || tokens[j]!.lower === 'dead')) j++;
  const next = tokens[j];
  if (next === undefined) return false;
  return OBJECT_OPENING_WORDS.has(next.lower) || (next.pos === 'NUM' && /^\d/.test(next.text) && !/:/.test(tokens[j + 1]?.text ?? ''));
}

/** "Shooting", "stabbing": a deed done to others, in its progressive form, says what the counted did, not suffered. */
export function isDeedInProgress(t: Token): boolean {
  return t.pos === 'VERB' && t.lower.endsWith('ing') && DONE_TO_OTHERS_VERBS.has(t.lemma);
}
