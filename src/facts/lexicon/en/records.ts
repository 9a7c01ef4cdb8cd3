/**
 * Words around a win-loss figure ("53-3", "122-147"): what makes it a record, a score or a stretch, and which
 * moment or span of a career it counts.
 */

/** A figure right before one of these is a score or a stretch, not a record: "a 98-87 win", "a 19-7 run". */
export const SCORE_NOUNS: ReadonlySet<string> = new Set([
  'win', 'victory', 'loss', 'defeat', 'setback', 'rout', 'triumph', 'lead', 'deficit', 'decision', 'round', 'run',
  'streak', 'blowout', 'edge', 'upset', 'drubbing', 'thrashing', 'margin', 'halftime', 'advantage', 'score',
  'scoreline', 'final', 'count', 'vote', 'ruling', 'split', 'majority', 'verdict', 'tie', 'draw', 'shootout', 'game',
]);

/** Verbs that make the figure after them a score: "won 98-87", "led 24-20", "outscored them 22-10". */
export const SCORE_VERBS: ReadonlySet<string> = new Set([
  'win', 'lose', 'beat', 'defeat', 'lead', 'trail', 'outscore', 'top', 'edge', 'rout', 'down', 'tie', 'blank', 'vote',
  'rule', 'outlast', 'hold', 'shut', 'score', 'pull', 'rally', 'shock', 'stun', 'upset', 'slip', 'crush', 'hammer',
  'thrash', 'dominate', 'survive', 'overcome',
]);

/** Nouns that name a record: "a 162-139 record", "a mark of 122-147". */
export const RECORD_NOUNS: ReadonlySet<string> = new Set(['record', 'mark', 'ledger']);

/**
 * Nouns after a hyphenated pair that make it a win-loss record, not a range of one figure: "a 9-14 start", "a 35-47
 * season" (the extract stage's number scan).
 */
export const WIN_LOSS_NOUNS: ReadonlySet<string> = new Set([
  'record', 'start', 'mark', 'finish', 'season', 'run', 'streak', 'stretch', 'slate', 'ledger', 'career',
]);

/** Verbs a team reaches a record with, before "to" or "at" (the number scan's test too): "fell to 40-42". */
export const RECORD_REACHED_VERBS: readonly string[] = ['improve', 'fall', 'drop', 'move', 'slip', 'go', 'climb', 'rise'];

/** Verbs that give the record after a fight or a game: "improved to 53-3", "fell to 45-7-2", "took his record to". */
export const RECORD_AFTER_VERBS: ReadonlySet<string> = new Set([
  'improve', 'move', 'raise', 'push', 'boost', 'lift', 'take', 'bring', 'climb', 'up', 'fall', 'drop', 'slip', 'sink',
  'slide', 'even', 'run', 'extend',
]);

/** Verbs that give the record before it: "entered at 52-3", "came in at", "heading into the fight at". */
export const RECORD_BEFORE_VERBS: ReadonlySet<string> = new Set(['enter', 'head']);

/** Words that make a record a whole career's: "284-286 lifetime", "an overall record", "with both teams". */
export const CAREER_RECORD_WORDS: ReadonlySet<string> = new Set(['lifetime', 'overall', 'career', 'all-time', 'both', 'combined', 'total']);

/** Words that make a record one tenure's: "in three-plus seasons", "at the helm", "as head coach". */
export const TENURE_RECORD_WORDS: ReadonlySet<string> = new Set(['helm', 'tenure', 'stint', 'seasons', 'years', 'coach']);

/** Knockouts written after a boxer's record: "46 KOs", "47 KO's", "46 wins by knockout". */
export const KNOCKOUT_WORDS: ReadonlySet<string> = new Set(['ko', 'kos', "ko's", 'knockout', 'knockouts', 'tko', 'tkos']);

/**
 * Words of a point in play: a figure pair in their clause is the score of a game under way ("serving at 4-5,
 * 30-40", "had him at 30-40 on serve", "at deuce"), not anyone's record.
 */
export const IN_PLAY_WORDS: ReadonlySet<string> = new Set(['serve', 'serving', 'served', 'deuce', 'tiebreak', 'tiebreaker', 'tie-break']);

/** Verbs that tell how a game ended, before its score: "beat the Celtics 102-98", "lost 3-1 to Leeds". */
export const FINAL_SCORE_VERBS: ReadonlySet<string> = new Set([
  'beat', 'defeat', 'win', 'lose', 'edge', 'rout', 'outlast', 'top', 'down', 'crush', 'thrash', 'hammer', 'stun',
  'upset', 'survive', 'blank', 'outscore', 'fall',
]);

/** Nouns of a result after its score: "a 102-98 win", "their 3-1 defeat". (Not a lead or a run: a moment of play.) */
export const FINAL_SCORE_NOUNS: ReadonlySet<string> = new Set(['win', 'victory', 'loss', 'defeat', 'rout', 'triumph', 'upset', 'blowout', 'drubbing', 'thrashing']);
