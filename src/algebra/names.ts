/**
 * Name keys compared: whether two keys (as the extract stage folds names: lower case, ASCII, spelling folded)
 * denote the same person, place or organisation. Pure algebra below the stages that use it: extract keys names,
 * compare matches them across sources.
 */
import { distance } from 'fastest-levenshtein';

/** Leading words of a longer name that make it a different place ("South Sudan" is not "Sudan"). */
const DISTINGUISHING_PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'upper', 'lower', 'greater', 'little', 'great', 'old']);

export function wordTolerance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Two key words are the same: equal, an initial of the other, or a near spelling with the same first letter. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  if (a.charAt(0) !== b.charAt(0)) return false;
  const tolerance = wordTolerance(Math.min(a.length, b.length));
  return tolerance > 0 && distance(a, b) <= tolerance;
}

/** A name key's words. */
export function splitName(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 0);
}

/**
 * Whether two name keys denote the same name: equal, near spellings (fastest-levenshtein), or the
 * words of the shorter found in order in the longer ending on the same last word, so a bare surname
 * matches the full name ("zelenski" ~ "volodimir zelenski") and a middle name may be left out.
 * "sudan" does not match "south sudan": a leading direction word makes a different place.
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  return sameNameWords(splitName(a), splitName(b));
}

/** sameName of two different keys, split into their words (splitName): for callers that split each key once. */
export function sameNameWords(wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // The last words (surnames, heads of organisation names) must meet.
  if (!sameWord(short[short.length - 1] ?? '', long[long.length - 1] ?? '')) return false;
  // The other words of the shorter name, in order, within the longer one.
  let k = 0;
  let firstMatched = long.length - 1;
  for (let s = 0; s < short.length - 1; s++) {
    const word = short[s] ?? '';
    while (k < long.length - 1 && !sameWord(word, long[k] ?? '')) k++;
    if (k >= long.length - 1) return false;
    if (s === 0) firstMatched = k;
    k++;
  }
  // Words of the longer name before the match must not change what is named.
  for (let p = 0; p < firstMatched; p++) {
    if (DISTINGUISHING_PREFIXES.has(long[p] ?? '')) return false;
  }
  // A single-letter key is too weak to stand for a longer name on its own.
  return short.join('').length > 1;
}

