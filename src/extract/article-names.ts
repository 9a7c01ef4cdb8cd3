/**
 * Surnames that are also words, at the head of a sentence: "Page became born again", "Long, 29, was killed",
 * "Brown said". The name scan reads one sentence and drops a capitalised first word the lexicon knows (so "Several
 * men" is no name); the article that wrote "Bettie Page" or "Gavin Long" before says whose the word is. A first word
 * that is the last word of a full name of the same article, and stands as a subject (a verb, a comma or a
 * possessive after it, not a noun: "Long lines formed"), is that name.
 */
import { isOrganisationHead, isSentenceInitial, isTitleHead, nameKey } from './names.js';
import type { Sentence } from '../types.js';
import type { ExtractedFact, NameFact, ParsedSentence } from './types.js';

/** Tags after a surname standing as the subject: "Page became", "Long was", "Brown, 45,". */
const SUBJECT_FOLLOWERS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** The surnames of the full names in one article's facts: "bettie page" -> "page". */
function surnamesOf(factLists: readonly (readonly ExtractedFact[])[]): Map<string, string> {
  const surnames = new Map<string, string>();
  for (const facts of factLists) {
    for (const f of facts) {
      if (f.kind !== 'name') continue;
      // "Gavin Long of Kansas City": the town written after a person's name is not part of it.
      const words = f.text.split(/\s+of\s+/)[0]!.split(/\s+/);
      const lowers = words.map((w) => w.toLowerCase());
      const last = lowers[lowers.length - 1]!;
      // A person's shape: two to four capitalised words, none a title's, an organisation's head, or a digit.
      if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
      if (lowers.some((w) => isTitleHead(w) || /\d/.test(w)) || isOrganisationHead(last)) continue;
      surnames.set(last, words[words.length - 1]!);
    }
  }
  return surnames;
}

/**
 * The facts of each sentence with the surnames its article's full names tell: a name fact added where a sentence
 * opens with one. `parsed[i]` and `factLists[i]` are the parse and the facts of `sentences[i]`; sentences of one
 * source are read together, whatever their order.
 */
export function withArticleNames<F extends ExtractedFact>(sentences: readonly Sentence[], parsed: readonly ParsedSentence[], factLists: readonly F[][]): F[][] {
  const bySource = new Map<string, number[]>();
  sentences.forEach((s, i) => bySource.set(s.source, [...(bySource.get(s.source) ?? []), i]));
  const out = [...factLists];
  for (const [source, indices] of bySource) {
    const surnames = surnamesOf(indices.map((i) => factLists[i]!));
    if (surnames.size === 0) continue;
    for (const i of indices) out[i] = withSurnames(factLists[i]!, parsed[i]!, surnames, source);
  }
  return out;
}

function withSurnames<F extends ExtractedFact>(facts: F[], parsed: ParsedSentence, surnames: ReadonlyMap<string, string>, source: string): F[] {
  const { tokens } = parsed;
  const added: NameFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const written = surnames.get(t.lower);
    // Only where the name scan drops a known word: at the head of the sentence or of a quotation or clause in it.
    if (written === undefined || t.text !== written || !isSentenceInitial(parsed, i)) continue;
    if (facts.some((f) => f.span[0] <= t.start && f.span[1] >= t.end)) continue;
    const next = tokens[i + 1];
    const standsAsSubject = next !== undefined && (SUBJECT_FOLLOWERS.has(next.pos) || next.text === ',' || next.lower === "'s" || next.lower === '’s');
    if (!standsAsSubject) continue;
    added.push({ kind: 'name', value: nameKey(t.text), text: t.text, source, span: [t.start, t.end] });
  }
  if (added.length === 0) return facts;
  return [...facts, ...(added as unknown as F[])].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}
