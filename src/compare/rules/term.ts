/**
 * Words of one kind: two sentences stating the same claim that differ by one term, where the two terms are kinds
 * of one close kind ("hid in a closet" / "hid in a kitchen", "a rifle" / "a handgun").
 * Synonyms and broader or narrower terms ("officer" / "policeman", "car" / "vehicle") are one outlet being more
 * or less precise, not a contradiction; WordNet tells which (facts/terms.ts).
 */
import { diffArrays } from 'diff';
import { MONTHS } from '../../facts/lexicon/en/months.js';
import { parseSentence, type Token } from '../../extract/index.js';
import { isBroadClass, isConcreteThing, isMadeThing, isPerson, knowsTerm, placeRelation, termRelation } from '../../facts/index.js';
import type { Claim, ClaimSentence, Contradiction } from '../../types.js';

/** The most tokens a replaced stretch may have on either side: a word with its modifiers, not a clause. */
const MAX_REPLACED = 3;
/** The share of each sentence's words the two must have in common: they say the same thing but for the term. */
const MIN_SHARED = 0.6;
/**
 * The most distinct wordings of one claim compared pairwise, earliest sources first: a claim every one of a
 * thousand sources states would otherwise take half a million comparisons for a difference of one word.
 */
const MAX_WORDINGS = 12;

/** Content words a term may be: nouns, names and adjectives. */
const TERM_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

interface Replacement {
  a: Token[];
  b: Token[];
}

export function termContradictions(claim: Claim): Contradiction[] {
  // One sentence per source, and one per wording: outlets that copy a wire story word for word differ in nothing.
  const firstBySource = new Map<string, ClaimSentence>();
  for (const s of claim.sentences) if (!firstBySource.has(s.source)) firstBySource.set(s.source, s);
  const byWording = new Map<string, ClaimSentence>();
  for (const s of firstBySource.values()) if (!byWording.has(s.text)) byWording.set(s.text, s);
  const sentences = [...byWording.values()].slice(0, MAX_WORDINGS);
  const words = new Map(sentences.map((s) => [s, plainWords(s.text)]));
  // Sentences are parsed only for a pair whose plain words already differ in one short stretch.
  const tokens = new Map<ClaimSentence, readonly Token[]>();
  const tokensOf = (s: ClaimSentence) => tokens.get(s) ?? tokens.set(s, parseSentence(s.text).tokens).get(s)!;
  // Each sentence's definite subject once, asked only of pairs that both open with "the": the subject rule reads
  // nothing else, and so is parsed nothing else.
  const definite = new Map<ClaimSentence, DefiniteSubject | undefined>();
  const subjectOf = (s: ClaimSentence) => {
    if (!definite.has(s)) definite.set(s, definiteSubject(tokensOf(s)));
    return definite.get(s);
  };
  const found: Contradiction[] = [];
  const reported = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [x, y] = [sentences[i]!, sentences[j]!];
      const shared = mostlyShared(words.get(x)!, words.get(y)!);
      const strict = shared ? termDispute(claim, x, y, tokensOf(x), tokensOf(y)) : undefined;
      const contradiction =
        strict ??
        (opensWithThe(x) && opensWithThe(y) ? subjectDispute(claim, x, y, subjectOf(x), subjectOf(y)) : undefined) ??
        (shared ? anchoredDispute(claim, x, y, tokensOf(x), tokensOf(y)) : undefined);
      if (contradiction === undefined) continue;
      const key = contradiction.values.map((v) => v.value).sort().join('|');
      if (reported.has(key)) continue;
      reported.add(key);
      found.push(contradiction);
    }
  }
  return found;
}

function opensWithThe(s: ClaimSentence): boolean {
  return /^the\s/i.test(s.text);
}

/** A sentence's words, lower-cased, for a cheap first look. */
function plainWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The cheap first look before parsing: two sentences that differ in one term share most of their words as written
 * (half of the longer, a looser bar than the lemmas' below, so no pair the parse would keep is lost).
 */
function mostlyShared(a: readonly string[], b: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared >= 0.5 * Math.max(a.length, b.length);
}

/** The one stretch two sentences replace, when all else is shared; undefined when they differ more than that. */
function onlyReplacement(a: readonly Token[], b: readonly Token[]): Replacement | undefined {
  const changes = diffArrays([...a], [...b], { comparator: (x, y) => x.lemma === y.lemma });
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
  const words = (list: readonly Token[]) => list.filter((t) => t.pos !== 'PUNCT').length;
  if (shared < MIN_SHARED * words(a) || shared < MIN_SHARED * words(b)) return undefined;
  if (replacement.a.length > MAX_REPLACED || replacement.b.length > MAX_REPLACED) return undefined;
  return replacement;
}

/** A name as written ("Leeds", "Friday"); an acronym ("SUV") is read as a common word. */
function isName(t: Token): boolean {
  return t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** A replaced stretch that is a name and nothing else ("Sicily", "West Yorkshire"), as written; else undefined. */
function placeName(tokens: readonly Token[]): string | undefined {
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.lower !== 'the');
  return words.length > 0 && words.every(isName) ? words.map((t) => t.text).join(' ') : undefined;
}

/**
 * A replaced noun with the noun next to it in its sentence, as one term WordNet lists, and its tokens: the noun after
 * it ("pickup" / "tow" before a shared "truck"), else the one before it ("police officer"); else the noun alone
 * ("bakery owner": owner).
 */
function compoundOf(sentence: readonly Token[], head: Token): { term: string; first: Token; last: Token } {
  const [before, after] = [sentence[head.index - 1], sentence[head.index + 1]];
  if (head.pos === 'NOUN' && after?.pos === 'NOUN' && knowsTerm(`${head.lemma} ${after.lemma}`)) return { term: `${head.lemma} ${after.lemma}`, first: head, last: after };
  if (head.pos === 'NOUN' && before?.pos === 'NOUN' && knowsTerm(`${before.lemma} ${head.lemma}`)) return { term: `${before.lemma} ${head.lemma}`, first: before, last: head };
  return { term: head.lemma, first: head, last: head };
}

/** A replaced stretch reaching over its compound's other noun, where that stands outside it. */
function widened(tokens: Token[], compound: { first: Token; last: Token }): Token[] {
  const first = compound.first.start < tokens[0]!.start ? [compound.first] : [];
  const last = compound.last.end > tokens[tokens.length - 1]!.end ? [compound.last] : [];
  return [...first, ...tokens, ...last];
}

/** The head of a replaced stretch: its last content word. */
function headOf(tokens: Token[]): Token | undefined {
  return [...tokens].reverse().find((t) => TERM_TAGS.has(t.pos));
}

function termDispute(claim: Claim, x: ClaimSentence, y: ClaimSentence, a: readonly Token[], b: readonly Token[]): Contradiction | undefined {
  const replacement = onlyReplacement(a, b);
  if (replacement === undefined) return undefined;
  // "a Category 3 hurricane" / "a Category 4 hurricane", "an EF3 tornado" / "an EF4 tornado": a designator's number,
  // which names a class or a thing (a rating, a flight, a route) and no quantity a measure reads.
  const designators = designatorDispute(a, replacement);
  if (designators !== undefined) return termContradiction(claim, x, y, designators[0], designators[1], 'different designators');
  // Figures with their units ("six miles" / "10 kilometres") are the quantity measures' to compare.
  if ([...replacement.a, ...replacement.b].some((t) => t.pos === 'NUM')) return undefined;
  const [ha, hb] = [headOf(replacement.a), headOf(replacement.b)];
  if (ha === undefined || hb === undefined) return undefined;
  let reason: string;
  if (isName(ha) || isName(hb)) {
    // Names of people and days are the name and weekday rules' to compare; two places WordNet knows, neither
    // within the other ("off Sicily" / "off Alexandria"), are two claims of where.
    const [pa, pb] = [placeName(replacement.a), placeName(replacement.b)];
    if (pa === undefined || pb === undefined || placeRelation(pa, pb) !== 'apart') return undefined;
    reason = 'different places';
  } else {
    const pos = ha.pos === 'ADJ' && hb.pos === 'ADJ' ? 'adj' : 'noun';
    // "a police officer" / "a security guard": a compound is asked as one term (WordNet judges one it lacks by its head).
    const [ca, cb] = [compoundOf(a, ha), compoundOf(b, hb)];
    const [ta, tb] = pos === 'noun' ? [ca.term, cb.term] : [ha.lemma, hb.lemma];
    const relation = termRelation(ta, tb, pos);
    // "A ship" / "a boat": words for a class of many kinds are picked loosely for one thing.
    if (relation.kind !== 'sibling' || (pos === 'noun' && (isBroadClass(ta) || isBroadClass(tb)))) return undefined;
    reason = oneKind(relation.via);
    // The words shown take in the compound's shared noun ("pickup truck" / "tow truck").
    replacement.a = widened(replacement.a, ca);
    replacement.b = widened(replacement.b, cb);
  }
  const spanOf = (t: Token[]): [number, number] => [t[0]!.start, t[t.length - 1]!.end];
  return termContradiction(claim, x, y, spanOf(replacement.a), spanOf(replacement.b), reason);
}

/**
 * Spans of two designators that differ in their number alone: one token each, after the same capitalised word
 * ("Category 3" / "Category 4", "Flight 370" / "Flight 371") or one letter prefix glued to the digits ("EF3" / "EF4");
 * an integer, not an amount with a unit, and never a year, a day of a month or a clock time.
 */
function designatorDispute(a: readonly Token[], replacement: Replacement): [[number, number], [number, number]] | undefined {
  if (replacement.a.length !== 1 || replacement.b.length !== 1) return undefined;
  const [p, q] = [replacement.a[0]!, replacement.b[0]!];
  const prefix = (t: Token) => /^(\p{Lu}+)-?\d{1,3}$/u.exec(t.text)?.[1];
  const glued = prefix(p) !== undefined && prefix(p) === prefix(q);
  const before = a[p.index - 1];
  // A month before the number makes it a day of a date ("November 18"): the date measure's.
  const named = before !== undefined && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !MONTHS.has(before.lower) && before.index > 0 && /^\d{1,3}$/.test(p.text) && /^\d{1,3}$/.test(q.text);
  if (!glued && !named) return undefined;
  return [[p.start, p.end], [q.start, q.end]];
}

/** The reason two words of one kind disagree, with the kind WordNet or the lexicon gives ("firearm"). */
function oneKind(via: string | undefined): string {
  return `different words of one kind${via !== undefined ? ` (${via})` : ''}`;
}

/** A contradiction between the words at `spanA` of one sentence and `spanB` of another stating the same claim. */
function termContradiction(claim: Claim, x: ClaimSentence, y: ClaimSentence, spanA: [number, number], spanB: [number, number], reason: string): Contradiction {
  const value = (s: ClaimSentence, span: [number, number]) => {
    const words = s.text.slice(span[0], span[1]);
    return { source: s.source, value: words, line: s.line, claim: claim.id, text: s.text, span, words };
  };
  const [va, vb] = [value(x, spanA), value(y, spanB)];
  return {
    claim: claim.id,
    kind: 'term',
    strength: 'conflict',
    reason: `${reason}: "${va.words}" vs "${vb.words}" in sentences stating the same claim`,
    values: [va, vb],
  };
}

/**
 * The thing a sentence is about, when it opens the sentence with "the" and a made thing ("The sedan was found
 * abandoned"): its head noun and the verbs said of it.
 */
interface DefiniteSubject {
  head: Token;
  verbs: Set<string>;
}

function definiteSubject(tokens: readonly Token[]): DefiniteSubject | undefined {
  if (tokens[0]?.lower !== 'the') return undefined;
  let k = 1;
  while (tokens[k] !== undefined && (tokens[k]!.pos === 'ADJ' || (tokens[k]!.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN'))) k++;
  const head = tokens[k];
  // An acronym is a common word here ("the SUV"), whatever the tagger says.
  const noun = head !== undefined && (head.pos === 'NOUN' || (head.pos === 'PROPN' && /^\p{Lu}{2,}$/u.test(head.text)));
  if (head === undefined || !noun || !isMadeThing(lemmaOf(head)) || tokens[k + 1]?.pos !== 'AUX') return undefined;
  const verbs = new Set(tokens.slice(k + 1).filter((t) => t.pos === 'VERB' && !UNTELLING_VERBS.has(t.lemma)).map((t) => t.lemma));
  return { head, verbs };
}

/** Verbs that tell nothing of the thing (being, having, finding, saying): a claim shared by them alone is no one claim. */
const UNTELLING_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'get', 'make', 'say', 'find', 'locate', 'see', 'report']);

/**
 * Two sentences stating one claim about the story's thing, told as two things of one kind: "The sedan was later
 * located abandoned in a ditch" / "The SUV was found abandoned in a ditch off County Road 600". Their wordings may
 * differ elsewhere; what is said of the thing (a verb beyond "found") must be shared.
 */
function subjectDispute(claim: Claim, x: ClaimSentence, y: ClaimSentence, sa: DefiniteSubject | undefined, sb: DefiniteSubject | undefined): Contradiction | undefined {
  if (sa === undefined || sb === undefined || sa.head.lower === sb.head.lower) return undefined;
  if (![...sa.verbs].some((v) => sb.verbs.has(v))) return undefined;
  const relation = termRelation(lemmaOf(sa.head), lemmaOf(sb.head), 'noun');
  if (relation.kind !== 'sibling' || isBroadClass(lemmaOf(sa.head)) || isBroadClass(lemmaOf(sb.head))) return undefined;
  return termContradiction(claim, x, y, [sa.head.start, sa.head.end], [sb.head.start, sb.head.end], oneKind(relation.via));
}

/** A noun's lemma, an acronym's in lower case ("SUV": suv). */
function lemmaOf(t: Token): string {
  return t.pos === 'PROPN' ? t.lower : t.lemma;
}

/** The most nouns either sentence may have that the other lacks: two wordings of one claim, not two claims. */
const MAX_UNSHARED_NOUNS = 3;

/** A noun WordNet may know: a plain lower-case lemma. */
function isPlainNoun(t: Token): boolean {
  return t.pos === 'NOUN' && /^[a-z]+$/.test(t.lemma);
}

/** Which tokens stand inside quotation marks: words someone said, not what the outlet states. */
function quoted(tokens: readonly Token[]): boolean[] {
  let inside = false;
  return tokens.map((t) => {
    if (/^["“”]$/.test(t.text)) {
      inside = t.text === '“' ? true : t.text === '”' ? false : !inside;
      return true;
    }
    return inside;
  });
}

/**
 * What holds a noun's place in its sentence, for two wordings that put it elsewhere: the content word right before
 * it ("12-year-old boy" / "12-year-old girl", "Smith's uncle" / "Smith's stepfather"), else, for the first noun of
 * the sentence, its subject's place.
 */
function anchorOf(tokens: readonly Token[], k: number): string | undefined {
  let j = k - 1;
  let possessive = false;
  while (j >= 0 && (tokens[j]!.pos === 'PUNCT' || tokens[j]!.pos === 'PART' || tokens[j]!.lower === '-')) {
    if (tokens[j]!.lower === "'s" || tokens[j]!.lower === '’s') possessive = true;
    j--;
  }
  const before = tokens[j];
  if (before !== undefined && (TERM_TAGS.has(before.pos) || before.pos === 'NUM')) return `after:${before.lower}${possessive ? "'s" : ''}`;
  return tokens.findIndex(isPlainNoun) === k ? 'subject' : undefined;
}

/**
 * Two wordings of one claim built differently ("A ferry carrying 40 people sank in the bay" / "A tugboat sank in
 * the bay with 40 people on board"; "Smith's uncle found the body" / "The body was discovered by Smith's
 * stepfather"): the nouns one says and the other does not hold exactly one pair of words of one kind, in the same
 * place (after the same word, or both the subject), and neither sentence names the other's word in other words.
 * Only things one can point at, in the outlet's own words: "a sad time" / "a sad day" in a quote is no dispute.
 */
function anchoredDispute(claim: Claim, x: ClaimSentence, y: ClaimSentence, a: readonly Token[], b: readonly Token[]): Contradiction | undefined {
  const lemmas = (tokens: readonly Token[]) => new Set(tokens.filter(isPlainNoun).map((t) => t.lemma));
  const [la, lb] = [lemmas(a), lemmas(b)];
  const [qa, qb] = [quoted(a), quoted(b)];
  const onlyA = a.map((t, k) => ({ t, k })).filter(({ t }) => isPlainNoun(t) && !lb.has(t.lemma));
  const onlyB = b.map((t, k) => ({ t, k })).filter(({ t }) => isPlainNoun(t) && !la.has(t.lemma));
  if (onlyA.length === 0 || onlyB.length === 0 || onlyA.length > MAX_UNSHARED_NOUNS || onlyB.length > MAX_UNSHARED_NOUNS) return undefined;
  const pairs: { p: Token; q: Token; via: string | undefined; placed: boolean }[] = [];
  for (const { t: p, k: i } of onlyA) {
    for (const { t: q, k: j } of onlyB) {
      const relation = termRelation(p.lemma, q.lemma, 'noun');
      // A word the other sentence names in other words ("boy" / "child") says the wordings agree on it.
      if (relation.kind === 'same' || relation.kind === 'broader' || relation.kind === 'narrower') return undefined;
      // Things one can point at, stated by the outlet: a quote's words and words of times and acts are swapped freely.
      if (relation.kind !== 'sibling' || qa[i] || qb[j] || !isConcreteThing(p.lemma) || !isConcreteThing(q.lemma)) continue;
      const anchor = anchorOf(a, i);
      // People of one kind may be two people ("a man" / "a woman" hurt), unless both are someone's ("Smith's uncle").
      // Words for a class of many kinds ("a ship" / "a boat") are picked loosely for one thing: a difference of the
      // wordings, never the one reported.
      const loose = isBroadClass(p.lemma) || isBroadClass(q.lemma);
      const placed = !loose && anchor !== undefined && anchor === anchorOf(b, j) && (!isPerson(p.lemma) || anchor.endsWith("'s"));
      pairs.push({ p, q, via: relation.via, placed });
    }
  }
  // Two pairs of words of one kind are two differences: the wordings say more than one thing apart.
  if (pairs.length !== 1 || !pairs[0]!.placed) return undefined;
  const { p, q, via } = pairs[0]!;
  return termContradiction(claim, x, y, [p.start, p.end], [q.start, q.end], oneKind(via));
}
