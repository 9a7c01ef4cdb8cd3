import { IRREGULAR_PLURALS } from './lexicon/en/irregular-plurals.js';
import { ROLE_KINDS } from './lexicon/en/roles.js';
import { EXCLUSIVE_ADJECTIVE_CLUSTERS } from './lexicon/en/exclusive-adjective-clusters.js';
import { TOO_GENERAL_HYPERNYMS } from './lexicon/en/too-general-hypernyms.js';
import { senseOffsets, synsetAt, type Synset, type WordNetPos } from './wordnet.js';
import { BoundedMemo } from '../memo.js';

/**
 * How two terms of the same slot relate in WordNet, so that a difference of one word can be judged: a
 * sibling ("rifle" / "handgun", "boy" / "girl") is a contradiction worth reporting with both words; a
 * synonym ("officer" / "policeman") or a broader or narrower term ("vehicle" / "car") is not, since one
 * outlet is only more or less precise than the other.
 *
 * Word senses. WordNet lists a word's senses most frequent first. Pairs of senses are tried in that order
 * (by the sum of their ranks) and the first pair with a verdict decides, an excuse (same, broader, narrower)
 * before a contradiction among pairs of one rank; only the first three senses of each word count, and only
 * the first two for a sibling. Rare senses would otherwise relate nearly everything ("man" is also "the
 * human race", so broader than every person; "boy" is also "a grown man"), and the verdict that asserts a
 * contradiction is the one that must not rest on a rare reading.
 *
 * Depth. Two senses are siblings when their lowest common hypernym is at most SIBLING_DEPTH (3) links above
 * each and is not in lexicon/en/too-general-hypernyms.ts (entity, object, artifact, person, act, …): "doctor"
 * / "teacher" meet at "professional" (3 and 2 links), "man" / "suspect" only at "person", which is a
 * different axis (sex, role), not a contradiction. Antonyms within OPPOSITE_DEPTH (2) links above each make
 * siblings too, however high they stand ("boy" → male ! female ← "girl", "adult" ! juvenile ← "child").
 *
 * Colours. WordNet files "silver" under "grey" and "crimson" under "red": such a pair is narrower/broader,
 * not a contradiction (a silver car is a grey car described more closely); "red" / "blue" are siblings.
 */

export type TermPos = WordNetPos;

export type TermRelationKind = 'same' | 'broader' | 'narrower' | 'sibling' | 'unrelated' | 'unknown';

export interface TermRelation {
  /**
   * `same`: the terms share a sense (a synset). `broader`: the first term is a hypernym of the second,
   * through any number of steps ("vehicle" / "car"); `narrower` the reverse. `sibling`: two kinds of one
   * close kind, neither including the other ("rifle" / "handgun"), or opposites ("man" / "woman", "stable" /
   * "unstable"). `unrelated`: WordNet knows both and relates them in none of these ways. `unknown`: WordNet
   * lacks one of them (a collocation it lacks is judged by its last word, see termRelation).
   */
  readonly kind: TermRelationKind;
  /**
   * For `sibling`: the lowest common hypernym that makes them of one kind ("firearm"), or for opposites the
   * pair WordNet calls antonyms ("male/female"). For `same`: the shared synset's first lemma. Lemmas are
   * written with spaces ("motor vehicle").
   */
  readonly via?: string;
}

/** Senses of each word read for same / broader / narrower (the verdicts that excuse a difference). */
const EXCUSING_SENSES = 3;
/** Senses of each word read for sibling (the verdict that asserts a contradiction). */
const SIBLING_SENSES = 2;
/**
 * Steps (hypernym links) from each word's synset up to the common hypernym for a sibling. Three keeps
 * "doctor" / "teacher" (both professionals: 3 and 2 steps) and "sedan" / "SUV" (cars), and drops the pairs
 * whose only common ground is a high, abstract node; the list of too-general hypernyms stops those nearer.
 */
const SIBLING_DEPTH = 3;
/** Steps up from each word to a pair of antonyms ("boy" → "male" ! "female" ← "girl"). */
const OPPOSITE_DEPTH = 2;

/** WordNet's suffix rules for noun plurals (morphy), longest first, then the plain -s. */
const NOUN_SUFFIXES: readonly (readonly [string, string])[] = [
  ['ches', 'ch'], ['shes', 'sh'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['men', 'man'], ['ies', 'y'], ['s', ''],
];

/** A term as WordNet writes lemmas: lower case, underscores between the words of a collocation. */
function lemmaForm(term: string): string {
  return term.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\s_]+/g, '_');
}

/** Singular forms to try for a plural noun, by the exception list, then by suffix; only the last word inflects. */
function singulars(form: string): string[] {
  const cut = form.lastIndexOf('_') + 1;
  const head = form.slice(0, cut);
  const last = form.slice(cut);
  const irregular = IRREGULAR_PLURALS.get(last);
  const found = irregular === undefined ? [] : [head + irregular];
  // "boss", "bus", "crisis" are singulars: their -s is no plural ending ("bos" is a genus of cattle).
  const singularS = /(?:ss|us|is)$/.test(last);
  for (const [suffix, ending] of NOUN_SUFFIXES) {
    const singular = last.slice(0, -suffix.length) + ending;
    if (last.endsWith(suffix) && singular !== '' && !(suffix === 's' && singularS)) found.push(head + singular);
  }
  return found;
}

/**
 * A term's synset offsets, most frequent sense first. A plural that is a lemma of its own ("men": a work
 * force, "arms": weapons) keeps those senses first and the singular's after them, so "men" is still "man".
 * A term written without capitals puts the senses that are names last ("grey" the colour before Lady Jane
 * Grey): the index orders by corpus frequency only the senses it saw tagged, and lemmas without any ("grey")
 * keep an arbitrary order.
 */
function sensesOf(term: string, pos: TermPos): number[] | undefined {
  const form = lemmaForm(term);
  const spellings = form.includes('-') ? [form, form.replace(/-/g, '_'), form.replace(/-/g, '')] : [form];
  const known = (candidate: string): boolean => senseOffsets(candidate, pos) !== undefined;
  const lemma = spellings.find(known);
  const singular = pos === 'noun' ? spellings.flatMap(singulars).find(known) : undefined;
  const found = [lemma, singular].filter((candidate): candidate is string => candidate !== undefined);
  if (found.length === 0) return undefined;
  const offsets = [...new Set(found.flatMap((candidate) => senseOffsets(candidate, pos) ?? []))];
  if (term !== term.toLowerCase()) return offsets;
  const isName = (offset: number): boolean =>
    synsetAt(offset, pos).words.some((word) => /[A-Z]/.test(word) && found.includes(word.toLowerCase()));
  return [...offsets.filter((offset) => !isName(offset)), ...offsets.filter(isName)];
}

const ancestorCache = new Map<number, ReadonlyMap<number, number>>();

/** Every hypernym of a noun synset (instance hypernyms too) with its least distance; the synset itself at 0. */
function ancestors(offset: number): ReadonlyMap<number, number> {
  const cached = ancestorCache.get(offset);
  if (cached) return cached;
  const found = new Map<number, number>([[offset, 0]]);
  let frontier = [offset];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const at of frontier) {
      for (const pointer of synsetAt(at, 'noun').pointers) {
        if ((pointer.symbol === '@' || pointer.symbol === '@i') && !found.has(pointer.offset)) {
          found.set(pointer.offset, depth);
          next.push(pointer.offset);
        }
      }
    }
    frontier = next;
  }
  ancestorCache.set(offset, found);
  return found;
}

/** A noun synset and its hypernyms (instance hypernyms too) up to `steps` links above it, nearest first. */
export function hypernymsWithin(offset: number, steps: number): number[] {
  const within: number[] = [];
  for (const [found, depth] of ancestors(offset)) if (depth <= steps) within.push(found);
  return within;
}

/** A data list's `lemma.n.N` / `lemma.a.N` entries as synset offsets; a wrong entry is a data error. */
function resolveSenses(entries: readonly string[], pos: TermPos): ReadonlySet<number> {
  const letter = pos === 'noun' ? 'n' : 'a';
  return new Set(
    entries.map((entry) => {
      const match = /^(.+)\.([na])\.(\d+)$/.exec(entry);
      const offsets = match && match[2] === letter ? senseOffsets(match[1] ?? '', pos) : undefined;
      const offset = offsets?.[Number(match?.[3]) - 1];
      if (offset === undefined) throw new Error(`not a WordNet ${pos} sense: ${entry}`);
      return offset;
    }),
  );
}

let tooGeneral: ReadonlySet<number> | undefined;
let exclusiveClusters: ReadonlySet<number> | undefined;
const tooGeneralHypernyms = (): ReadonlySet<number> => (tooGeneral ??= resolveSenses(TOO_GENERAL_HYPERNYMS, 'noun'));
const exclusiveHeads = (): ReadonlySet<number> =>
  (exclusiveClusters ??= resolveSenses(EXCLUSIVE_ADJECTIVE_CLUSTERS, 'adj'));

const lemmaOf = (synset: Synset): string => (synset.words[0] ?? '').toLowerCase().replace(/_/g, ' ');
const nameOf = (offset: number, pos: TermPos): string => lemmaOf(synsetAt(offset, pos));

/** What one sense pair says; `order` ranks the kinds (an excuse before a contradiction), `score` within one. */
interface Judged {
  readonly kind: 'same' | 'broader' | 'narrower' | 'sibling';
  readonly via?: string;
  readonly order: number;
  readonly score: number;
  /** For broader: the broader synset, for the compound fallback. */
  readonly broader?: number;
}

/** The lowest common hypernym of two noun senses within SIBLING_DEPTH of both, and not too general. */
function commonHypernym(x: number, y: number): { offset: number; score: number } | undefined {
  const general = tooGeneralHypernyms();
  const fromY = ancestors(y);
  let best: { offset: number; score: number } | undefined;
  for (const [offset, dx] of ancestors(x)) {
    const dy = fromY.get(offset);
    if (dy === undefined || dx === 0 || dy === 0 || dx > SIBLING_DEPTH || dy > SIBLING_DEPTH) continue;
    if (general.has(offset)) continue;
    // The farther of the two words decides more than the nearer: rank by the longer path, then the total.
    const score = Math.max(dx, dy) * 10 + dx + dy;
    if (!best || score < best.score) best = { offset, score };
  }
  return best;
}

/** Antonyms within OPPOSITE_DEPTH above two noun senses ("boy" → male ! female ← "girl"), as "male/female". */
function opposites(x: number, y: number): string | undefined {
  const fromY = ancestors(y);
  for (const [offset, dx] of ancestors(x)) {
    if (dx > OPPOSITE_DEPTH) continue;
    for (const pointer of synsetAt(offset, 'noun').pointers) {
      if (pointer.symbol !== '!') continue;
      const dy = fromY.get(pointer.offset);
      if (dy !== undefined && dy <= OPPOSITE_DEPTH) return `${nameOf(offset, 'noun')}/${nameOf(pointer.offset, 'noun')}`;
    }
  }
  return undefined;
}

function judgeNouns(x: number, y: number, siblings: boolean): Judged | undefined {
  if (x === y) return { kind: 'same', via: nameOf(x, 'noun'), order: 0, score: 0 };
  const down = ancestors(y).get(x);
  if (down !== undefined) return { kind: 'broader', order: 1, score: down, broader: x };
  const up = ancestors(x).get(y);
  if (up !== undefined) return { kind: 'narrower', order: 1, score: up };
  if (!siblings) return undefined;
  // Opposites rank with the closest kinds: they are contradictions by definition.
  const opposite = opposites(x, y);
  if (opposite !== undefined) return { kind: 'sibling', via: opposite, order: 2, score: 0 };
  const common = commonHypernym(x, y);
  return common && { kind: 'sibling', via: nameOf(common.offset, 'noun'), order: 2, score: common.score };
}

/** An adjective synset's cluster head: itself for a head, the synset it is similar to for a satellite. */
function headOf(offset: number): number {
  const synset = synsetAt(offset, 'adj');
  if (synset.type !== 's') return offset;
  return synset.pointers.find((pointer) => pointer.symbol === '&')?.offset ?? offset;
}

/**
 * Adjectives have no hypernyms; WordNet groups them in clusters of satellites similar to a head, and sets
 * heads against each other as antonyms. A satellite is narrower than its head ("huge" / "large"); two
 * satellites of one head are near-synonyms, `same` with the head as `via`, except in the clusters that list
 * exclusive values ("first" / "second"), where they are siblings; heads that are antonyms, or satellites of
 * such heads ("blistering" / "frigid"), are siblings.
 */
function judgeAdjectives(x: number, y: number, siblings: boolean): Judged | undefined {
  if (x === y) return { kind: 'same', via: nameOf(x, 'adj'), order: 0, score: 0 };
  const hx = headOf(x);
  const hy = headOf(y);
  const exclusive = exclusiveHeads();
  if (hy === x) return { kind: 'broader', order: 1, score: 1 };
  if (hx === y) return { kind: 'narrower', order: 1, score: 1 };
  if (hx === hy) {
    if (!exclusive.has(hx)) return { kind: 'same', via: nameOf(hx, 'adj'), order: 0, score: 1 };
    return siblings ? { kind: 'sibling', via: nameOf(hx, 'adj'), order: 2, score: 0 } : undefined;
  }
  if (!siblings || exclusive.has(hx) || exclusive.has(hy)) return undefined;
  const opposed = synsetAt(hx, 'adj').pointers.some((p) => p.symbol === '!' && p.offset === hy);
  return opposed ? { kind: 'sibling', via: `${nameOf(hx, 'adj')}/${nameOf(hy, 'adj')}`, order: 2, score: 1 } : undefined;
}

/**
 * The verdict of the most frequent sense pair that has one: pairs are tried by the sum of their sense ranks
 * (the first senses together first), and among pairs of one rank an excuse wins over a contradiction.
 */
function decide(a: readonly number[], b: readonly number[], pos: TermPos): Judged | undefined {
  const judge = pos === 'noun' ? judgeNouns : judgeAdjectives;
  const sensesA = a.slice(0, EXCUSING_SENSES);
  const sensesB = b.slice(0, EXCUSING_SENSES);
  for (let sum = 0; sum <= sensesA.length + sensesB.length - 2; sum++) {
    let best: Judged | undefined;
    sensesA.forEach((x, i) => {
      const j = sum - i;
      const y = sensesB[j];
      if (y === undefined || j < 0) return;
      const judged = judge(x, y, i < SIBLING_SENSES && j < SIBLING_SENSES);
      if (judged && (!best || (judged.order - best.order || judged.score - best.score) < 0)) best = judged;
    });
    if (best) return best;
  }
  return undefined;
}

const INVERSE: Record<TermRelationKind, TermRelationKind> = {
  same: 'same', broader: 'narrower', narrower: 'broader', sibling: 'sibling', unrelated: 'unrelated', unknown: 'unknown',
};

/**
 * A collocation WordNet lacks ("break room", "gun store") is taken as a kind of its last word, the head of an
 * English compound: narrower than what the head is or is under, and a sibling of the head's close hyponyms
 * ("break room" / "kitchen", via "room").
 */
function compoundRelation(head: number[], other: number[]): TermRelation {
  const judged = decide(head, other, 'noun');
  if (!judged) return { kind: 'unrelated' };
  if (judged.kind === 'same' || judged.kind === 'narrower') return { kind: 'narrower' };
  if (judged.kind === 'sibling') return { kind: 'sibling', via: judged.via };
  const broader = judged.broader ?? -1;
  return judged.score <= SIBLING_DEPTH && !tooGeneralHypernyms().has(broader)
    ? { kind: 'sibling', via: nameOf(broader, 'noun') }
    : { kind: 'unrelated' };
}

/** The known head word of a multi-word term WordNet lacks, as senses. */
function headSenses(term: string): number[] | undefined {
  const form = lemmaForm(term);
  const cut = form.lastIndexOf('_');
  return cut > 0 ? sensesOf(form.slice(cut + 1), 'noun') : undefined;
}

/**
 * How term `a` relates to term `b` (see TermRelation). Case and noun plurals are folded ("Officers" ~
 * "policeman"); words joined by spaces, underscores or hyphens are looked up as one WordNet collocation
 * ("train station", "heart attack"), and a noun collocation WordNet lacks as a kind of its last word. The
 * first call reads WordNet's files for the part of speech.
 */
export function termRelation(a: string, b: string, pos: TermPos = 'noun'): TermRelation {
  // The same pairs are asked again and again across a run (every measure, every claim): each is judged once.
  return relationCache.get(`${pos}\u0000${a}\u0000${b}`, () => judgedRelation(a, b, pos));
}

/** Bounded: a large run asks about many pairs of rare words. */
const relationCache = new BoundedMemo<string, TermRelation>(100_000);

function judgedRelation(a: string, b: string, pos: TermPos): TermRelation {
  const relation = wordNetRelation(a, b, pos);
  if (pos !== 'noun' || (relation.kind !== 'unrelated' && relation.kind !== 'unknown')) return relation;
  // Roles of one kind are exclusive for one person whatever WordNet's tree says ("uncle" / "stepfather" meet only
  // far above): a kin term is no other kin term, a job no other job.
  const kind = roleKindOf(a);
  return kind !== undefined && kind === roleKindOf(b) && lemmaForm(a) !== lemmaForm(b) ? { kind: 'sibling', via: kind } : relation;
}

/** The kind of role a noun is in lexicon/en/roles.ts whose words exclude each other ("family tie" for "uncles"). */
function roleKindOf(term: string): string | undefined {
  const form = lemmaForm(term).replace(/_/g, ' ');
  const candidates = [form, ...singulars(lemmaForm(term)).map((f) => f.replace(/_/g, ' '))];
  return ROLE_KINDS.find((k) => k.exclusiveWords === true && candidates.some((c) => k.roles.includes(c)))?.label;
}

/** How two terms relate in WordNet alone. */
function wordNetRelation(a: string, b: string, pos: TermPos): TermRelation {
  const sensesA = sensesOf(a, pos);
  const sensesB = sensesOf(b, pos);
  if (sensesA && sensesB) {
    const judged = decide(sensesA, sensesB, pos);
    if (!judged) return { kind: 'unrelated' };
    return judged.via === undefined ? { kind: judged.kind } : { kind: judged.kind, via: judged.via };
  }
  if (lemmaForm(a) !== '' && lemmaForm(a) === lemmaForm(b)) return { kind: 'same' };
  if (pos !== 'noun') return { kind: 'unknown' };
  const headA = sensesA ? undefined : headSenses(a);
  const headB = sensesB ? undefined : headSenses(b);
  if (headA && sensesB) return compoundRelation(headA, sensesB);
  if (sensesA && headB) {
    const relation = compoundRelation(headB, sensesA);
    return { ...relation, kind: INVERSE[relation.kind] };
  }
  if (headA && headB) {
    // Two unknown compounds: kinds of sibling heads are siblings; of one head, nothing can be said.
    const judged = decide(headA, headB, 'noun');
    if (judged?.kind === 'sibling') return { kind: 'sibling', via: judged.via };
    return judged ? { kind: 'unknown' } : { kind: 'unrelated' };
  }
  return { kind: 'unknown' };
}

/**
 * The synsets a term's `same` verdict can rest on (its first senses): two terms share one whenever termRelation
 * may call them the same, so callers with many terms compare only those that share one.
 */
export function sameCandidates(term: string, pos: TermPos = 'noun'): readonly number[] {
  return (sensesOf(term, pos) ?? []).slice(0, EXCUSING_SENSES);
}

/** Whether WordNet lists a term itself as a word or collocation ("police officer", "pickup truck"; not "bakery owner"). */
export function knowsTerm(term: string, pos: TermPos = 'noun'): boolean {
  return senseOffsets(lemmaForm(term), pos) !== undefined || singulars(lemmaForm(term)).some((f) => senseOffsets(f, pos) !== undefined);
}

/** Whether two terms are different kinds of one kind: the difference between them is a contradiction. */
export function isSameKind(a: string, b: string, pos: TermPos = 'noun'): boolean {
  return termRelation(a, b, pos).kind === 'sibling';
}

/**
 * Whether one of a noun's first `senses` senses is a kind of `kind` (its first sense), at most `depth` hypernym links
 * below it: "rifle" and "knife" (a weapon in its second sense) of "weapon".
 */
export function isKindOf(lemma: string, kind: string, senses: number, depth: number): boolean {
  const target = senseOffsets(kind, 'noun')?.[0];
  if (target === undefined) return false;
  return (senseOffsets(lemma, 'noun') ?? []).slice(0, senses).some((offset) => (ancestors(offset).get(target) ?? Infinity) <= depth);
}

/** WordNet's file of made things (noun.artifact): vehicles, weapons, buildings, tools. */
const ARTIFACT_FILE = 6;

/** Whether a noun names first a made thing ("sedan", "rifle", "house"), not a person, a place or an act. */
export function isMadeThing(lemma: string): boolean {
  return firstSenseFile(lemma) === ARTIFACT_FILE;
}

/** WordNet's lexicographer file of a noun's first sense, undefined when WordNet lacks the noun. */
function firstSenseFile(lemma: string): number | undefined {
  const first = senseOffsets(lemma.replace(/\s+/g, '_'), 'noun')?.[0];
  return first === undefined ? undefined : synsetAt(first, 'noun').lexFile;
}

/**
 * WordNet's files of things one can point at: made things (6), animals (5), parts of the body (8), people (18),
 * natural objects (17), places (15), plants (20), substances (27), foods (13).
 */
const CONCRETE_FILES: ReadonlySet<number> = new Set([5, 6, 8, 13, 15, 17, 18, 20, 27]);

/**
 * Whether a noun names first a thing one can point at ("ferry", "uncle", "girl", "chest"), not a time, an act or
 * an idea ("day", "hike", "plan"), whose words outlets swap freely.
 */
export function isConcreteThing(lemma: string): boolean {
  const file = firstSenseFile(lemma);
  return file !== undefined && CONCRETE_FILES.has(file);
}

/** WordNet's file of people (noun.person). */
const PERSON_FILE = 18;

/** Whether a noun names first a person ("girl", "uncle", "gunman"). */
export function isPerson(lemma: string): boolean {
  return firstSenseFile(lemma) === PERSON_FILE;
}
