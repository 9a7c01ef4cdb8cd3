import type { Claim, ClaimSentence, Contradiction, ContradictionValue, Fact, FactKind } from '../../types.js';

/** A fact of one source in a claim, with the sentence that states it. */
export interface PlacedFact<F extends Fact = Fact> {
  fact: F;
  sentence: ClaimSentence;
}

/** The claim's facts of one kind, each with its sentence (matched on source, line and span). */
export function placedFacts<F extends Fact>(claim: Claim, kind: FactKind): Array<PlacedFact<F>> {
  const bySentence = new Map<string, ClaimSentence[]>();
  for (const s of claim.sentences) {
    const key = `${s.source}\u0000${s.line}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), s]);
  }
  const placed: Array<PlacedFact<F>> = [];
  for (const fact of claim.facts) {
    if (fact.kind !== kind) continue;
    const candidates = fact.line === undefined ? claim.sentences.filter((s) => s.source === fact.source) : (bySentence.get(`${fact.source}\u0000${fact.line}`) ?? []);
    const sentence = candidates.find((s) => s.text.slice(fact.span[0], fact.span[1]) === fact.text);
    if (sentence) placed.push({ fact: fact as F, sentence });
  }
  return placed;
}

const factIndex = new WeakMap<Claim, Map<string, Fact[]>>();

/**
 * The facts of one sentence of a claim, through an index built once per claim: rules ask this for every pair
 * of values, and a claim five hundred outlets state holds thousands of facts.
 */
export function factsOfSentence(claim: Claim, sentence: Pick<ClaimSentence, 'source' | 'line'>): readonly Fact[] {
  let index = factIndex.get(claim);
  if (!index) {
    index = new Map();
    for (const fact of claim.facts) {
      const key = `${fact.source}\u0000${fact.line ?? ''}`;
      const list = index.get(key) ?? [];
      list.push(fact);
      index.set(key, list);
    }
    factIndex.set(claim, index);
  }
  return index.get(`${sentence.source}\u0000${sentence.line}`) ?? [];
}

/**
 * Group facts by slot (same kind, same thing, same event) and report a slot where two sources state values
 * that cannot both be true. A fact may stand in several slots ("no casualties" is about the dead and the
 * injured); `agree` says whether two placed facts are compatible.
 */
export function disagreements<F extends Fact>(
  claim: Claim,
  kind: FactKind,
  facts: ReadonlyArray<PlacedFact<F>>,
  slotsOf: (fact: F) => readonly string[],
  agree: (a: PlacedFact<F>, b: PlacedFact<F>) => boolean,
): Contradiction[] {
  const slots = new Map<string, Array<PlacedFact<F>>>();
  for (const placed of facts) {
    for (const slot of slotsOf(placed.fact)) {
      const list = slots.get(slot) ?? [];
      list.push(placed);
      slots.set(slot, list);
    }
  }
  const found: Contradiction[] = [];
  for (const [, list] of [...slots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // One value per source: its first statement of the slot.
    const bySource = new Map<string, PlacedFact<F>>();
    for (const p of list) if (!bySource.has(p.fact.source)) bySource.set(p.fact.source, p);
    const values = [...bySource.values()];
    const conflict = values.some((x, i) => values.slice(i + 1).some((y) => !agree(x, y)));
    if (!conflict) continue;
    const contradiction = { claim: claim.id, kind, values: values.map((v) => toValue(v, claim.id)) };
    // The same disagreement seen through two slots is reported once.
    const key = JSON.stringify(contradiction.values.map((v) => [v.source, v.span]));
    if (found.some((f) => JSON.stringify(f.values.map((v) => [v.source, v.span])) === key)) continue;
    found.push(contradiction);
  }
  return found;
}

function toValue({ fact, sentence }: PlacedFact, claim: string): ContradictionValue {
  return { source: fact.source, value: fact.value, line: sentence.line, claim, text: sentence.text, span: fact.span, words: fact.text };
}
