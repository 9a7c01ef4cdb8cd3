/** Words that make a bare figure a person's age: "ages 6 and 16", "aged 40", "Banky, who is 40,". */

/** Words that head a list of ages: "ages 6 and 16", "age 8". */
export const AGE_LIST_HEADS: ReadonlySet<string> = new Set(['age', 'ages', 'aged']);

/** Verbs that link a person to an age: "who is 32", "who turned 40". */
export const AGE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'turned', 'turns']);
