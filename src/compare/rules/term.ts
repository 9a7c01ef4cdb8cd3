/**
 * Words of one kind: two sentences stating the same claim that differ by one term, where the two terms are kinds
 * of one close kind ("hid in a closet" / "hid in a kitchen", "a rifle" / "a handgun").
 * Synonyms and broader or narrower terms ("officer" / "policeman", "car" / "vehicle") are one outlet being more
 * or less precise, not a contradiction; WordNet tells which (facts/terms.ts).
 */
import { diffArrays } from 'diff';
import { parseSentence, type Token } from '../../extract/index.js';
import { termRelation } from '../../facts/index.js';
import type { Claim, ClaimSentence, Contradiction } from '../../types.js';

/** The most tokens a replaced stretch may have on either side: a word with its modifiers, not a clause. */
const MAX_REPLACED = 3;
/** The share of each sentence's words the two must have in common: they say the same thing but for the term. */
const MIN_SHARED = 0.6;

/** Content words a term may be: nouns, names and adjectives. */
const TERM_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

interface Replacement {
  a: Token[];
  b: Token[];
}

export function termContradictions(claim: Claim): Contradiction[] {
  const firstBySource = new Map<string, ClaimSentence>();
  for (const s of claim.sentences) if (!firstBySource.has(s.source)) firstBySource.set(s.source, s);
  const sentences = [...firstBySource.values()];
  const found: Contradiction[] = [];
  const reported = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const contradiction = termDispute(claim, sentences[i]!, sentences[j]!);
      if (contradiction === undefined) continue;
      const key = contradiction.values.map((v) => v.value).sort().join('|');
      if (reported.has(key)) continue;
      reported.add(key);
      found.push(contradiction);
    }
  }
  return found;
}

/** The one stretch two sentences replace, when all else is shared; undefined when they differ more than that. */
function onlyReplacement(a: Token[], b: Token[]): Replacement | undefined {
  const changes = diffArrays(a, b, { comparator: (x, y) => x.lemma === y.lemma });
  let replacement: Replacement | undefined;
  let shared = 0;
  for (let k = 0; k < changes.length; k++) {
    const part = changes[k]!;
    if (!part.added && !part.removed) {
      shared += part.value.filter((t) => t.pos !== 'PUNCT').length;
      continue;
    }
    // Punctuation and function words added or dropped change no fact.
    if (part.value.every((t) => !TERM_TAGS.has(t.pos) && t.pos !== 'NUM' && t.pos !== 'VERB')) continue;
    const next = changes[k + 1];
    if (!part.removed || next === undefined || !next.added || replacement !== undefined) return undefined;
    replacement = { a: part.value, b: next.value };
    k++;
  }
  if (replacement === undefined) return undefined;
  const words = (list: Token[]) => list.filter((t) => t.pos !== 'PUNCT').length;
  if (shared < MIN_SHARED * words(a) || shared < MIN_SHARED * words(b)) return undefined;
  if (replacement.a.length > MAX_REPLACED || replacement.b.length > MAX_REPLACED) return undefined;
  return replacement;
}

/** A name as written ("Leeds", "Friday"); an acronym ("SUV") is read as a common word. */
function isName(t: Token): boolean {
  return t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** The head of a replaced stretch: its last content word. */
function headOf(tokens: Token[]): Token | undefined {
  return [...tokens].reverse().find((t) => TERM_TAGS.has(t.pos));
}

function termDispute(claim: Claim, x: ClaimSentence, y: ClaimSentence): Contradiction | undefined {
  const [a, b] = [parseSentence(x.text).tokens, parseSentence(y.text).tokens];
  const replacement = onlyReplacement(a, b);
  if (replacement === undefined) return undefined;
  // Figures with their units ("six miles" / "10 kilometres") are the quantity measures' to compare.
  if ([...replacement.a, ...replacement.b].some((t) => t.pos === 'NUM')) return undefined;
  const [ha, hb] = [headOf(replacement.a), headOf(replacement.b)];
  // Names (people, places, days) are the name and weekday rules' to compare: WordNet knows some names as
  // instances, which says nothing of whether two outlets name one thing.
  if (ha === undefined || hb === undefined || isName(ha) || isName(hb)) return undefined;
  const pos = ha.pos === 'ADJ' && hb.pos === 'ADJ' ? 'adj' : 'noun';
  const relation = termRelation(ha.lemma, hb.lemma, pos);
  if (relation.kind !== 'sibling') return undefined;
  const value = (s: ClaimSentence, t: Token[]) => {
    const span: [number, number] = [t[0]!.start, t[t.length - 1]!.end];
    const words = s.text.slice(span[0], span[1]);
    return { source: s.source, value: words, line: s.line, claim: claim.id, text: s.text, span, words };
  };
  const [va, vb] = [value(x, replacement.a), value(y, replacement.b)];
  return {
    claim: claim.id,
    kind: 'term',
    strength: 'conflict',
    reason: `different words of one kind${relation.via !== undefined ? ` (${relation.via})` : ''}: "${va.words}" vs "${vb.words}" in sentences stating the same claim`,
    values: [va, vb],
  };
}
