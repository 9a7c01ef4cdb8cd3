/**
 * Words of knowing and perceiving besides the reporting verbs: a negation over them ("was not aware of any threats",
 * "did not recall any", "our reporter did not see any casualties") denies the knowing or the seeing, not the thing,
 * so it counts nothing.
 */
export const KNOWING_WORDS: readonly string[] = ['aware', 'recall', 'remember', 'see', 'witness', 'notice', 'observe', 'hear', 'spot'];
