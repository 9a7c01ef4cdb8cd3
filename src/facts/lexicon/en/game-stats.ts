/**
 * A player's statistics in a game or a career, by the noun counted ("20 points", "17 aces", "14 rebounds"), folded to
 * one key per statistic. Nouns that name other things as often ("hits", "runs", "shots", "winners") are left out.
 */
export const STAT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['point', 'point'], ['points', 'point'], ['rebound', 'rebound'], ['rebounds', 'rebound'], ['assist', 'assist'],
  ['assists', 'assist'], ['ace', 'ace'], ['aces', 'ace'], ['goal', 'goal'], ['goals', 'goal'], ['touchdown', 'touchdown'],
  ['touchdowns', 'touchdown'], ['strikeout', 'strikeout'], ['strikeouts', 'strikeout'], ['birdie', 'birdie'],
  ['birdies', 'birdie'], ['wicket', 'wicket'], ['wickets', 'wicket'], ['sack', 'sack'], ['sacks', 'sack'],
  ['interception', 'interception'], ['interceptions', 'interception'], ['three-pointer', 'three-pointer'],
  ['three-pointers', 'three-pointer'], ['double fault', 'double fault'], ['double faults', 'double fault'],
]);

/** Words that make a count a total over a career or a season, not one game's: "2,301 career points". */
export const TOTAL_WORDS: ReadonlySet<string> = new Set(['career', 'season', 'all-time', 'lifetime']);

/** Parts of a game: a count "in the deciding set" or "in the first half" is of that part only. */
export const GAME_PARTS: ReadonlySet<string> = new Set(['half', 'quarter', 'set', 'period', 'inning', 'innings', 'round', 'frame', 'game', 'overtime', 'tiebreak', 'tie-break', 'stretch', 'decider']);
