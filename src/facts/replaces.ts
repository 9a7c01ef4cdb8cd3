/**
 * Readings of the extract stage's frames that a typed measure replaces: there, "pounds" is always money, so
 * "stole 200 pounds of copper" was a sum stolen in GBP. A figure the weight measure reads as a weight is no sum
 * of money: its money frame is dropped (the figure stays a mention).
 */
import type { Fact } from '../types.js';
import type { TypedFact } from './model.js';

export function withoutReplacedFrames<F extends Fact>(mentions: readonly F[], typed: readonly TypedFact[]): F[] {
  const weights = typed.filter((t) => t.measure === 'weight').map((t) => t.evidence.span);
  if (weights.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.kind !== 'number' || m.frame?.measure !== 'money' || !weights.some(([s, e]) => m.span[0] < e && s < m.span[1])) return m;
    const { frame: _frame, scope: _scope, ...rest } = m;
    return rest as F;
  });
}
