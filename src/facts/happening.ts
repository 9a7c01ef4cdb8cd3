/**
 * Finding the happening a clause speaks of, for the measures that tie a value to one: the lexicon's happenings
 * first ("wed", "heart attack"), else an event verb of the clause ("bought" -> buying). Verbs of a career or a state
 * ("worked there for 15 years") and of reporting ("said two days ago") are told apart, so a measure can abstain.
 */
import { gameHappeningAt, type GameHappening } from './lexicon/en/game.js';
import { CAREER_WORDS, DETERMINED_HAPPENINGS, happeningByKey, happeningOfPair, happeningOfWord, LIGHT_VERBS, REPORTING_VERBS, type Happening } from './lexicon/en/happenings.js';
import { gerund } from '../language/en/inflect.js';
import { PASSIVE_AUXILIARIES } from './lexicon/en/settings.js';
import type { Token } from './model.js';

/** A happening found in a clause: from the lexicon, or an open verb named by its gerund (`open`). */
export interface FoundHappening extends Happening {
  open?: true;
  /** An open verb in the passive ("was restricted"): what happened to something, not what someone spent time doing. */
  passive?: true;
  /** Its first token. */
  at: number;
}

/** What a search found: a happening, or a reason to abstain. */
export type Found = FoundHappening | 'career' | 'report' | undefined;

/** The lexicon happening that starts at token k: two words ("heart attack", "locked down") or one. */
export function lexiconHappening(tokens: readonly Token[], k: number): Happening | undefined {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (next !== undefined) {
    const pair = happeningOfPair(t.lemma, next.lower) ?? happeningOfPair(t.lower, next.lower) ?? happeningOfPair(t.lemma, next.lemma);
    if (pair !== undefined) return pair;
  }
  // "attack" in "heart attack" is the heart attack, read from its first word.
  const previous = tokens[k - 1];
  if (previous !== undefined && (happeningOfPair(previous.lemma, t.lower) ?? happeningOfPair(previous.lower, t.lower)) !== undefined) return undefined;
  // "the fire", "a fire": the blaze; "opened fire": gunfire, no happening of the lexicon.
  const determined = DETERMINED_HAPPENINGS.get(t.lemma);
  if (determined !== undefined) return t.pos === 'NOUN' && previous?.pos === 'DET' ? happeningByKey(determined) : undefined;
  return happeningOfWord(t.lemma, t.lower);
}

/**
 * What token k says of the clause's happening, read as a lexicon word or an event verb ('skip': nothing; 'light':
 * a verb whose subject or object names the happening).
 */
export function happeningOfToken(tokens: readonly Token[], k: number): Found | 'skip' | 'light' {
  const t = tokens[k]!;
  const known = lexiconHappening(tokens, k);
  if (known !== undefined) return { ...known, at: k };
  if (CAREER_WORDS.has(t.lemma) || CAREER_WORDS.has(t.lower)) return 'career';
  if (t.pos === 'AUX') return t.lemma === 'be' || t.lemma === 'have' ? 'light' : 'skip';
  if (t.pos !== 'VERB') return 'skip';
  if (REPORTING_VERBS.has(t.lemma)) return 'report';
  if (LIGHT_VERBS.has(t.lemma)) return 'light';
  // "a cult following": a verb form used as a noun.
  if (!/^[a-z-]+$/.test(t.lemma) || ['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) return 'skip';
  let aux = k - 1;
  while (tokens[aux]?.pos === 'ADV') aux--;
  const passive = tokens[aux]?.pos === 'AUX' && PASSIVE_AUXILIARIES.has(tokens[aux]!.lemma);
  return { key: t.lemma, noun: gerund(t.lemma), open: true, ...(passive ? { passive: true as const } : {}), at: k };
}

/**
 * The happening of a clause, searched from token `from` (exclusive) toward `to` (inclusive, either way): the
 * nearest lexicon word or event verb. Light verbs ("suffered", "was") are passed over: their object or subject
 * names the happening ("a heart attack suffered three weeks ago"), so past one only the lexicon's words count.
 * `lexiconOnly`: open verbs never count.
 */
export function nearestHappening(tokens: readonly Token[], from: number, to: number, lexiconOnly = false): Found {
  const step = to >= from ? 1 : -1;
  let light = lexiconOnly;
  for (let k = from + step; step > 0 ? k <= to : k >= to; k += step) {
    const found = happeningOfToken(tokens, k);
    if (found === 'light') light = true;
    else if (found !== 'skip' && !(light && typeof found === 'object' && found.open === true)) return found;
  }
  return undefined;
}

/**
 * The happening a phrase after "before" / "after" names ("the shooting", "suffering a heart attack", "her husband
 * was murdered"): within a few words, a lexicon happening or an event verb; a noun outside the lexicon ("the
 * southeastern city of Bam") names none.
 */
export function anchorHappening(tokens: readonly Token[], from: number, last: number): FoundHappening | undefined {
  for (let k = from; k <= Math.min(last, from + 6); k++) {
    if (tokens[k]!.pos === 'PUNCT') break;
    const found = happeningOfToken(tokens, k);
    if (found === 'career' || found === 'report') return undefined;
    if (typeof found === 'object') return found;
  }
  return undefined;
}

/** The game happening of a clause (a stoppage, a knockdown, the record) nearest to the words at `at` (a token range). */
export function nearestGameHappening(tokens: readonly Token[], at: [number, number], first: number, last: number): GameHappening | undefined {
  let best: { happening: GameHappening; distance: number } | undefined;
  for (let k = first; k <= last; k++) {
    if (k >= at[0] && k <= at[1]) continue;
    const happening = gameHappeningAt(tokens, k);
    const distance = k < at[0] ? at[0] - k : k - at[1];
    if (happening !== undefined && (best === undefined || distance < best.distance)) best = { happening, distance };
  }
  return best?.happening;
}
