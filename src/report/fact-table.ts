/**
 * The fact table and the disputes, as people read them, for every text format: one row per question two or more
 * sources answer ("people killed"), each source's value as it wrote it, disputed rows first; and each
 * contradiction told as its camps ("4 (wcyb.com, wkrn.com) vs 3 (wate.com-2)") with the reason in words.
 */
import { commonValueText, keepsWrittenUnit, wordsWithUnit } from '../algebra/units.js';
import type { CommonValue, Contradiction, ContradictionValue, FactRow, Report } from '../types.js';

/**
 * A value as a reader sees it: as written, with its unit where the words give only the figure ("six miles"), and
 * in the unit of the other values where its own differs ("about 940 miles (1,513 km)").
 */
export function shownValue(v: { words: string; unit?: string | undefined; common?: CommonValue | undefined }, frame?: { key: string }): string {
  if (keepsWrittenUnit(frame)) return v.words;
  const words = wordsWithUnit(v.words, v.unit);
  return v.common === undefined ? words : `${words} (${commonValueText(v.common)})`;
}

/** A row as shown: its label in plain words, a marker of its dispute, and one cell per source (blank: no value). */
export interface FactTableRow {
  label: string;
  strength?: 'conflict' | 'possible';
  cells: Array<string | undefined>;
}

/** The label of a row: the frame in words, with what sets the row apart in brackets ("people killed (2004)"). */
function rowLabel(row: { frame: Pick<FactRow['frame'], 'label'>; context?: string | undefined }): string {
  return row.context === undefined ? row.frame.label : `${row.frame.label} (${row.context})`;
}

/** The table: one column per source of the report, in the report's order. */
export function factTable(report: Report): FactTableRow[] {
  const column = new Map(report.sources.map((s, i) => [s.id, i]));
  return report.factTable.map((row) => {
    const cells: Array<string | undefined> = report.sources.map(() => undefined);
    for (const v of row.values) {
      const i = column.get(v.source);
      // A source with two values in a row (none should): keep the first, as the comparison did.
      if (i !== undefined && cells[i] === undefined) cells[i] = shownValue(v, row.frame);
    }
    return { label: rowLabel(row), ...(row.strength !== undefined ? { strength: row.strength } : {}), cells };
  });
}

/** One side of a dispute: a value as written and the sources that give it, each with its line. */
export interface Camp {
  words: string;
  sources: Array<{ source: string; line?: number }>;
  /** The camp's first value: its sentence is the one quoted for the camp. */
  first: ContradictionValue;
}

/**
 * The camps of a contradiction: sources grouped by the value they give, the largest camp first, so it reads
 * "4 (wcyb.com, wkrn.com, wate.com) vs 3 (wate.com-2)". Values are grouped by what they mean, so "four" and "4"
 * stand together.
 */
export function campsOf(contradiction: Contradiction): Camp[] {
  const camps = new Map<string, Camp>();
  for (const v of contradiction.values) {
    const key = JSON.stringify(v.value);
    const camp = camps.get(key) ?? { words: shownValue(v, contradiction.frame), sources: [], first: v };
    camp.sources.push({ source: v.source, ...(v.line !== undefined ? { line: v.line } : {}) });
    camps.set(key, camp);
  }
  // A value that says what a side says in another unit stands with that side: "1,500 km = about 940 miles (1,513 km)".
  const alsoWritten = new Map<Camp, string[]>();
  for (const v of contradiction.alike ?? []) {
    const camp = camps.get(JSON.stringify(v.sameAs));
    if (camp === undefined) continue;
    const words = shownValue(v, contradiction.frame);
    const written = alsoWritten.get(camp) ?? [];
    if (!written.includes(words) && words !== camp.words) alsoWritten.set(camp, [...written, words]);
    camp.sources.push({ source: v.source, ...(v.line !== undefined ? { line: v.line } : {}) });
  }
  for (const [camp, written] of alsoWritten) camp.words = [camp.words, ...written].join(' = ');
  return [...camps.values()].sort((a, b) => b.sources.length - a.sources.length);
}

/**
 * The question a contradiction answers differently, in words: its frame's label, or its kind, with its context as
 * the fact table's row says it ("people killed (2003, in Bam)").
 */
export function disputeLabel(contradiction: Contradiction): string {
  const question =
    contradiction.frame !== undefined
      ? contradiction.frame.label
      : contradiction.kind === 'weekday' ? 'day of the week' : contradiction.kind === 'name' ? 'name' : contradiction.kind;
  return rowLabel({ frame: { label: question }, context: contradiction.context });
}

/**
 * The contradictions in the order they are told: most certain first (conflicts, then possible ones), then those
 * more sources take part in; ties keep the report's order. Every format lists them so, and -f github keeps the top.
 */
export function byCertainty(contradictions: readonly Contradiction[]): Contradiction[] {
  const rank = (c: Contradiction) => (c.strength === 'possible' ? 1 : 0);
  const reach = (c: Contradiction) => new Set(c.values.map((v) => v.source)).size;
  return contradictions
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || reach(b.c) - reach(a.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** "people injured: 4 vs 3": a contradiction in the fewest words, each value once (the matrix's gist). */
export function disagreementText(contradiction: Contradiction): string {
  return `${disputeLabel(contradiction)}: ${campsOf(contradiction).map((camp) => camp.words).join(' vs ')}`;
}

/** "people injured: 4 (wcyb.com, wkrn.com) vs 3 (wate.com-2)": a contradiction on one line, sources named. */
export function disputeLine(contradiction: Contradiction, withLines = false): string {
  const camps = campsOf(contradiction).map((camp) => {
    const sources = camp.sources.map((s) => (withLines && s.line !== undefined ? `${s.source}:${s.line}` : s.source));
    return `${camp.words} (${sources.join(', ')})`;
  });
  return `${disputeLabel(contradiction)}: ${camps.join(' vs ')}`;
}
