/**
 * A patient's condition as hospitals and police report it, on the scale hospitals use (good 0, fair 1, serious 2,
 * critical 3). A word that allows several levels spans them: "stable" is said of good, fair and serious patients,
 * never of a critical one alone (a "critical but stable" patient is critical).
 */
export const CONDITION_LEVELS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['good', [0, 0]],
  ['satisfactory', [0, 0]],
  ['fair', [1, 1]],
  ['stable', [0, 2]],
  ['serious', [2, 2]],
  ['guarded', [2, 2]],
  ['critical', [3, 3]],
  ['grave', [3, 3]],
]);

/** Words that say the condition changed or is one of two times: the sentence tells an update, not the condition. */
export const CONDITION_CHANGES: ReadonlySet<string> = new Set([
  'upgrade', 'downgrade', 'improve', 'worsen', 'deteriorate', 'initially', 'earlier', 'later', 'now', 'originally', 'first', 'before', 'after', 'since', 'until', 'become', 'turn',
]);

/** Verbs that put a patient in a condition: "was in", "remained in", "was listed in", "is reported in". */
export const CONDITION_VERBS: ReadonlySet<string> = new Set(['be', 'remain', 'list', 'report', 'describe', 'stay', 'say', 'hospitalize', 'hospitalise']);
