/** Words for amounts given only roughly: "dozens", "hundreds", "several hundred", "a few thousand". */

/** Class words for vague quantities, as [min, max]. */
export const VAGUE_CLASSES: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2_000, 9_999]],
  ['millions', [2_000_000, 999_999_999]], ['billions', [2_000_000_000, 999_999_999_999]],
]);

/** "several hundred" -> [3, 9] x 100; "a few thousand" -> [2, 5] x 1000. */
export const VAGUE_MULTIPLIERS: ReadonlyMap<string, [number, number]> = new Map([
  ['several', [3, 9]], ['few', [2, 5]], ['some', [2, 9]], ['many', [2, 9]],
]);
