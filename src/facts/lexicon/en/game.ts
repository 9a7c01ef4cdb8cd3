/**
 * Moments of a game or a fight that a clock or a round dates: the stoppage, a knockdown, the record-setting basket,
 * the winner. Folded so outlets' words meet ("stopped", "TKO", "waved it off"); `repeats`: a happening that may
 * come more than once in one game (a knockdown), whose round or clock differs without contradiction. And the
 * periods a game is played in, with their usual lengths.
 */

import type { Token } from '../../model.js';

export interface GameHappening {
  key: string;
  noun: string;
  repeats?: true;
  /** The period it is counted in when the sentence names none ("stopped the fight at 2:56": a round). */
  period?: string;
}

const STOPPAGE: GameHappening = { key: 'stoppage', noun: 'the stoppage', period: 'round' };
const KNOCKDOWN: GameHappening = { key: 'knockdown', noun: 'a knockdown', repeats: true, period: 'round' };
const DECISION: GameHappening = { key: 'decision', noun: 'the decision', period: 'round' };
const RECORD: GameHappening = { key: 'record', noun: 'the record' };
const WINNER: GameHappening = { key: 'winner', noun: 'the winning score' };

const WORDS: ReadonlyMap<string, GameHappening> = new Map([
  ['stop', STOPPAGE], ['stopping', STOPPAGE], ['stoppage', STOPPAGE], ['halt', STOPPAGE], ['tko', STOPPAGE], ['ko', STOPPAGE], ['knockout', STOPPAGE],
  ['floor', KNOCKDOWN], ['floored', KNOCKDOWN], ['flooring', KNOCKDOWN], ['knockdown', KNOCKDOWN], ['drop', KNOCKDOWN], ['canvas', KNOCKDOWN],
  ['decision', DECISION],
  ['winner', WINNER],
]);

/** Two words that name one: "knocked out", "knocked down", "waved off", "top spot". */
const PAIRS: ReadonlyMap<string, GameHappening> = new Map([
  ['knock out', STOPPAGE], ['wave off', STOPPAGE], ['call off', STOPPAGE],
  ['knock down', KNOCKDOWN], ['go down', KNOCKDOWN],
  ['top spot', RECORD], ['all-time leading', RECORD],
  // Hyphenated words come as three tokens ("game", "-", "winning"): read from their first and last.
  ['game win', WINNER], ['game winner', WINNER], ['go ahead', WINNER], ['buzzer beater', WINNER],
]);

/** Verbs that make "the record" or "the mark" after them the happening: "set the record", "broke the mark". */
const RECORD_VERBS: ReadonlySet<string> = new Set(['set', 'break', 'shatter', 'establish', 'eclipse', 'claim', 'own']);

/**
 * The game happening at token k (and k+1, k+2 for two words), given up to three words before it for "set the
 * record". A plural noun counts happenings ("51 knockouts") and dates none.
 */
export function gameHappeningAt(tokens: readonly Token[], k: number): GameHappening | undefined {
  const t = tokens[k]!;
  const pair = PAIRS.get(`${t.lemma} ${tokens[k + 1]?.lower ?? ''}`) ?? PAIRS.get(`${t.lemma} ${tokens[k + 2]?.lemma ?? ''}`);
  if (pair !== undefined) return pair;
  if (['record', 'mark'].includes(t.lemma)) return tokens.slice(Math.max(0, k - 3), k).some((b) => RECORD_VERBS.has(b.lemma)) ? RECORD : undefined;
  if (t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s')) return undefined;
  return WORDS.get(t.lower) ?? WORDS.get(t.lemma);
}

/** Period nouns, folded: a "frame" is a round. */
export const PERIOD_NOUNS: ReadonlyMap<string, string> = new Map([
  ['round', 'round'], ['frame', 'round'], ['half', 'half'], ['quarter', 'quarter'], ['period', 'period'],
  ['inning', 'inning'], ['overtime', 'overtime'],
]);

/** The usual lengths of a period, in seconds, by league: a reading of time played and one of time left agree if they add up to one. */
export const PERIOD_SECONDS: ReadonlyMap<string, readonly number[]> = new Map([
  ['round', [120, 180, 300]],
  ['half', [1200, 1440, 1800, 2700]],
  ['quarter', [600, 720, 900]],
  ['period', [1200]],
  ['overtime', [300, 600]],
]);

/** Words that say a sentence is about another fight than the story's: "On the undercard", "in the rematch". */
export const OTHER_FIGHT_WORDS: ReadonlySet<string> = new Set(['undercard', 'co-feature', 'preliminary', 'rematch']);

/** Two words that turn to a fight before the story's: "coming off an 11th-round knockout", "fresh off a win". */
export const OTHER_FIGHT_PAIRS: ReadonlySet<string> = new Set(['coming off', 'fresh off', 'comes off', 'came off']);

/** Results of a fight: "following up a decision over Ibragimov" turns to earlier fights (not "followed up a jab"). */
export const FIGHT_RESULTS: ReadonlySet<string> = new Set(['decision', 'win', 'victory', 'knockout', 'stoppage', 'loss', 'defeat', 'fight', 'bout', 'draw']);

/** Said of a fight or a meeting, another one than the story's: "their first fight", "a previous bout". */
export const OTHER_FIGHT_MARKERS: ReadonlySet<string> = new Set(['first', 'earlier', 'previous', 'last', 'prior']);
export const MEETING_NOUNS: ReadonlySet<string> = new Set(['fight', 'bout', 'meeting', 'match', 'game', 'encounter', 'clash']);

/** Words of a game or fight that make "at 2:56" a game clock, not a time of day. */
export const GAME_WORDS: ReadonlySet<string> = new Set(['fight', 'bout', 'referee', 'round', 'tko', 'ko', 'knockout', 'half', 'quarter', 'period', 'game', 'clock', 'buzzer']);
