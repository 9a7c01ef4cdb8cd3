import { align, DEFAULT_ALIGN_OPTIONS } from './align/index.js';
import { withSlotTerms } from './align/slot-terms.js';
import { clean } from './clean/index.js';
import { buildClaims } from './compare/claims.js';
import { findContradictions } from './compare/contradictions.js';
import { findMissingFacts } from './compare/missing-facts.js';
import { summarizeSources } from './compare/summaries.js';
import { extractFacts } from './extract/index.js';
import { InputError } from './load/errors.js';
import { normalize } from './normalize/index.js';
import { segment } from './segment/index.js';
import type { Claim, CompareOptions, Report, Source, Warning } from './types.js';

export const SCHEMA_VERSION = 1;
/** Where the report's JSON Schema lives: a path inside the installed package. */
export const SCHEMA_ID = 'claimdiff/schema/report.v1.json';

/**
 * The whole comparison as one pure function: sources in, report data out. No I/O, no formatting:
 * the CLI reads the files and a renderer turns the report into text.
 */
export function compare(sources: readonly Source[], options: CompareOptions = {}): Report {
  if (sources.length < 2) {
    const named = sources.map((s) => s.path).join(', ');
    throw new InputError(named, `need at least two sources to compare, got ${sources.length}`);
  }
  const ids = sources.map((s) => s.id);
  if (new Set(ids).size !== ids.length) throw new InputError('', `source ids must be unique: ${ids.join(', ')}`);

  const cleaned = sources.map((s) => clean(s, { keepClutter: options.keepClutter ?? false }));
  const sentences = normalize(cleaned.flatMap((c) => segment(c)));
  const sentenceCounts = new Map(ids.map((id) => [id, 0]));
  for (const s of sentences) sentenceCounts.set(s.source, sentenceCounts.get(s.source)! + 1);
  const facts = sentences.map((s) => extractFacts(s).map((fact) => ({ ...fact, line: s.line })));
  const factsBySentence = new Map(sentences.map((s, i) => [sentenceKey(s.source, s.index), facts[i]!]));

  const alignment = align(sentences.map((s, i) => withSlotTerms(s, facts[i]!)), {
    ...DEFAULT_ALIGN_OPTIONS,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.linkage !== undefined ? { linkage: options.linkage } : {}),
  });
  const claims: Claim[] = buildClaims(sentences, alignment, ids, sentenceCounts).map((claim) => {
    const withFacts = { ...claim, facts: claim.sentences.flatMap((s) => factsBySentence.get(sentenceKey(s.source, s.index))!) };
    return { ...withFacts, missingFacts: findMissingFacts(withFacts) };
  });
  const warnings: Warning[] = [
    ...sources.flatMap((s) => (s.notes ?? []).map((message) => ({ source: s.id, message }))),
    ...ids
      .filter((id) => sentenceCounts.get(id) === 0)
      .map((id) => ({ source: id, message: 'no article text found: every claim counts as omitted' })),
  ];

  return {
    $schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    sources: summarizeSources(cleaned, claims, sentenceCounts),
    claims,
    contradictions: findContradictions(claims),
    warnings,
  };
}

function sentenceKey(source: string, index: number): string {
  return `${source}\u0000${index}`;
}
