import type { RemovalReason } from '../../../types.js';
import type { PageFacts } from '../page.js';

/**
 * One signal of the line classifier: a number for a line (0 when the signal is absent, most in 0..1), and the
 * removal reason it stands for when it is the strongest evidence against the line ('rule': the reason today's
 * rules gave; null: a signal of article text, never a reason to remove).
 */
export interface Feature {
  name: string;
  reason: RemovalReason | 'rule' | null;
  value: (facts: PageFacts, index: number) => number;
}

export const flag = (b: boolean): number => (b ? 1 : 0);
