import type { PageFacts } from '../page.js';
import { flag, type Feature } from './feature.js';

/**
 * Repeats: a line printed twice on one page (a gallery, a title bar), or retold by another line of it (a caption, a
 * summary). Reporting is written once; furniture is copied.
 */

/** Lines shorter than this repeat by chance ("Police said."). */
const MIN_WORDS = 3;

/**
 * For each page, the keys of its lines printed more than once, when they look like a gallery or a title bar: more
 * than one line copied, and the copies at most half the page (a page scraped twice is the article twice, and one
 * sentence said twice is the writer's). Built on first use, kept with the page's facts.
 */
const copiedKeys = new WeakMap<PageFacts, Set<string>>();

function copiedOf(f: PageFacts): Set<string> {
  let copied = copiedKeys.get(f);
  if (copied === undefined) {
    const counts = new Map<string, number>();
    f.lines.forEach((l, i) => {
      if (l.words >= MIN_WORDS && i !== f.headline) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
    });
    const repeated = [...counts].filter(([, n]) => n > 1);
    const copies = repeated.reduce((n, [, k]) => n + k, 0);
    copied = repeated.length > 1 && copies <= f.lines.length / 2 ? new Set(repeated.map(([key]) => key)) : new Set();
    copiedKeys.set(f, copied);
  }
  return copied;
}

/** Lines with fewer content words than this echo others by chance. */
const MIN_ECHO_WORDS = 5;
/**
 * Words on more lines than this say nothing about which line a line retells (and following them would make a page
 * of many alike lines cost the square of its length).
 */
const MAX_LINES_PER_WORD = 40;
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
  // Words in common with each other line, counted in one array reset after each line (a Map per line costs more).
  const common = new Int32Array(f.lines.length);
  const touched: number[] = [];
  shares = f.lines.map((l, i) => {
    if (l.content.size < MIN_ECHO_WORDS || i === f.headline) return 0;
    let best = 0;
    for (const w of l.content) {
      const others = linesWith.get(w) ?? [];
      if (others.length > MAX_LINES_PER_WORD) continue;
      for (const j of others) {
        if (j === i || j === f.headline) continue;
        if (common[j] === 0) touched.push(j);
        const n = (common[j] ?? 0) + 1;
        common[j] = n;
        best = Math.max(best, n);
      }
    }
    for (const j of touched) common[j] = 0;
    touched.length = 0;
    return best / l.content.size;
  });
  echoes.set(f, shares);
  return shares;
}

export const REPEAT_FEATURES: readonly Feature[] = [
  {
    name: 'repeated-on-page',
    reason: 'gallery',
    value: (f, i) => flag(i !== f.headline && copiedOf(f).has(f.lines[i]!.key)),
  },
  { name: 'echoes-a-line', reason: 'caption', value: (f, i) => echoShares(f)[i] ?? 0 },
  { name: 'retells-a-line', reason: 'caption', value: (f, i) => flag((echoShares(f)[i] ?? 0) >= 0.7) },
];
