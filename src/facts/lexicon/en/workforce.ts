/**
 * A company's workforce: the nouns that count its people ("2,300 employees", "4,000 workers", "12,000 staff") and
 * the verb that says they are its people whatever noun follows ("employs roughly 2,300 people").
 */
export const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(['employee', 'worker', 'staff', 'staffer', 'staff member']);
export const EMPLOYING_VERBS: ReadonlySet<string> = new Set(['employ']);
