import type { RemovalReason } from '../../types.js';
import { FEATURES } from './features/index.js';
import { alignWeights, probability, strongestReason } from './model.js';
import { pageFacts, type ClassifierPage } from './page.js';
import { smoothed } from './smooth.js';
import { LINE_MODEL } from './weights.js';

/**
 * The line classifier: after today's rules have given their verdicts, every line but the headline is decided
 * again by a model over signals that hold on any page (./features), with the rules' verdicts among them.
 * Pure functions of the page: featureRows (what the fit reads) and decideLines (what the clean stage applies).
 */

export type { ClassifierPage, RuleVerdict } from './page.js';

let aligned: number[] | undefined;
const weights = (): number[] => (aligned ??= alignWeights(LINE_MODEL, FEATURES));

/** Every line's feature values, in the registry's order (the headline's too: callers skip it). */
export function featureRows(page: ClassifierPage): { rows: number[][]; leads: number[] } {
  const facts = pageFacts(page);
  return { rows: page.texts.map((_, i) => FEATURES.map((f) => f.value(facts, i))), leads: [...facts.leads] };
}

/** Each line's probability of being clutter under a model, smoothed by its context (./smooth.ts). */
export function lineProbabilities(rows: readonly number[][], leads: readonly number[], w: readonly number[], bias: number): number[] {
  return smoothed(
    rows.map((values) => probability(values, w, bias)),
    leads,
  );
}

export type LineDecision = { kind: 'kept' } | { kind: 'removed'; reason: RemovalReason } | { kind: 'headline' };

/**
 * The classifier's verdict on every line: the headline stays the headline; every other line is kept or removed.
 * Lines whose verdict no probability can change (the headline; a line the rules removed, while the model keeps none
 * of those) are not scored: the same verdicts as scoring them, for less work.
 */
export function decideLines(page: ClassifierPage): LineDecision[] {
  const w = weights();
  const facts = pageFacts(page);
  // The model was fitted on English pages: on a line mostly in another script it leaves the rules' verdict.
  const fixed = (i: number): boolean => {
    const kind = page.rules[i]?.page.kind;
    return kind === 'headline' || (kind === 'removed' && LINE_MODEL.keepBelow <= 0) || facts.lines[i]!.nonLatin;
  };
  const isFixed = page.texts.map((_, i) => fixed(i));
  const rows = page.texts.map((_, i) => (isFixed[i] ? [] : FEATURES.map((f) => f.value(facts, i))));
  // A fixed line stands for 1: a headline or a line the rules removed is never a lead-in (leads point at lines the
  // rules kept), and a line in another script that leads a list leaves the list its own values.
  const p = smoothed(
    rows.map((values, i) => (isFixed[i] ? 1 : probability(values, w, LINE_MODEL.bias))),
    facts.leads,
  );
  return rows.map((values, i): LineDecision => {
    const rule = page.rules[i]?.page;
    if (rule?.kind === 'headline') return { kind: 'headline' };
    const ruled = rule?.kind === 'removed';
    if (facts.lines[i]!.nonLatin) return ruled ? { kind: 'removed', reason: rule.reason } : { kind: 'kept' };
    if ((p[i] ?? 0) < (ruled ? LINE_MODEL.keepBelow : LINE_MODEL.threshold)) return { kind: 'kept' };
    // A line the rules removed keeps the rules' reason: it names the kind of clutter (comments, copyright) where a
    // shape feature would only say "navigation". Any other line takes the reason of its strongest signal.
    if (ruled) return { kind: 'removed', reason: rule.reason };
    return { kind: 'removed', reason: strongestReason(values, w, FEATURES, page.rules[i]?.line ?? null) };
  });
}
