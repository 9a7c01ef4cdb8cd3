/**
 * Words of knowing besides the reporting verbs: a negation over them ("was not aware of any threats", "did not
 * recall any") denies the knowing, not the thing, so it counts nothing.
 */
export const KNOWING_WORDS: readonly string[] = ['aware', 'recall', 'remember'];
