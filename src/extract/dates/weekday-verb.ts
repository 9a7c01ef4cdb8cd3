/** Attaching a weekday to its verb: "The United States on Tuesday expressed concern", "was arrested Monday". */
import { RELATIONAL_PARTICIPLES } from '../../language/en/relational-participles.js';
import { isClauseBoundary, isPunct } from '../parse.js';
import type { DateMatch, ParsedSentence, Token } from '../types.js';

const SKIP_BACK = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART', 'PRON', 'AUX']);

function verbLemma(token: Token): string {
  return token.lemma;
}

/** A hyphen inside a compound ("10-year", "long-awaited"): part of a word, not a clause break. */
function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.text === '-' || t.text === '‑') && tokens[k + 1]?.spaced === false;
}

/** A verb form inside a hyphenated compound adjective ("long-awaited", "Russian-backed") is no verb. */
function isCompoundPart(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.spaced === false && isJoiningHyphen(tokens, k - 1);
}

/** Relative pronouns that open a clause of their own inside a sentence. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * The verb of a relative clause a weekday stands in ("the quake that struck the highlands early Wednesday"): the
 * nearest verb before it, when a relative pronoun opens its stretch (across auxiliaries and adverbs).
 */
function relativeClauseVerb(tokens: readonly Token[], first: number): Token | undefined {
  for (let k = first - 1, steps = 0; k >= 1 && steps < 10; k--, steps++) {
    const t = tokens[k]!;
    if (isClauseBoundary(t)) return undefined;
    if (t.pos !== 'VERB') continue;
    let j = k - 1;
    while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
    return RELATIVE_PRONOUNS.has(tokens[j]?.lower ?? '') ? t : undefined;
  }
  return undefined;
}

/** The verb a weekday phrase belongs to: the nearest verb before it in its clause, else after it. */
export function attachedVerb(parsed: ParsedSentence, match: DateMatch): { verb?: string; noun?: string } {
  const { tokens } = parsed;
  const after = tokens[match.last + 1];
  if (after !== undefined && (after.lower === "'s" || after.lower === '’s')) {
    const noun = tokens.slice(match.last + 2, match.last + 5).find((t) => t.pos === 'NOUN');
    return noun !== undefined ? { noun: noun.lemma } : {};
  }
  // "The quake that struck early Wednesday has risen to 13": in a relative clause, the clause's own verb.
  const relative = relativeClauseVerb(tokens, match.first);
  if (relative !== undefined) return { verb: verbLemma(relative) };
  // "The United States on Tuesday expressed concern": a verb right after the phrase is its own.
  for (let k = match.last + 1; k < tokens.length && k <= match.last + 3; k++) {
    const t = tokens[k];
    if (t === undefined || RELATIONAL_PARTICIPLES.has(t.lower)) break;
    if (t.pos === 'VERB') return { verb: verbLemma(t) };
    // "on Tuesday had not expressed" but not "on Friday to discuss"
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.lower !== 'not' && t.lower !== "n't") break;
  }
  for (let k = match.first - 1, steps = 0; k >= 0 && steps < 14; k--, steps++) {
    const t = tokens[k];
    if (t === undefined || isClauseBoundary(t)) break;
    if (isJoiningHyphen(tokens, k) || isCompoundPart(tokens, k)) continue;
    // "Arrested following the fire Monday": the weekday may date the fire or the arrest; say neither.
    if (RELATIONAL_PARTICIPLES.has(t.lower)) return {};
    if (t.pos === 'VERB') return { verb: verbLemma(t) };
    if (!SKIP_BACK.has(t.pos)) break;
  }
  let k = match.last + 1;
  // A fronted "On Tuesday, ..." may be followed by a comma before its clause.
  if (tokens[k]?.text === ',' && tokens.slice(0, match.first).every((t) => ['on', 'late', 'early', 'by', 'last', 'next', 'this'].includes(t.lower) || isPunct(t))) k++;
  for (let steps = 0; k < tokens.length && steps < 10; k++, steps++) {
    const t = tokens[k];
    if (t === undefined || isClauseBoundary(t) || RELATIONAL_PARTICIPLES.has(t.lower)) break;
    if (t.pos === 'VERB') return { verb: verbLemma(t) };
  }
  return {};
}
