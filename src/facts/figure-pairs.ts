/**
 * Two figures told as one result, for the measures that read them (a game's score, a vote's tally): compared as a
 * pair whichever side comes first ("98-102" and "102-98" agree), and found by the verb their clause tells them with.
 */
import type { RecordValue, Token, Verdict } from './model.js';

/** A pair of figures, the larger first. */
export function figurePair(a: number, b: number): RecordValue {
  const [high, low] = [a, b].sort((x, y) => y - x) as [number, number];
  return { type: 'record', wins: high, losses: low };
}

/** Two pairs agree only when both figures do. */
export function comparePairs(a: { type: string }, b: { type: string }): Verdict {
  if (a.type !== 'record' || b.type !== 'record') return 'agree';
  const [x, y] = [a as RecordValue, b as RecordValue];
  return x.wins === y.wins && x.losses === y.losses ? 'agree' : 'conflict';
}

/** "52-48". */
export function pairWords(v: { type: string }): string {
  return v.type === 'record' ? `${(v as RecordValue).wins}-${(v as RecordValue).losses}` : '';
}

/**
 * Whether the nearest verb before token i, within `reach` tokens and the same clause (no comma or semicolon between),
 * is one of `verbs`: "beat the Los Angeles Lakers 102-98", "passed the Senate by a vote of 60 to 40".
 */
export function toldByVerb(tokens: readonly Token[], i: number, reach: number, verbs: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return verbs.has(t.lemma);
    if (t.text === ',' || t.text === ';') return false;
  }
  return false;
}
