/**
 * A player's total of a statistic over a career or a season: "now has 2,301 career points", "Hansbrough, who now
 * has 2,302 points", "247 goals for his career", asked of the player and the statistic whatever the verb. One
 * game's count ("finished with 20 points") is not read: a story of one game recalls others no sentence tells apart;
 * nor is a count of a part of a game ("12 points in the first half") or an average ("22.8 points").
 */
import { plural } from '../../language/en/inflect.js';
import { GAME_PARTS, STAT_NOUNS, TOTAL_WORDS } from '../lexicon/en/game-stats.js';
import { EVENT, evidenceOf, type Measure, type SentenceContext, type Token, type TypedFact } from '../model.js';
import { amountAt, antecedentOf, clauseRange, nameSubject } from '../tokens.js';
import { quantityCompare } from '../values.js';
import { personSubject } from './unit-text.js';

function read(context: SentenceContext): TypedFact[] {
  const { tokens } = context.parsed;
  const facts: TypedFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const amount = amountAt(tokens, i);
    if (amount === undefined || ['a', 'an'].includes(tokens[i]!.lower)) continue;
    let k = amount.last + 1;
    const total = TOTAL_WORDS.has(tokens[k]?.lower ?? '');
    if (total) k++;
    const two = `${tokens[k]?.lower ?? ''} ${tokens[k + 1]?.lower ?? ''}`;
    const stat = STAT_NOUNS.get(two) ?? STAT_NOUNS.get(tokens[k]?.lower ?? '');
    if (stat === undefined) continue;
    const last = STAT_NOUNS.has(two) ? k + 1 : k;
    if (ofPart(tokens, last)) continue;
    const start = tokens[i]!.start;
    const found = personSubject(context, start, tokens[last]!.end);
    const antecedent = found.id === EVENT.id ? antecedentOf(context, clauseRange(tokens, i)[0], PLAYER_RELATIVES) : undefined;
    const subject = found.id !== EVENT.id ? found : antecedent !== undefined ? nameSubject(antecedent) : undefined;
    if (subject === undefined) continue;
    // One game's count is left to the claims: a story of a record-setting game recalls other games ("scored 24
    // against Duke") that no sentence tells apart. An average ("22.8 points") is no count.
    if (!(total || isRunningTotal(tokens, i, last)) || !Number.isInteger(amount.value)) continue;
    facts.push({
      measure: 'stat',
      subject,
      attribute: { id: `stat|total|${stat}`, label: `${plural(stat)} in all`, about: `{subject}'s ${plural(stat)} in all` },
      value: { type: 'quantity', min: amount.value, max: amount.value, unit: stat },
      scope: {},
      evidence: evidenceOf(context, [start, tokens[last]!.end]),
    });
    i = last;
  }
  return facts;
}

/** "now has 2,302 points", "2,301 points for his career": a total to the day, not the game's. */
function isRunningTotal(tokens: readonly Token[], at: number, last: number): boolean {
  const before = tokens.slice(Math.max(0, at - 3), at).map((t) => t.lower);
  return before.includes('now') || phraseAfter(tokens, last).some((t) => TOTAL_WORDS.has(t.lower));
}

/** A count of a part of the game: "12 points in the first half", "17 aces in the deciding set". */
function ofPart(tokens: readonly Token[], last: number): boolean {
  return phraseAfter(tokens, last).some((t) => GAME_PARTS.has(t.lower));
}

/** The prepositional phrase right after the counted noun, to the next comma: "for his career", "in the first half". */
function phraseAfter(tokens: readonly Token[], last: number): Token[] {
  if (!['in', 'for', 'during', 'over', 'this', 'of'].includes(tokens[last + 1]?.lower ?? '')) return [];
  const phrase: Token[] = [];
  for (let k = last + 1; k < tokens.length && k <= last + 5 && tokens[k]!.pos !== 'PUNCT'; k++) phrase.push(tokens[k]!);
  return phrase;
}

/** Relative pronouns whose antecedent a player's total is of: "Hansbrough, who now has 2,302 points". */
const PLAYER_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

export const stat: Measure = {
  id: 'stat',
  read,
  compare: quantityCompare,
  words(value) {
    return value.type === 'quantity' ? `${value.min} ${value.min === 1 ? value.unit : plural(value.unit)}` : '';
  },
};
