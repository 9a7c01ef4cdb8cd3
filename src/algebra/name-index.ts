/**
 * Which name keys are the same name (sameName), found through an index of their words instead of by comparing
 * every pair: an article naming a few thousand people took minutes that way (380 KB: 96 s). Every pair sameName
 * accepts is found, and only those: the index proposes candidates, sameName decides.
 *
 * A pair meets only when its words meet (sameWord: equal, an initial of the other, or a near spelling with the
 * same first letter): the last words, and each other word of the shorter name somewhere among the longer's. Each
 * word is filed under keys such that two words sameWord accepts share one: the word itself, its first letter
 * (for initials), and for near spellings either its deletion variants (up to the edits sameWord allows: two
 * words within that many edits share a variant) or, for long words, three of its pieces (two edits leave one of
 * three pieces whole, shifted by at most two).
 */
import { sameNameWords, splitName, wordTolerance } from './names.js';
import { BoundedMemo } from '../memo.js';

/** Words up to this long are filed under their deletion variants; from LONG_WORD on, under their pieces. */
const VARIANT_MAX = 32;
const LONG_WORD = 30;
const PIECE = 9;

/**
 * Keys are numbers, a hash of what they stand for and its kind: a map of numbers is several times faster than one
 * of built strings, and two keys that collide only propose a candidate more, which sameName then turns down.
 */
const MODULUS = 67_108_859; // a prime under 2^26: hash x base stays exact in a double
const BASE = 131;
/** What a key stands for: the word, an initial, a letter, a deletion variant, the head, tail or middle piece. */
const KIND = { exact: 0, initial: 1, letter: 2, deletion: 3, head: 4, tail: 5, middle: 6 } as const;
const KINDS = 8;

/** The hash of `word` without the characters at `skip1` and `skip2` (-1: none), seeded with `seed`. */
function hashWithout(word: string, seed: number, skip1: number, skip2: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) if (i !== skip1 && i !== skip2) h = (h * BASE + word.charCodeAt(i)) % MODULUS;
  return h;
}

const key = (hash: number, kind: number): number => hash * KINDS + kind;

/** The keys of every string `word` becomes with up to `edits` characters deleted (its first letter kept in the key). */
function deletionKeys(word: string, edits: number, into: Set<number>): void {
  const seed = word.charCodeAt(0) + 1;
  into.add(key(hashWithout(word, seed, -1, -1), KIND.deletion));
  for (let i = 0; i < word.length; i++) {
    into.add(key(hashWithout(word, seed, i, -1), KIND.deletion));
    if (edits > 1) for (let j = i + 1; j < word.length; j++) into.add(key(hashWithout(word, seed, i, j), KIND.deletion));
  }
}

/**
 * The keys a word is filed under (`filed`) and looked up by (`asked`): sameWord(a, b) implies that a's asked
 * keys and b's filed keys share one.
 */
function wordKeys(word: string, role: 'filed' | 'asked'): ReadonlySet<number> {
  // One word stands in many names, and is asked about for each: its keys are worked out once.
  return (role === 'filed' ? filedKeys : askedKeys).get(word, (w) => keysOfWord(w, role));
}

/**
 * Words remembered at most: a run's name words fit (a 380 KB article of new names has some 30,000), so its
 * indexes share them and a large run is not slower per word than a small one; the bound caps a hostile input.
 */
const MAX_MEMO = 50_000;
const filedKeys = new BoundedMemo<string, ReadonlySet<number>>(MAX_MEMO);
const askedKeys = new BoundedMemo<string, ReadonlySet<number>>(MAX_MEMO);

/** Lets go of the remembered words: a run's words are its own (pipeline.ts calls this when a run starts and ends). */
export function forgetNameWords(): void {
  filedKeys.clear();
  askedKeys.clear();
}

function keysOfWord(word: string, role: 'filed' | 'asked'): Set<number> {
  const keys = new Set<number>([key(hashWithout(word, 0, -1, -1), KIND.exact)]);
  const first = word.charCodeAt(0);
  // An initial meets every word of its letter: filed under the letter it stands for, asked for by every word.
  if (word.length === 1) keys.add(key(first, role === 'filed' ? KIND.initial : KIND.letter));
  keys.add(key(first, role === 'filed' ? KIND.letter : KIND.initial));
  const edits = wordTolerance(word.length);
  if (edits > 0 && word.length <= VARIANT_MAX) deletionKeys(word, edits, keys);
  if (word.length >= LONG_WORD) {
    keys.add(key(hashWithout(word.slice(0, PIECE), 0, -1, -1), KIND.head));
    keys.add(key(hashWithout(word.slice(-PIECE), 0, -1, -1), KIND.tail));
    for (const shift of role === 'filed' ? [-2, -1, 0, 1, 2] : [0]) {
      keys.add(key(hashWithout(word.slice(PIECE + shift, 2 * PIECE + shift), 0, -1, -1), KIND.middle));
    }
  }
  return keys;
}

/** A candidate list this short is taken without looking for a shorter one. */
const SHORT_LIST = 16;

/** key -> the indexes of the names filed under it. */
type Index = Map<number, number[]>;

function file(index: Index, at: number, name: number): void {
  const list = index.get(at);
  if (list === undefined) index.set(at, [name]);
  else if (list[list.length - 1] !== name) list.push(name);
}

/** Every name filed under the keys of its words: its last word in one index, its other words in another. */
interface NameWords {
  words: string[][];
  last: Index;
  inner: Index;
}

function indexNames(keys: readonly string[]): NameWords {
  const words = keys.map(splitName);
  const last: Index = new Map();
  const inner: Index = new Map();
  for (const [n, w] of words.entries()) {
    if (w.length === 0) continue;
    for (const k of wordKeys(w[w.length - 1]!, 'filed')) file(last, k, n);
    for (const word of new Set(w.slice(0, -1))) for (const k of wordKeys(word, 'filed')) file(inner, k, n);
  }
  return { words, last, inner };
}

/**
 * Calls `visit` once for every other name with at least as many words as name `n` that can be the same name:
 * the rarest of its words' lists holds them all (the last word meets the last, every other word one of the
 * other's). A pair of names is thus visited from its shorter side (from both when they have as many words).
 */
function eachCandidate(names: NameWords, n: number, visit: (other: number) => void, seen: Int32Array, block?: (list: number[]) => [number, number]): void {
  const w = names.words[n]!;
  if (w.length === 0) return;
  let best: number[][] = [];
  let bestSize = Infinity;
  const consider = (index: Index, word: string): void => {
    const lists = [...wordKeys(word, 'asked')].map((k) => index.get(k) ?? []);
    const size = lists.reduce((total, l) => total + l.length, 0);
    if (size < bestSize) {
      best = lists;
      bestSize = size;
    }
  };
  consider(names.last, w[w.length - 1]!);
  // A short list is short enough: the other words' lists are not looked up.
  for (const word of w.slice(0, -1)) if (bestSize > SHORT_LIST) consider(names.inner, word);
  for (const list of best) {
    // Entries in [skipFrom, skipTo) are passed over unread (see helpedNames).
    const [skipFrom, skipTo] = block?.(list) ?? [list.length, list.length];
    for (const [from, to] of [[0, skipFrom], [skipTo, list.length]] as const) {
      for (let at = from; at < to; at++) {
        const other = list[at]!;
        if (other === n || seen[other] === n || names.words[other]!.length < w.length) continue;
        seen[other] = n;
        visit(other);
      }
    }
  }
}

/** The first index of the non-decreasing `list` (as `value` reads it) whose value is at least `target`. */
function lowerBound(list: readonly number[], value: (entry: number) => number, target: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(list[mid]!) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each of `keys`, the other keys `k` with sameName(key, k) (the key itself left out). Time grows
 * with the number of names and of the candidates their rarest word proposes, not with the square of the names.
 */
export function sameNameMatches(keys: readonly string[]): Map<string, Set<string>> {
  const names = indexNames(keys);
  const matches = new Map<string, Set<string>>(keys.map((k) => [k, new Set<string>()]));
  const seen = new Int32Array(keys.length).fill(-1);
  for (const [n, w] of names.words.entries()) {
    eachCandidate(
      names,
      n,
      (other) => {
        if (keys[other] === keys[n]) return;
        // sameName takes the first of two names of as many words as the shorter: ask both ways.
        if (sameNameWords(w, names.words[other]!)) matches.get(keys[n]!)!.add(keys[other]!);
        if (sameNameWords(names.words[other]!, w)) matches.get(keys[other]!)!.add(keys[n]!);
      },
      seen,
    );
  }
  return matches;
}

/**
 * The keys some other key helps: `key` is in the answer when a key `k` with sameName(key, k), in the same
 * `group`, has an `owner` other than key's. An owner of -1 is no one's: such a key is in the answer itself and
 * helps every other. Pairs of one owner are passed over unread, so a run of thousands of near spellings in one
 * article costs no more than its index (commonPlacesOf: a place one outlet names deep in its text, not in its
 * lead, is the story's only when another outlet names it too).
 */
export function helpedNames(keys: readonly string[], owner: readonly number[], group: readonly string[]): Set<string> {
  // Names in order of owner, so each index list holds one owner's names side by side: a name passes over its own
  // owner's block by halving, not by reading it.
  const order = keys.map((_, i) => i).sort((a, b) => owner[a]! - owner[b]! || a - b);
  const ownerAt = order.map((i) => owner[i]!);
  const names = indexNames(order.map((i) => keys[i]!));
  const helped = ownerAt.map((o) => o === -1);
  const seen = new Int32Array(keys.length).fill(-1);
  for (const n of order.keys()) {
    const own = ownerAt[n]!;
    const block = (list: number[]): [number, number] => [
      lowerBound(list, (e) => ownerAt[e]!, own),
      lowerBound(list, (e) => ownerAt[e]!, own + 1),
    ];
    eachCandidate(
      names,
      n,
      (other) => {
        const [a, b] = [order[n]!, order[other]!];
        if (group[a] !== group[b] || (helped[n] && helped[other]) || keys[a] === keys[b]) return;
        if (!helped[n] && sameNameWords(names.words[n]!, names.words[other]!)) helped[n] = true;
        if (!helped[other] && sameNameWords(names.words[other]!, names.words[n]!)) helped[other] = true;
      },
      seen,
      block,
    );
  }
  return new Set(order.filter((_, n) => helped[n]).map((i) => keys[i]!));
}
