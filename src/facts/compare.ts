/**
 * The one comparison engine of typed facts: facts that ask one question (same measure, subject, attribute and
 * scope) are compared across every source of the run, one value per source, by their measure's own rule.
 * Alignment is evidence, not a gate: values whose sentences state one claim make a conflict; others stay as their
 * measure says.
 */
import { dayInWords } from '../algebra/dates.js';
import type { Contradiction, ContradictionValue, FactCell, FactRow, Frame, Strength } from '../types.js';
import { measureOf } from './measures/index.js';
import { EVENT, PERSON, type Measure, type TypedFact, type Verdict } from './model.js';
import { resolveSubjects } from './subjects.js';

/** The claim a sentence was aligned into, by source and sentence index. */
export type ClaimOf = (source: string, sentence: number) => string;

export interface TypedComparison {
  contradictions: Contradiction[];
  table: FactRow[];
}

/**
 * Scope axes a fact may leave unsaid: a time with no day joins the day most outlets give it, while times of two
 * named days are two questions (Sunday's quake, Monday's aftershock).
 */
const JOINING_AXES: ReadonlySet<string> = new Set(['day']);

/** The question a fact answers, as one key: facts with equal keys are compared (joining axes apart). */
export function questionKey(fact: TypedFact): string {
  const scope = Object.keys(fact.scope)
    .filter((k) => !JOINING_AXES.has(k))
    .sort()
    .map((k) => `${k}=${fact.scope[k]}`)
    .join(',');
  return `${fact.measure}|${fact.subject.id}|${fact.attribute.id}|${scope}`;
}

/** The question in words: "weight of Robert Roe", "outside temperature". */
function labelOf(fact: TypedFact): string {
  // A weekday in the scope is a name: "time it began (Thursday)".
  const scope = Object.values(fact.scope).map(dayInWords).join(', ');
  const { label, about } = fact.attribute;
  const named = about !== undefined ? about.replace('{subject}', fact.subject.label) : `${label} of ${fact.subject.label}`;
  // Someone no sentence names is worded as the question without a subject ("date someone was convicted", "bail").
  const base = fact.subject.id === 'event' || fact.subject.id === PERSON.id ? label : named;
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
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [fact]);
    else group.push(fact);
  }
  const contradictions: Contradiction[] = [];
  const table: FactRow[] = [];
  for (const key of [...groups.keys()].sort()) {
    if (recursWithin(groups.get(key)!)) continue;
    for (const values of splitByJoiningAxes(groups.get(key)!).map(firstPerSource)) {
      if (values.length < 2) continue;
      const { row, contradiction } = compareQuestion(values, claimOf);
      table.push(row);
      if (contradiction !== undefined) contradictions.push(contradiction);
    }
  }
  return { contradictions, table };
}

/** One question's values, one per source: its fact-table row, and a contradiction when they cannot all hold. */
function compareQuestion(values: readonly TypedFact[], claimOf: ClaimOf): { row: FactRow; contradiction?: Contradiction } {
  const dispute = disputeOf(values, claimOf);
  const frame = frameOf(values[0]!);
  const measure = measureOf(values[0]!.measure);
  const row: FactRow = {
    frame,
    values: values.map((f): FactCell => {
      const unit = unitOf(f);
      return { source: f.evidence.source, value: shown(f), words: f.evidence.words, ...(unit !== undefined ? { unit } : {}), line: f.evidence.line, claim: claimOf(f.evidence.source, f.evidence.sentence) };
    }),
    ...(dispute !== undefined ? { strength: dispute.strength } : {}),
  };
  if (dispute === undefined) return { row };
  const [a, b] = dispute.pair;
  const where = sameClaim(a, b, claimOf) ? 'in sentences stating the same claim' : 'in different sentences of the run';
  return {
    row,
    contradiction: {
      claim: claimOf(dispute.sides[0]!.evidence.source, dispute.sides[0]!.evidence.sentence),
      kind: measure.kind ?? 'number',
      frame,
      strength: dispute.strength,
      // Any label reads after "two answers to" ("which title defence", "time it began", "weight of Roe").
      reason: `two answers to "${frame.label}": "${measure.words(a.value)}" vs "${measure.words(b.value)}", ${where}`,
      values: dispute.sides.map((f) => valueOf(f, claimOf)),
    },
  };
}

/**
 * Whether a question of a measure whose happenings recur has two answers in one source ("won the belt in 2001 and
 * the belt in 2005"): then the outlets may each date another occurrence, and the question is not one.
 */
function recursWithin(list: readonly TypedFact[]): boolean {
  const measure = measureOf(list[0]!.measure);
  if (measure.recurs !== true) return false;
  const bySource = new Map<string, TypedFact[]>();
  for (const f of list) {
    const own = bySource.get(f.evidence.source);
    if (own === undefined) bySource.set(f.evidence.source, [f]);
    else own.push(f);
  }
  const differs = measure.differs ?? ((a, b) => measure.compare(a, b) !== 'agree');
  return [...bySource.values()].some((own) => own.some((a, i) => own.slice(i + 1).some((b) => differs(a.value, b.value))));
}

/** One group per value of the joining axes; facts that leave them unsaid join the largest group. */
function splitByJoiningAxes(list: readonly TypedFact[]): TypedFact[][] {
  const named = new Map<string, TypedFact[]>();
  const unsaid: TypedFact[] = [];
  for (const fact of list) {
    const axes = [...JOINING_AXES].filter((k) => fact.scope[k] !== undefined).map((k) => `${k}=${fact.scope[k]}`);
    if (axes.length === 0) unsaid.push(fact);
    else {
      const key = axes.join(',');
      const group = named.get(key);
      if (group === undefined) named.set(key, [fact]);
      else group.push(fact);
    }
  }
  if (named.size === 0) return [unsaid];
  const ranked = [...named].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1)).map(([, group]) => group);
  ranked[0]!.push(...unsaid);
  return ranked;
}

/** The value a cell shows: a point as its number (as the outlet wrote it), anything else in its measure's words. */
function shown(fact: TypedFact): string | number {
  const v = fact.value;
  if (v.type === 'quantity' && v.min === v.max && v.approx !== true) return v.stated?.amount ?? v.min;
  return measureOf(fact.measure).words(v);
}

function valueOf(fact: TypedFact, claimOf: ClaimOf): ContradictionValue {
  const e = fact.evidence;
  const unit = unitOf(fact);
  return {
    source: e.source,
    value: shown(fact),
    line: e.line,
    claim: claimOf(e.source, e.sentence),
    text: e.text,
    span: e.span,
    words: e.words,
    ...(unit !== undefined ? { unit } : {}),
    ...(fact.subject.id !== EVENT.id ? { subject: fact.subject.label } : {}),
  };
}

/** The unit a value is shown in: the outlet's own when it was converted ("lb", "week"), else the measure's. */
function unitOf(fact: TypedFact): string | undefined {
  const v = fact.value;
  return v.type === 'quantity' ? (v.stated?.unit ?? v.unit) : undefined;
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
  const restating = restatements(values.filter((v) => disputed.has(v)), measure);
  const sides = values.filter((v) => disputed.has(v) && !restating.has(v));
  return { strength: worst.verdict === 'conflict' ? 'conflict' : 'possible', pair: worst.pair, sides: sides.length >= 2 ? sides : values.filter((v) => disputed.has(v)) };
}

/**
 * Values that only restate another disputed value in other words ("225 km/h" beside "140 mph", a score told from
 * the loser's side): one side of the dispute already shown, left out of it (the fact table keeps them). The
 * wording most sources use stays.
 */
function restatements(disputed: readonly TypedFact[], measure: Measure): Set<TypedFact> {
  const words = new Map(disputed.map((v) => [v, measure.words(v.value)]));
  const uses = new Map<string, number>();
  for (const w of words.values()) uses.set(w, (uses.get(w) ?? 0) + 1);
  const byUse = [...disputed].sort((a, b) => uses.get(words.get(b)!)! - uses.get(words.get(a)!)!);
  const kept: TypedFact[] = [];
  const restating = new Set<TypedFact>();
  for (const v of byUse) {
    if (kept.some((k) => words.get(k) !== words.get(v) && measure.compare(k.value, v.value) === 'agree')) restating.add(v);
    else kept.push(v);
  }
  return restating;
}
