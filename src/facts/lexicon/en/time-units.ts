/** Units of a span of time, in days (the duration measure's base unit). Months and years are mean lengths. */
export const SPAN_UNIT_DAYS: ReadonlyMap<string, number> = new Map([
  ['second', 1 / 86_400],
  ['minute', 1 / 1_440],
  ['hour', 1 / 24],
  ['day', 1],
  ['week', 7],
  ['fortnight', 14],
  ['month', 30.44],
  ['year', 365.25],
  ['decade', 3_652.5],
]);

/** Singular unit of a written unit word ("weeks", "Weeks", "hrs" are not read: only full words). */
export function spanUnit(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (SPAN_UNIT_DAYS.has(lower)) return lower;
  if (lower.endsWith('s') && SPAN_UNIT_DAYS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return undefined;
}
