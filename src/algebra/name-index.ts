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
 * keys and b's filed keys share one. Each key once, in the order keysOfWord finds them.
 */
function wordKeys(word: string, role: 'filed' | 'asked'): Int32Array {
  // One word stands in many names, and is asked about for each: its keys are worked out once.
  return (role === 'filed' ? filedKeys : askedKeys).get(word, (w) => Int32Array.from(keysOfWord(w, role)));
}

/**
 * Words remembered at most: a run's name words fit (a 380 KB article of new names has some 30,000), so its
 * indexes share them and a large run is not slower per word than a small one; the bound caps a hostile input.
 */
const MAX_MEMO = 50_000;
const filedKeys = new BoundedMemo<string, Int32Array>(MAX_MEMO);
const askedKeys = new BoundedMemo<string, Int32Array>(MAX_MEMO);

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

/**
 * key -> the indexes of the names filed under it, each name once, in the order filed: key number i's names are
 * names[start[i], start[i + 1]). A key's number is found by open addressing in `slots`, pairs of (key, number + 1;
 * 0: an empty slot) side by side. Typed arrays, not a map of arrays: a 380 KB article of new names files some two
 * million keys, and as many small arrays took much of the run in the collector and in cache misses (a case of the
 * growth bench grew 14x for 10x the input).
 */
interface Index {
  slots: Int32Array;
  shift: number;
  start: Int32Array;
  names: Int32Array;
}

/** The slot (an even offset into `slots`) of `key`: where it is, or the empty slot where it would go. */
function slotOf(slots: Int32Array, shift: number, key: number): number {
  const mask = slots.length - 2;
  // Keys are hashes already, but of a few kinds in their low bits: spread again.
  let slot = (Math.imul(key, 0x9e3779b1) >>> shift) << 1;
  while (slots[slot + 1] !== 0 && slots[slot] !== key) slot = (slot + 2) & mask;
  return slot;
}

/** The index of names' keys: `keysOf[n]` lists the key sets name n is filed under. */
function buildIndex(keysOf: ReadonlyArray<readonly Int32Array[]>): Index {
  let filed = 0;
  for (const lists of keysOf) for (const keys of lists) filed += keys.length;
  let bits = 4;
  while (1 << bits < 2 * filed) bits++;
  const slots = new Int32Array(2 << bits);
  const shift = 32 - bits;
  // Each key filed gets its number, in the order filed; then each number's names are counted (each name once) and
  // laid out side by side, reading those numbers in order rather than looking the keys up again.
  const ids = new Int32Array(filed);
  let distinct = 0;
  let at = 0;
  for (const lists of keysOf) {
    for (const keys of lists) {
      for (let k = 0; k < keys.length; k++) {
        const slot = slotOf(slots, shift, keys[k]!);
        if (slots[slot + 1] === 0) {
          slots[slot] = keys[k]!;
          slots[slot + 1] = ++distinct;
        }
        ids[at++] = slots[slot + 1]! - 1;
      }
    }
  }
  const lastName = new Int32Array(distinct).fill(-1);
  const start = new Int32Array(distinct + 1);
  at = 0;
  for (let n = 0; n < keysOf.length; n++) {
    for (const keys of keysOf[n]!) {
      for (let k = 0; k < keys.length; k++) {
        const id = ids[at++]!;
        if (lastName[id] === n) continue;
        lastName[id] = n;
        start[id + 1]!++;
      }
    }
  }
  for (let id = 0; id < distinct; id++) start[id + 1]! += start[id]!;
  const names = new Int32Array(start[distinct]!);
  const fill = start.slice(0, distinct);
  lastName.fill(-1);
  at = 0;
  for (let n = 0; n < keysOf.length; n++) {
    for (const keys of keysOf[n]!) {
      for (let k = 0; k < keys.length; k++) {
        const id = ids[at++]!;
        if (lastName[id] === n) continue;
        lastName[id] = n;
        names[fill[id]!++] = n;
      }
    }
  }
  return { slots, shift, start, names };
}

/** The number + 1 of `key` in the index, 0 when no name is filed under it. */
function idOf(index: Index, key: number): number {
  return index.slots[slotOf(index.slots, index.shift, key) + 1]!;
}

/** Where the names filed under `key` are in index.names: [from, to), empty when none is. */
function listOf(index: Index, key: number): [number, number] {
  const id = idOf(index, key);
  return id === 0 ? [0, 0] : [index.start[id - 1]!, index.start[id]!];
}

/** How many names are filed under `key`. */
function listLength(index: Index, key: number): number {
  const id = idOf(index, key);
  return id === 0 ? 0 : index.start[id]! - index.start[id - 1]!;
}

/** Every name filed under the keys of its words: its last word in one index, its other words in another. */
interface NameWords {
  words: string[][];
  last: Index;
  inner: Index;
}

function indexNames(keys: readonly string[]): NameWords {
  const words = keys.map(splitName);
  const last = words.map((w) => (w.length === 0 ? [] : [wordKeys(w[w.length - 1]!, 'filed')]));
  const inner = words.map((w) => (w.length === 0 ? [] : [...new Set(w.slice(0, -1))].map((word) => wordKeys(word, 'filed'))));
  return { words, last: buildIndex(last), inner: buildIndex(inner) };
}

/**
 * Calls `visit` once for every other name with at least as many words as name `n` that can be the same name:
 * the rarest of its words' lists holds them all (the last word meets the last, every other word one of the
 * other's). A pair of names is thus visited from its shorter side (from both when they have as many words).
 */
function eachCandidate(
  names: NameWords,
  n: number,
  visit: (other: number) => void,
  seen: Int32Array,
  block?: (list: Int32Array, from: number, to: number) => [number, number],
): void {
  const w = names.words[n]!;
  if (w.length === 0) return;
  let best: Index = names.last;
  let bestKeys: Int32Array | undefined;
  let bestSize = Infinity;
  const consider = (index: Index, word: string): void => {
    const keys = wordKeys(word, 'asked');
    let size = 0;
    for (let k = 0; k < keys.length; k++) size += listLength(index, keys[k]!);
    if (size < bestSize) {
      best = index;
      bestKeys = keys;
      bestSize = size;
    }
  };
  consider(names.last, w[w.length - 1]!);
  // A short list is short enough: the other words' lists are not looked up.
  for (const word of w.slice(0, -1)) if (bestSize > SHORT_LIST) consider(names.inner, word);
  const list = best.names;
  for (const key of bestKeys ?? []) {
    const [first, end] = listOf(best, key);
    // Entries in [skipFrom, skipTo) are passed over unread (see helpedNames).
    const [skipFrom, skipTo] = block?.(list, first, end) ?? [end, end];
    for (const [from, to] of [[first, skipFrom], [skipTo, end]] as const) {
      for (let at = from; at < to; at++) {
        const other = list[at]!;
        if (other === n || seen[other] === n || names.words[other]!.length < w.length) continue;
        seen[other] = n;
        visit(other);
      }
    }
  }
}

/** The first index in [lo, hi) of the non-decreasing `list` (as `value` reads it) whose value is at least `target`. */
function lowerBound(list: Int32Array, lo: number, hi: number, value: (entry: number) => number, target: number): number {
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
    const block = (list: Int32Array, from: number, to: number): [number, number] => [
      lowerBound(list, from, to, (e) => ownerAt[e]!, own),
      lowerBound(list, from, to, (e) => ownerAt[e]!, own + 1),
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
