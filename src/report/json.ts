import { splitDateValue } from '../algebra/dates.js';
import type { Claim, Fact, Frame, MissingFact, Report } from '../types.js';
import { JSON_SCHEMA_VERSION, type JsonClaim, type JsonClaimSentence, type JsonFact, type JsonMissingFact, type JsonReport } from './json-types.js';
import { safeJson } from './safe-text.js';

/** The `--json` contract: one document, keys in a fixed order, so the same input gives the same bytes. */
export function renderJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/**
 * The report as the `--json` document holds it (./json-types.ts): claims without the sources that leave them
 * out, each fact once and each frame once, named where they are used.
 */
export function toJsonReport(report: Report): JsonReport {
  const facts: JsonFact[] = [];
  // Frames by their spelling: two of one key may name their subject differently ("DeSai", "Desai").
  const frames = new Map<string, { at: number; frame: Frame }>();
  const claims = report.claims.map((claim) => jsonClaim(claim, facts, frames));
  return {
    $schema: report.$schema,
    schemaVersion: JSON_SCHEMA_VERSION,
    sources: report.sources,
    claims,
    facts,
    frames: [...frames.values()].map((f) => f.frame),
    factTable: report.factTable,
    contradictions: report.contradictions,
    warnings: report.warnings,
  };
}

function jsonClaim(claim: Claim, facts: JsonFact[], frames: Map<string, { at: number; frame: Frame }>): JsonClaim {
  const sentences: JsonClaimSentence[] = claim.sentences.map((s) => ({ source: s.source, line: s.line, text: s.text, index: s.index, facts: [] }));
  // A claim's facts come sentence by sentence, in the order of its sentences (see pipeline.ts): each goes to the
  // first sentence, from the last one matched on, of its source and its sentence index (or, lacking one, its line).
  let at = 0;
  for (const fact of claim.facts) {
    const found = sentences.findIndex((s, i) => i >= at && s.source === fact.source && (fact.sentence !== undefined ? s.index === fact.sentence : s.line === fact.line));
    if (found >= 0) at = found;
    sentences[at]?.facts.push(facts.length);
    facts.push(jsonFact(fact, frames));
  }
  return {
    id: claim.id,
    sources: claim.sources,
    coverage: claim.coverage,
    sentences,
    ...(claim.missingFacts.length > 0 ? { missingFacts: claim.missingFacts.map(jsonMissingFact) } : {}),
    cohesion: claim.cohesion,
    ...(claim.moved !== undefined ? { moved: claim.moved } : {}),
  };
}

function jsonMissingFact(missing: MissingFact): JsonMissingFact {
  return {
    ...missing,
    statedBy: missing.statedBy.map((s) => {
      const form = missing.kind === 'date' ? splitDateValue(s.value) : undefined;
      return form === undefined ? s : { source: s.source, value: form.value, form: form.form, words: s.words };
    }),
  };
}

function jsonFact(fact: Fact, frames: Map<string, { at: number; frame: Frame }>): JsonFact {
  const { source: _source, sentence: _sentence, line: _line, text: _text, frame, ...fields } = fact;
  // A date of a form of its own is written as what it is: {"kind": "time", "value": "07:37"}.
  const form = fact.kind === 'date' ? splitDateValue(fact.value) : undefined;
  const typed: JsonFact = form !== undefined ? { ...fields, kind: form.form, value: form.value } : fields;
  // So is an earlier time frame in its scope: {"era": "july", "eraForm": "month"}.
  const era = fact.scope?.era !== undefined ? splitDateValue(fact.scope.era) : undefined;
  const rest: JsonFact = era !== undefined ? { ...typed, scope: { ...fact.scope, era: era.value, eraForm: era.form } } : typed;
  if (frame === undefined) return rest;
  const spelling = JSON.stringify(frame);
  let known = frames.get(spelling);
  if (known === undefined) frames.set(spelling, (known = { at: frames.size, frame }));
  return { ...rest, frame: known.at };
}

/**
 * The `--json` document in pieces, byte for byte the text of renderJson: the top-level keys, and each entry of a
 * top-level array on a line of its own, so a large report is written as it is spelled, never held whole as one
 * string, and stays one line per claim, fact or row for grep and diff. Each piece is made safe on its own
 * (safeJson): no string spans two pieces.
 */
export function* jsonChunks(report: Report): Generator<string> {
  yield* documentChunks(toJsonReport(report));
}

/** Any object spelled as jsonChunks spells the report: keys on lines of their own, array entries one a line. */
export function* documentChunks(document: object): Generator<string> {
  const entries = Object.entries(document as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    const head = `${i === 0 ? '' : ','}\n  ${safeJson(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield `${head}${safeJson(value ?? null)}`;
      continue;
    }
    yield `${head}[`;
    for (const [j, item] of value.entries()) yield `${j === 0 ? '' : ','}\n    ${safeJson(item === undefined || typeof item === 'function' ? null : item)}`;
    yield '\n  ]';
  }
  yield entries.length === 0 ? '}\n' : '\n}\n';
}
