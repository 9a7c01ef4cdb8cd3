/**
 * The noun English makes of a verb for its happening with a suffix ("promote" -> "promotion", "appoint" ->
 * "appointment", "arrive" -> "arrival"), for labels: "date of the promotion", not "date of the promoting".
 * Candidates are built by the common suffixes and kept only where WordNet knows the noun as an act, a happening
 * or a process derived from a verb; undefined when none is.
 */
import { NOMINAL_SUFFIXES } from './lexicon/en/nominal-suffixes.js';
import { senseOffsets, synsetAt } from './wordnet.js';

/** WordNet's files of acts (4), happenings (11) and processes (22). */
const HAPPENING_FILES: ReadonlySet<number> = new Set([4, 11, 22]);

export function nominalOf(verb: string): string | undefined {
  if (nominals.has(verb)) return nominals.get(verb);
  const stem = verb.replace(/e$/, '');
  // Only derived forms: a verb used as a noun is often another thing ("a revoke" is a card game's misplay, "a
  // kill" a hunter's), where its gerund is plain ("the killing").
  const candidates = new Set(NOMINAL_SUFFIXES.flatMap((suffix) => [`${verb}${suffix}`, `${stem}${suffix}`]));
  const found = [...candidates].find((noun) => isHappeningNoun(noun));
  nominals.set(verb, found);
  return found;
}

/** Each verb's noun, once looked up: labels ask for the same few verbs again and again. */
const nominals = new Map<string, string | undefined>();

/** Senses of a noun read: "promotion" is first publicity, then the act of raising someone in rank. */
const SENSES = 2;

/** A noun with a common sense that is an act, a happening or a process, linked in WordNet to a verb. */
function isHappeningNoun(noun: string): boolean {
  return (senseOffsets(noun, 'noun') ?? []).slice(0, SENSES).some((offset) => {
    const synset = synsetAt(offset, 'noun');
    return HAPPENING_FILES.has(synset.lexFile) && synset.pointers.some((p) => p.symbol === '+' && p.pos === 'v');
  });
}
