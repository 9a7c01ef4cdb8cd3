/**
 * What an ordinal counts when it says which one this is ("his fifth title defence", "the 58th victory of his
 * career", "for the sixth time", "the second-deadliest"), folded so outlets' words meet. Only things a story's
 * event is one of: a defence, a win, a fight, a firing. Not members of a set ("the third victim", "his second
 * wife", "the third floor"), which name one among several without counting the event.
 */

/** Counted nouns, by lemma, and the key and words they are shown by. */
export const COUNTED_NOUNS: ReadonlyMap<string, { key: string; noun: string }> = new Map(
  (
    [
      [['defence', 'defense'], 'defence', 'defence'],
      [['title', 'crown', 'championship'], 'title', 'title'],
      [['win', 'victory'], 'win', 'win'],
      [['loss', 'defeat'], 'loss', 'loss'],
      [['fight', 'bout'], 'fight', 'fight'],
      [['game', 'match'], 'game', 'game'],
      [['season'], 'season', 'season'],
      [['start'], 'start', 'start'],
      [['appearance'], 'appearance', 'appearance'],
      [['attempt'], 'attempt', 'attempt'],
      [['goal'], 'goal', 'goal'],
      [['point'], 'point', 'point'],
      [['shooting'], 'shooting', 'shooting'],
      [['attack', 'strike', 'raid'], 'attack', 'attack'],
      [['outage'], 'outage', 'outage'],
      [['offensive'], 'offensive', 'offensive'],
      [['quake', 'earthquake'], 'quake', 'quake'],
      [['meeting'], 'meeting', 'meeting'],
      [['term'], 'term', 'term'],
      [['knockout'], 'knockout', 'knockout'],
    ] as const
  ).flatMap(([lemmas, key, noun]) => lemmas.map((lemma) => [lemma, { key, noun }] as const)),
);

/** Titles defended: "his sixth defence of the IBF belt", "retained his title for the fifth time". */
export const TITLE_NOUNS: ReadonlySet<string> = new Set(['title', 'belt', 'crown', 'championship', 'titles', 'belts']);
export const DEFEND_VERBS: ReadonlySet<string> = new Set(['defend', 'retain', 'keep', 'hold']);

/** Roles counted by what befell them: "the fifth NBA coach to be fired", "the third coach fired this season". */
export const COUNTED_ROLES: ReadonlySet<string> = new Set(['coach', 'manager', 'president', 'leader', 'minister', 'official', 'player', 'chief', 'executive', 'ceo']);

/** Words for an unbroken run: "his 16th straight fight", "its fifth consecutive win". */
export const STRAIGHT_WORDS: ReadonlySet<string> = new Set(['straight', 'consecutive', 'successive']);

/** Superlatives an ordinal ranks by, besides -est forms: "the eighth best", "the second most". */
export const SUPERLATIVES: ReadonlySet<string> = new Set(['best', 'worst', 'most', 'least']);
