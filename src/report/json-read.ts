import { DATE_FORMS, joinDateValue } from '../algebra/dates.js';
import { roundPosition } from '../compare/claims.js';
import type { Claim, Fact, FactKind, FactScope, Frame, Report } from '../types.js';
import type { JsonClaim, JsonFact, JsonReport } from './json-types.js';

/**
 * The report a `--json` document (schemaVersion 3) was written from, with what the document leaves to be
 * derived put back: each claim's `omittedBy` (every source it does not list), each sentence's `position` (its
 * index over its source's sentence count) and each fact in full, in its claim (source, sentence, line and words
 * from the sentence that names it; the frame from `frames`). What the renderers take: a saved or batch report
 * can be rendered again in any format. Facts whose sentence the pipeline does not record (dates anchored to
 * the article's own date) come back with it.
 */
export function fromJsonReport(document: JsonReport): Report {
  const sentenceCounts = new Map(document.sources.map((s) => [s.id, s.sentences]));
  const ids = document.sources.map((s) => s.id);
  return {
    $schema: document.$schema,
    schemaVersion: document.schemaVersion,
    sources: document.sources,
    claims: document.claims.map((claim) => fullClaim(claim, ids, sentenceCounts, document.facts, document.frames)),
    factTable: document.factTable,
    contradictions: document.contradictions,
    warnings: document.warnings,
  };
}

function fullClaim(
  claim: JsonClaim,
  ids: readonly string[],
  sentenceCounts: ReadonlyMap<string, number>,
  facts: readonly JsonFact[],
  frames: readonly Frame[],
): Claim {
  const stating = new Set(claim.sources);
  return {
    id: claim.id,
    sources: claim.sources,
    omittedBy: ids.filter((id) => !stating.has(id)),
    coverage: claim.coverage,
    sentences: claim.sentences.map((s) => ({
      source: s.source,
      line: s.line,
      text: s.text,
      index: s.index,
      position: roundPosition(s.index / Math.max(1, (sentenceCounts.get(s.source) ?? 0) - 1)),
    })),
    facts: claim.sentences.flatMap((s) =>
      s.facts.map((at): Fact => {
        const { frame, kind, value, scope, ...fields } = facts[at]!;
        const full = frame !== undefined ? frames[frame] : undefined;
        const form = DATE_FORMS.find((f) => f === kind);
        const typed = form !== undefined ? { ...fields, kind: 'date' as const, value: joinDateValue(form, String(value)) } : { ...fields, kind: kind as FactKind, value };
        const rest = scope === undefined ? typed : { ...typed, scope: scopeOf(scope) };
        return { ...rest, text: s.text.slice(rest.span[0], rest.span[1]), source: s.source, line: s.line, sentence: s.index, ...(full !== undefined ? { frame: full } : {}) };
      }),
    ),
    missingFacts: (claim.missingFacts ?? []).map((m) => ({
      ...m,
      statedBy: m.statedBy.map(({ form, ...s }) => (form === undefined ? s : { ...s, value: joinDateValue(form, String(s.value)) })),
    })),
    cohesion: claim.cohesion,
    ...(claim.moved !== undefined ? { moved: claim.moved } : {}),
  };
}

/** A fact's scope as the stages carry it: an era of a form of its own back in its carrying form ("month:july"). */
function scopeOf(scope: NonNullable<JsonFact['scope']>): FactScope {
  const { eraForm, ...rest } = scope;
  return eraForm !== undefined && rest.era !== undefined ? { ...rest, era: joinDateValue(eraForm, rest.era) } : rest;
}
