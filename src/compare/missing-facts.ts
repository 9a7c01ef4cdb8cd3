import { eventSlotsOf } from '../extract/slots.js';
import type { Claim, Fact, MissingFact } from '../types.js';

/** The kinds whose absence a reader notices: a count, a date, a day. Names and quotes vary too freely. */
const CHECKED_KINDS = new Set(['number', 'date', 'weekday']);

/**
 * Facts most sources of a claim give and others leave out: "captured two Chinese men" against "Chinese
 * nationals had been captured" is a claim both state, but the second omits the number.
 */
/**
 * A source that states a fact of the same frame anywhere in its text does not leave it out, whatever sentence
 * or words it used ("four others including a police officer were injured" gives the injured count).
 * `framesBySource` holds, per source, the frame keys of every fact it states.
 */
export function findMissingFacts(claim: Claim, framesBySource: ReadonlyMap<string, ReadonlySet<string>> = new Map()): MissingFact[] {
  if (claim.sources.length < 2) return [];
  const slots = new Map<string, { kind: Fact['kind']; facts: Fact[] }>();
  for (const fact of claim.facts) {
    if (!CHECKED_KINDS.has(fact.kind)) continue;
    for (const key of fact.kind === 'date' ? ['date:date'] : eventSlotsOf(fact)) {
      const entry = slots.get(key) ?? { kind: fact.kind, facts: [] };
      entry.facts.push(fact);
      slots.set(key, entry);
    }
  }
  const missing: MissingFact[] = [];
  for (const [key, { kind, facts }] of [...slots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const stating = new Set(facts.map((f) => f.source));
    const frames = new Set(facts.flatMap((f) => (f.frame !== undefined ? [f.frame.key] : [])));
    const statesElsewhere = (source: string) => [...frames].some((k) => framesBySource.get(source)?.has(k) === true);
    const omittedBy = claim.sources.filter((s) => !stating.has(s) && !statesElsewhere(s));
    // "The others give it": a detail one outlet mentions in passing is its own, not a gap in everyone else's.
    if (omittedBy.length === 0 || stating.size < 2 || stating.size < omittedBy.length) continue;
    const statedBy = claim.sources
      .filter((s) => stating.has(s))
      .map((source) => {
        const fact = facts.find((f) => f.source === source)!;
        return { source, value: fact.value, words: fact.text };
      });
    const label = facts.find((f) => f.frame !== undefined)?.frame?.label;
    missing.push({ kind, slot: readableSlot(key.slice(kind.length + 1)), ...(label !== undefined ? { label } : {}), statedBy, omittedBy });
  }
  return missing;
}

/** "person|kill|" -> "person kill": the slot as a reader would name it. */
function readableSlot(slot: string): string {
  return slot.split('|').filter(Boolean).join(' ');
}
