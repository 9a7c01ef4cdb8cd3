import type { NormalizedSentence, Warning } from '../types.js';
import { similarityMatrix, splitInTwo, type TwoGroups } from './split.js';

/**
 * Whether the sources of a run tell one event, read from the words they share. Each source is a bag of its content
 * words (normalize's terms, light words left out), each counted by the sentences that hold it (1 + ln n) and
 * weighted by its rarity in the run; two sources are alike by the cosine of their bags. The sources are split in
 * two groups (average linkage); the run is taken for several events only when the two groups are far apart both
 * in absolute terms and against how alike the sources within each group are.
 *
 * Measured on the 27 clusters of the shared corpus (each one event, some of them about similar events: two
 * earthquakes, eight shootings) and on every pair of clusters run together (docs/reference.md, "One event or
 * several"): the two bounds sit about a quarter below the lowest value any real cluster gave, so a doubtful run is
 * let through; the warning never changes a finding.
 */
export const ONE_EVENT_BOUNDS = {
  /** Mean likeness of a source of one group to one of the other; real clusters gave 0.092 and up. */
  between: 0.07,
  /** That mean against the mean likeness within the groups; real clusters gave 0.27 and up. */
  ratio: 0.225,
} as const;

/**
 * The most sources a run may have to be judged: the split takes some n^3 steps. News coverage of one event rarely
 * has more; a larger run is compared without the judgement.
 */
export const ONE_EVENT_MAX_SOURCES = 100;

/**
 * The fewest sentences each source of the odd group must have: a brief of a line or three shares few words with
 * anything (one real source of the corpus cut to its first one to three lines was called another event in 10 of
 * 585 runs), so the judgement abstains.
 */
export const ONE_EVENT_MIN_SENTENCES = 4;

/** The two groups' figures, for the warning and for measuring the bounds. */
export interface EventSplit extends TwoGroups {
  /** Mean likeness of pairs within the same group; undefined when both groups are single sources. */
  within: number | undefined;
}

/**
 * The run's sources (in the order given) split into their two most distinct groups; undefined for fewer than
 * three or more than ONE_EVENT_MAX_SOURCES.
 */
export function eventSplit(ids: readonly string[], sentences: readonly NormalizedSentence[]): EventSplit | undefined {
  if (ids.length < 3 || ids.length > ONE_EVENT_MAX_SOURCES) return undefined;
  const bags = ids.map(() => new Map<string, number>());
  const at = new Map(ids.map((id, i) => [id, i]));
  for (const s of sentences) {
    const bag = bags[at.get(s.source) ?? -1];
    if (bag === undefined) continue;
    // Once per sentence: a sentence that repeats a word says it once.
    const heavy = new Set(s.terms.filter((_, k) => s.termWeights[k] === 1));
    for (const term of heavy) bag.set(term, (bag.get(term) ?? 0) + 1);
  }
  const similarity = similarityMatrix(bags.map((bag) => new Map([...bag].map(([term, n]) => [term, 1 + Math.log(n)]))));
  const groups = splitInTwo(similarity);
  const pairs = [...pairsOf(groups.larger), ...pairsOf(groups.smaller)];
  const within = pairs.length === 0 ? undefined : pairs.reduce((sum, [a, b]) => sum + similarity[a]![b]!, 0) / pairs.length;
  return { ...groups, within };
}

/** True when the split shows two events by both bounds; a run with no pairs within a group is given the benefit of the doubt. */
export function isSeveralEvents(split: EventSplit): boolean {
  if (split.within === undefined || split.within === 0) return false;
  return split.between < ONE_EVENT_BOUNDS.between && split.between / split.within < ONE_EVENT_BOUNDS.ratio;
}

/**
 * One warning naming the sources of the smaller group when the run looks like more than one event, else none.
 * The report is made all the same: the user may know better.
 */
export function oneEventWarning(given: readonly string[], sentences: readonly NormalizedSentence[]): Warning[] {
  // Sorted: the same warning whatever the order of the arguments. A source with no sentence has its own warning.
  const worded = new Set(sentences.map((s) => s.source));
  const ids = given.filter((id) => worded.has(id)).sort();
  const split = eventSplit(ids, sentences);
  if (split === undefined || !isSeveralEvents(split)) return [];
  const odd = split.smaller.map((i) => ids[i]!);
  const told = (id: string) => sentences.filter((s) => s.source === id).length;
  if (odd.some((id) => told(id) < ONE_EVENT_MIN_SENTENCES)) return [];
  const rest = ids.length - odd.length;
  const these = odd.length === 1 ? 'this source shares' : `these ${odd.length} sources share`;
  const others = rest === 1 ? 'the other source' : `the other ${rest}`;
  return [
    {
      source: odd.join(', '),
      message: `${these} few words with ${others} and may report another event; compared as one all the same (likeness ${split.between.toFixed(2)} between the groups, ${split.within!.toFixed(2)} within)`,
    },
  ];
}

function pairsOf(group: readonly number[]): Array<[number, number]> {
  return group.flatMap((a, i) => group.slice(i + 1).map((b): [number, number] => [a, b]));
}
