/**
 * Readings of the extract stage's frames that a typed measure replaces, by measure: there, "pounds" is always money,
 * so "stole 200 pounds of copper" was a sum stolen in GBP; and a sum linked to a noun by "worth" was the value of the
 * sentence's first noun ("a team that signed Brand to a deal worth $80 million": the team's value). Where a measure
 * reads the words otherwise, the old frame is dropped (the figure stays a mention); so is a count a fighter's record
 * reads ("51 knockouts").
 */
import type { Fact, Frame } from '../types.js';
import type { TypedFact } from './model.js';

/** Which old frames each measure's reading replaces. */
const REPLACES: Readonly<Record<string, readonly Frame['measure'][]>> = {
  weight: ['money'],
  money: ['money'],
  // "58-3 with 51 knockouts": wins by knockout in a fighter's record, not a count of knockouts in the story.
  record: ['count'],
  // "finished with 20 points": a player's statistic, not a count of points in the story.
  stat: ['count'],
};

export function withoutReplacedFrames<F extends Fact>(mentions: readonly F[], typed: readonly TypedFact[]): F[] {
  const replacing = typed.filter((t) => REPLACES[t.measure] !== undefined);
  if (replacing.length === 0) return [...mentions];
  return mentions.map((m) => {
    const measure = m.frame?.measure;
    if (m.kind !== 'number' || measure === undefined) return m;
    const overlaps = replacing.some((t) => REPLACES[t.measure]!.includes(measure) && m.span[0] < t.evidence.span[1] && t.evidence.span[0] < m.span[1]);
    if (!overlaps) return m;
    const { frame: _frame, scope: _scope, ...rest } = m;
    return rest as F;
  });
}
