import type { PageFacts } from '../page.js';
import { flag, type Feature } from './feature.js';

/**
 * Repeats: a line printed twice on one page (a gallery, a title bar) or word for word by another source of the
 * run (a wire's credit, a station group's footer). Reporting is rewritten; furniture is copied.
 */

/** Lines shorter than this repeat by chance ("Police said."). */
const MIN_WORDS = 3;

/** For each page, how many of its lines have each key (built on first use, kept with the page's facts). */
const keyCounts = new WeakMap<PageFacts, Map<string, number>>();

function countsOf(f: PageFacts): Map<string, number> {
  let counts = keyCounts.get(f);
  if (counts === undefined) {
    counts = new Map();
    for (const l of f.lines) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
    keyCounts.set(f, counts);
  }
  return counts;
}

/** Lines with fewer content words than this echo others by chance. */
const MIN_ECHO_WORDS = 5;
const echoes = new WeakMap<PageFacts, number[]>();

/**
 * For each line, the largest share of its content words that one other line of the page holds: a caption or a
 * summary retells a sentence of the article in other order, with a word or two changed.
 */
function echoShares(f: PageFacts): number[] {
  let shares = echoes.get(f);
  if (shares !== undefined) return shares;
  const linesWith = new Map<string, number[]>();
  f.lines.forEach((l, i) => {
    for (const w of l.content) {
      const list = linesWith.get(w);
      if (list === undefined) linesWith.set(w, [i]);
      else list.push(i);
    }
  });
  shares = f.lines.map((l, i) => {
    if (l.content.size < MIN_ECHO_WORDS || i === f.headline) return 0;
    const common = new Map<number, number>();
    for (const w of l.content) for (const j of linesWith.get(w) ?? []) if (j !== i && j !== f.headline) common.set(j, (common.get(j) ?? 0) + 1);
    let best = 0;
    for (const n of common.values()) best = Math.max(best, n);
    return best / l.content.size;
  });
  echoes.set(f, shares);
  return shares;
}

export const REPEAT_FEATURES: readonly Feature[] = [
  {
    name: 'repeated-on-page',
    reason: 'gallery',
    value: (f, i) => {
      const line = f.lines[i]!;
      return flag(line.words >= MIN_WORDS && i !== f.headline && (countsOf(f).get(line.key) ?? 0) > 1);
    },
  },
  { name: 'echoes-a-line', reason: 'caption', value: (f, i) => echoShares(f)[i] ?? 0 },
  { name: 'retells-a-line', reason: 'caption', value: (f, i) => flag((echoShares(f)[i] ?? 0) >= 0.7) },
  {
    name: 'repeated-in-run',
    reason: 'navigation',
    value: (f, i) => {
      const line = f.lines[i]!;
      return flag(line.words >= MIN_WORDS && (f.page.runLines?.get(line.key) ?? 0) > 1);
    },
  },
];
