import { isKnownUnit, wordsWithUnit } from '../algebra/units.js';
import type { Claim, Report } from '../types.js';
import { isAddition, isOmission } from '../compare/coverage.js';
import { safeJson } from '../report/safe-text.js';
import { expectedShapeProblem } from './expected-shape.js';

/**
 * The findings a reviewer accepted for a fixture folder, in a form meant for code review: no claim ids, line
 * numbers or scores (they move when an unrelated sentence is edited); each finding named by its own words;
 * sorted; one finding per line when written (see serializeExpected).
 */
export interface ExpectedFindings {
  schemaVersion: 1;
  contradictions: ExpectedContradiction[];
  additions: ExpectedAddition[];
  omissions: ExpectedOmission[];
}

export interface ExpectedContradiction {
  kind: string;
  /**
   * Each disagreeing source's value as it wrote it, and its unit where it has one: what a reviewer reads, never the
   * comparable form the pipeline keeps ("~90", "monday"). Files of an earlier release also hold that as `value`.
   */
  values: Array<{ source: string; words: string; unit?: string; value?: string | number }>;
  /** The claim, by the sentence of its first source. */
  claim: string;
}

export interface ExpectedAddition {
  sources: string[];
  claim: string;
}

export interface ExpectedOmission {
  omittedBy: string[];
  claim: string;
}

export const EXPECTED_FILE = 'claimdiff.expected.json';

/** The reviewable findings of a report. */
export function expectedFindings(report: Report): ExpectedFindings {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const contradictions = report.contradictions.map((c) => ({
    kind: c.kind,
    values: c.values.map((v) => ({ source: v.source, words: v.words, ...(v.unit !== undefined ? { unit: v.unit } : {}) })).sort(bySource),
    claim: claimText(claims.get(c.claim)),
  }));
  const additions = report.claims.filter(isAddition).map((c) => ({ sources: [...c.sources], claim: claimText(c) }));
  const omissions = report.claims.filter(isOmission).map((c) => ({ omittedBy: [...c.omittedBy], claim: claimText(c) }));
  return {
    schemaVersion: 1,
    contradictions: sortByKey(contradictions),
    additions: sortByKey(additions),
    omissions: sortByKey(omissions),
  };
}

function claimText(claim: Claim | undefined): string {
  return claim?.sentences[0]?.text ?? '';
}

function bySource(a: { source: string }, b: { source: string }): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

function sortByKey<T>(items: T[]): T[] {
  return items
    .map((item) => ({ item, key: JSON.stringify(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((x, i, all) => i === 0 || all[i - 1]!.key !== x.key)
    .map((x) => x.item);
}

/**
 * Write the findings so that a change to one finding is a change to one line: each finding is a one-line JSON
 * object inside an otherwise pretty-printed document.
 */
export function serializeExpected(findings: ExpectedFindings): string {
  const section = (name: string, items: readonly unknown[]) =>
    items.length === 0
      ? `  "${name}": []`
      : `  "${name}": [\n${items.map((item) => `    ${safeJson(item)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "schemaVersion": ${findings.schemaVersion},`,
    `${section('contradictions', findings.contradictions)},`,
    `${section('additions', findings.additions)},`,
    section('omissions', findings.omissions),
    '}',
    '',
  ].join('\n');
}

/** Read an expected file's text; throws with the problem when it is not an expected-findings document. */
export function parseExpected(text: string): ExpectedFindings {
  const data: unknown = JSON.parse(text);
  const problem = expectedShapeProblem(data);
  if (problem !== undefined) throw new Error(problem);
  return data as ExpectedFindings;
}

export interface FindingsDiff {
  appeared: string[];
  disappeared: string[];
}

/** Every finding as one line, labelled with its section, in the file's order. */
export function findingLines(f: ExpectedFindings): string[] {
  return (['contradictions', 'additions', 'omissions'] as const).flatMap((section) =>
    (f[section] as unknown[]).map((item) => `${section}: ${JSON.stringify(item)}`),
  );
}

/** What the new findings have that the expected ones do not, and the reverse, as one line per finding. */
export function compareFindings(expected: ExpectedFindings, actual: ExpectedFindings): FindingsDiff {
  const before = new Set(findingLines(expected));
  const after = new Set(findingLines(actual));
  return {
    appeared: [...after].filter((l) => !before.has(l)),
    disappeared: [...before].filter((l) => !after.has(l)),
  };
}

/** The sections of an expected file, in their order. */
export type FindingSection = 'contradictions' | 'additions' | 'omissions';

/** A finding line of findingLines read back: its section and the finding itself. */
export function parseFindingLine(line: string): { section: FindingSection; finding: ExpectedContradiction | ExpectedAddition | ExpectedOmission } {
  const at = line.indexOf(': ');
  return { section: line.slice(0, at) as FindingSection, finding: JSON.parse(line.slice(at + 2)) as ExpectedContradiction };
}

/** How many characters of a claim's sentence a change line quotes. */
const QUOTED_CLAIM = 90;

/**
 * A finding in words, for a person reading a change: "contradiction (number): Three (county-voice) vs Four
 * (lakeside-chronicle) in “OSTBY — Three people were killed…”", "addition by pressline: “Services resumed…”".
 */
export function describeFinding(line: string): string {
  const { section, finding } = parseFindingLine(line);
  const claim = 'claim' in finding ? finding.claim : '';
  const quoted = `“${claim.length > QUOTED_CLAIM ? `${claim.slice(0, QUOTED_CLAIM - 1).trimEnd()}…` : claim}”`;
  if (section === 'contradictions') {
    const c = finding as ExpectedContradiction;
    const camps = new Map<string, string[]>();
    for (const v of c.values) {
      const words = v.words ?? String(v.value ?? '');
      // The unit as the report gives it ("six" of a depth in miles reads "six miles"; "1,150 kilometres" stays as written).
      const shown = isKnownUnit(v.unit) ? wordsWithUnit(words, v.unit) : v.unit !== undefined && !words.includes(v.unit) ? `${words} ${v.unit}` : words;
      camps.set(shown, [...(camps.get(shown) ?? []), v.source]);
    }
    const sides = [...camps].map(([words, sources]) => `${words} (${sources.join(', ')})`).join(' vs ');
    return `contradiction (${c.kind}): ${sides} in ${quoted}`;
  }
  if (section === 'additions') return `addition by ${(finding as ExpectedAddition).sources.join(', ')}: ${quoted}`;
  return `omission by ${(finding as ExpectedOmission).omittedBy.join(', ')}: ${quoted}`;
}
