/**
 * Verbs that report a happening rather than happen: a figure, a day or a span next to them belongs to the report
 * ("said on Monday", "told reporters two days later"), not to the event. One list per concept; each reader joins
 * the ones it needs.
 */

/** Saying and writing: "said", "told", "announced", "confirmed". */
export const SAYING_VERBS: readonly string[] = [
  'say', 'tell', 'report', 'announce', 'state', 'add', 'confirm', 'note', 'claim', 'write', 'reveal', 'explain', 'quote',
  'publish', 'express', 'warn', 'urge', 'deny', 'insist', 'acknowledge', 'admit', 'stress', 'emphasize', 'emphasise',
  'comment', 'remark', 'declare', 'tweet',
];

/** Knowing, thinking and estimating: "believed", "estimated", "expects". */
export const BELIEF_VERBS: readonly string[] = [
  'believe', 'think', 'know', 'hope', 'expect', 'learn', 'suggest', 'show', 'indicate', 'estimate',
];

/** Putting out a statement: "posted on Facebook", "released a statement", "updated its figures". */
export const PUBLISHING_VERBS: readonly string[] = ['post', 'release', 'update'];
