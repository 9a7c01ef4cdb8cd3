/** What `claimdiff batch` writes: the records (and the summary table), or the summary alone. A light module: the command line reads it before it knows it will compare. */
export const BATCH_FORMATS = ['jsonl', 'summary'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];
