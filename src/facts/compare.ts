/**
 * The one comparison engine of typed facts: facts that ask one question (same measure, subject, attribute and
 * scope) are compared across every source of the run, one value per source, by their measure's own rule.
 * Alignment is evidence, not a gate: values whose sentences state one claim make a conflict; others stay as their
 * measure says.
 */
import type { Contradiction, ContradictionValue, FactCell, FactRow, Frame, Strength } from '../types.js';
import { measureOf } from './measures/index.js';
import { PERSON, type TypedFact, type Verdict } from './model.js';
import { resolveSubjects } from './subjects.js';

/** The claim a sentence was aligned into, by source and sentence index. */
export type ClaimOf = (source: string, sentence: number) => string;

export interface TypedComparison {
  contradictions: Contradiction[];
  table: FactRow[];
}

/** The question a fact answers, as one key: facts with equal keys are compared. */
export function questionKey(fact: TypedFact): string {
  const scope = Object.keys(fact.scope)
    .sort()
    .map((k) => `${k}=${fact.scope[k]}`)
    .join(',');
  return `${fact.measure}|${fact.subject.id}|${fact.attribute.id}|${scope}`;
}

/** The question in words: "weight of Robert Roe", "outside temperature", "date Bettie Page disappeared". */
function labelOf(fact: TypedFact): string {
  const scope = Object.values(fact.scope).join(', ');
  const { label, about } = fact.attribute;
  const named = about !== undefined ? about.replace('{subject}', fact.subject.label) : `${label} of ${fact.subject.label}`;
  // Someone no sentence names is worded as the question without a subject ("date someone was convicted").
  const base = fact.subject.id === 'event' || (about !== undefined && fact.subject.id === PERSON.id) ? label : named;
  return scope === '' ? base : `${base} (${scope})`;
}

function frameOf(fact: TypedFact): Frame {
  return { key: questionKey(fact), label: labelOf(fact), measure: fact.measure as Frame['measure'] };
}

/**
 * Every question two or more sources answer: one fact-table row each, and a contradiction where its values cannot
 * all be true.
 */
export function compareTypedFacts(facts: readonly TypedFact[], claimOf: ClaimOf): TypedComparison {
  const groups = new Map<string, TypedFact[]>();
  for (const fact of resolveSubjects(facts)) {
    const key = questionKey(fact);
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const contradictions: Contradiction[] = [];
  const table: FactRow[] = [];
  for (const key of [...groups.keys()].sort()) {
    if (recursWithin(groups.get(key)!)) continue;
    const values = firstPerSource(groups.get(key)!);
    if (values.length < 2) continue;
    const dispute = disputeOf(values, claimOf);
    const frame = frameOf(values[0]!);
    const measure = measureOf(values[0]!.measure);
    table.push({
      frame,
      values: values.map((f): FactCell => ({ source: f.evidence.source, value: shown(f), words: f.evidence.words, line: f.evidence.line, claim: claimOf(f.evidence.source, f.evidence.sentence) })),
      ...(dispute !== undefined ? { strength: dispute.strength } : {}),
    });
    if (dispute === undefined) continue;
    const [a, b] = dispute.pair;
    contradictions.push({
      claim: claimOf(dispute.sides[0]!.evidence.source, dispute.sides[0]!.evidence.sentence),
      kind: 'number',
      frame,
      strength: dispute.strength,
      reason: `different ${frame.label}: "${measure.words(a.value)}" vs "${measure.words(b.value)}", ${sameClaim(a, b, claimOf) ? 'in sentences stating the same claim' : 'in different sentences of the run'}`,
      values: dispute.sides.map((f) => valueOf(f, claimOf)),
    });
  }
  return { contradictions, table };
}

/** The value a cell shows: a point as its number (as the outlet wrote it), anything else in its measure's words. */
function shown(fact: TypedFact): string | number {
  const v = fact.value;
  if (v.type === 'quantity' && v.min === v.max && v.approx !== true) return v.stated?.amount ?? v.min;
  return measureOf(fact.measure).words(v);
}

function valueOf(fact: TypedFact, claimOf: ClaimOf): ContradictionValue {
  const e = fact.evidence;
  return { source: e.source, value: shown(fact), line: e.line, claim: claimOf(e.source, e.sentence), text: e.text, span: e.span, words: e.words };
}

function sameClaim(a: TypedFact, b: TypedFact, claimOf: ClaimOf): boolean {
  return claimOf(a.evidence.source, a.evidence.sentence) === claimOf(b.evidence.source, b.evidence.sentence);
}

/** The first value each source states, in sentence order; sources in order. */
function firstPerSource(list: readonly TypedFact[]): TypedFact[] {
  const bySource = new Map<string, TypedFact>();
  const ordered = [...list].sort((a, b) => a.evidence.sentence - b.evidence.sentence || a.evidence.span[0] - b.evidence.span[0]);
  for (const f of ordered) if (!bySource.has(f.evidence.source)) bySource.set(f.evidence.source, f);
  return [...bySource.values()].sort((a, b) => (a.evidence.source < b.evidence.source ? -1 : a.evidence.source > b.evidence.source ? 1 : 0));
}

/**
 * Whether a question of a measure whose happenings recur has two answers in one source ("won the belt in 2001 and
 * the belt in 2005"): then the outlets may each date another occurrence, and the question is not one.
 */
function recursWithin(list: readonly TypedFact[]): boolean {
  const measure = measureOf(list[0]!.measure);
  if (measure.recurs !== true) return false;
  const bySource = new Map<string, TypedFact[]>();
  for (const f of list) bySource.set(f.evidence.source, [...(bySource.get(f.evidence.source) ?? []), f]);
  return [...bySource.values()].some((own) => own.some((a, i) => own.slice(i + 1).some((b) => measure.compare(a.value, b.value) !== 'agree')));
}

interface Dispute {
  strength: Strength;
  /** The pair that shows it most plainly. */
  pair: [TypedFact, TypedFact];
  /** The values in dispute: a source that agrees with everyone is not a side. */
  sides: TypedFact[];
}

function disputeOf(values: readonly TypedFact[], claimOf: ClaimOf): Dispute | undefined {
  const measure = measureOf(values[0]!.measure);
  const disputed = new Set<TypedFact>();
  let worst: { pair: [TypedFact, TypedFact]; verdict: Verdict } | undefined;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const [a, b] = [values[i]!, values[j]!];
      // A question read from words alone is asked only by sentences stating one claim.
      if ((a.alignedOnly === true || b.alignedOnly === true) && !sameClaim(a, b, claimOf)) continue;
      const verdict = measure.compare(a.value, b.value);
      if (verdict === 'agree') continue;
      disputed.add(a).add(b);
      if (worst === undefined || (verdict === 'conflict' && worst.verdict !== 'conflict')) worst = { pair: [a, b], verdict };
    }
  }
  if (worst === undefined) return undefined;
  return { strength: worst.verdict === 'conflict' ? 'conflict' : 'possible', pair: worst.pair, sides: values.filter((v) => disputed.has(v)) };
}
