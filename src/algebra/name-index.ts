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
import { sameNameWords, splitName } from './names.js';

/** Words up to this long are filed under their deletion variants; from LONG_WORD on, under their pieces. */
const VARIANT_MAX = 32;
const LONG_WORD = 30;
const PIECE = 9;

/** The edits sameWord allows a word of this length (see wordTolerance in ./names.ts). */
function editsAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** Every string `word` becomes with up to `edits` characters deleted. */
function deletions(word: string, edits: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let e = 0; e < edits; e++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * The keys a word is filed under (`filed`) and looked up by (`asked`): sameWord(a, b) implies that a's asked
 * keys and b's filed keys share one.
 */
function wordKeys(word: string, role: 'filed' | 'asked'): string[] {
  const first = word.charAt(0);
  const keys = [`=${word}`];
  // An initial meets every word of its letter: filed under the letter it stands for, asked for by every word.
  if (word.length === 1) keys.push(`${role === 'filed' ? 'i' : 'w'}:${word}`);
  keys.push(`${role === 'filed' ? 'w' : 'i'}:${first}`);
  const edits = editsAllowed(word.length);
  if (edits > 0 && word.length <= VARIANT_MAX) for (const v of deletions(word, edits)) keys.push(`~${first}|${v}`);
  if (word.length >= LONG_WORD) {
    const middle = role === 'filed' ? [-2, -1, 0, 1, 2] : [0];
    keys.push(`<${word.slice(0, PIECE)}`, `>${word.slice(-PIECE)}`);
    for (const shift of middle) keys.push(`|${word.slice(PIECE + shift, 2 * PIECE + shift)}`);
  }
  return keys;
}

/** key -> the indexes of the names filed under it. */
type Index = Map<string, number[]>;

function file(index: Index, key: string, name: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [name]);
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
function eachCandidate(names: NameWords, n: number, visit: (other: number) => void, seen: Int32Array): void {
  const w = names.words[n]!;
  if (w.length === 0) return;
  let best: number[][] = [];
  let bestSize = Infinity;
  const consider = (index: Index, word: string): void => {
    const lists = wordKeys(word, 'asked').map((k) => index.get(k) ?? []);
    const size = lists.reduce((total, l) => total + l.length, 0);
    if (size < bestSize) {
      best = lists;
      bestSize = size;
    }
  };
  consider(names.last, w[w.length - 1]!);
  for (const word of w.slice(0, -1)) consider(names.inner, word);
  for (const list of best) {
    for (const other of list) {
      if (other === n || seen[other] === n || names.words[other]!.length < w.length) continue;
      seen[other] = n;
      visit(other);
    }
  }
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
  const names = indexNames(keys);
  const helped = owner.map((o) => o === -1);
  const seen = new Int32Array(keys.length).fill(-1);
  for (const n of keys.keys()) {
    eachCandidate(
      names,
      n,
      (other) => {
        if (owner[other] === owner[n] || group[other] !== group[n] || (helped[n] && helped[other]) || keys[other] === keys[n]) return;
        if (!helped[n] && sameNameWords(names.words[n]!, names.words[other]!)) helped[n] = true;
        if (!helped[other] && sameNameWords(names.words[other]!, names.words[n]!)) helped[other] = true;
      },
      seen,
    );
  }
  return new Set(keys.filter((_, n) => helped[n]));
}
