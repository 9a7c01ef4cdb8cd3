/**
 * Scopes: what limits a fact to one part, time, place or event, read from its sentence and its article at extract
 * time, so that the compare stage never re-reads text. One file per scope; this table lists them, in the order
 * their words join in a fact-table row's label ("2003, running total, in Bam"). Adding a scope is one file here.
 */
import type { Fact, FactScope } from '../../types.js';
import { approx } from './approx.js';
import { converted } from './converted.js';
import { coordinated } from './coordinated.js';
import { cumulative } from './cumulative.js';
import { day } from './day.js';
import { era } from './era.js';
import { given } from './given.js';
import { increment } from './increment.js';
import type { RunContext, ScopeRule } from './model.js';
import { otherEvent } from './other-event.js';
import { part } from './part.js';
import { perpetratorDied } from './perpetrator-died.js';
import { place } from './place.js';
import { severity } from './severity.js';
import { within } from './within.js';

export const SCOPES: readonly ScopeRule[] = [approx, part, otherEvent, era, cumulative, within, increment, severity, given, place, converted, day, perpetratorDied, coordinated];

export { articleScopes } from './article.js';
export type { RunContext, ScopeRule } from './model.js';

/** The scope of one figure, date or time of day, from its sentence's own words and facts. */
export function sentenceScope(fact: Fact, text: string, facts: readonly Fact[]): FactScope {
  const scope: FactScope = {};
  if (fact.kind !== 'number' && fact.kind !== 'date') return scope;
  const kind = fact.kind;
  for (const rule of SCOPES) if (rule.kinds.includes(kind)) Object.assign(scope, rule.read({ fact, text, facts }));
  return scope;
}

/** Whether a fact is compared at all: not a part of a whole, not another event's. */
export function isCompared(scope: FactScope | undefined): boolean {
  return scope === undefined || !SCOPES.some((rule) => rule.excludes?.(scope) === true);
}

/**
 * What sets a figure apart from the story's own: one key (figures of one key are one question) and the words of
 * its label, undefined when nothing does.
 */
export function scopeContext(scope: FactScope | undefined, run: RunContext): { key: string; label?: string } {
  const parts = SCOPES.map((rule) => (scope === undefined ? undefined : rule.context?.(scope, run)));
  const labels = parts.flatMap((p) => (p === undefined ? [] : [p.label]));
  return { key: parts.map((p) => p?.key ?? '').join('|'), ...(labels.length > 0 ? { label: labels.join(', ') } : {}) };
}

/** Two values of one row, as their scopes see them: 'skip' (no dispute), 'hedged' (at most possible), or undefined. */
export function scopePair(a: Fact, b: Fact, sameClaim: boolean): 'skip' | 'hedged' | undefined {
  let verdict: 'hedged' | undefined;
  for (const rule of SCOPES) {
    const said = rule.pair?.(a, b, sameClaim);
    if (said === 'skip') return 'skip';
    if (said === 'hedged') verdict = 'hedged';
  }
  return verdict;
}
