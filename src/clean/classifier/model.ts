import type { RemovalReason } from '../../types.js';
import type { Feature } from './features/index.js';

/**
 * The decision: a logistic regression over the features (weights fitted by scripts/fit-clutter.ts, shipped as
 * data in ./weights.ts; nothing is trained at run time). A line is clutter when its probability reaches the
 * threshold; its reason is that of the feature that pushed hardest towards removal.
 */

export interface LineModel {
  /** Feature names, in the order of `weights`. */
  names: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Probability at or above which a line the rules kept is removed. */
  threshold: number;
  /** Probability below which a line the rules removed is kept (the rules' removals are seldom wrong). */
  keepBelow: number;
}

/** The model's weights in the registry's order; throws when the two disagree (a stale weights file). */
export function alignWeights(model: LineModel, features: readonly Feature[]): number[] {
  const byName = new Map(model.names.map((n, i) => [n, model.weights[i] ?? 0]));
  const missing = features.filter((f) => !byName.has(f.name)).map((f) => f.name);
  if (missing.length > 0 || model.names.length !== features.length) {
    throw new Error(`clean: the classifier's weights do not match its features (refit: npm run fit:clutter): ${missing.join(', ')}`);
  }
  return features.map((f) => byName.get(f.name) ?? 0);
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The probability that a line with these feature values is clutter. */
export function probability(values: readonly number[], weights: readonly number[], bias: number): number {
  let z = bias;
  for (let k = 0; k < values.length; k += 1) z += (values[k] ?? 0) * (weights[k] ?? 0);
  return sigmoid(z);
}

/**
 * The reason behind a removal: the feature with the largest positive contribution that names one ('rule': the
 * rules' own reason, given by `ruleReason`); 'navigation' when none does.
 */
export function strongestReason(
  values: readonly number[],
  weights: readonly number[],
  features: readonly Feature[],
  ruleReason: RemovalReason | null,
): RemovalReason {
  let best: RemovalReason = ruleReason ?? 'navigation';
  let strongest = 0;
  features.forEach((feature, k) => {
    const contribution = (values[k] ?? 0) * (weights[k] ?? 0);
    if (feature.reason === null || contribution <= strongest) return;
    const reason = feature.reason === 'rule' ? ruleReason : feature.reason;
    if (reason === null) return;
    strongest = contribution;
    best = reason;
  });
  return best;
}
