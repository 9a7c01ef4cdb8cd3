import { isAddition, isOmission } from '../compare/coverage.js';
import type { Claim, Contradiction, Report } from '../types.js';

/**
 * The coverage matrix every human-facing format shows: claims as rows, sources as columns, one cell per
 * (claim, source) saying how the source treats the claim. Pure data; the renderers draw it.
 */

/** How one source treats one claim. */
export type Cell =
  /** States the claim. */
  | 'stated'
  /** States the claim but leaves out a number, date or weekday most of the claim's sources give. */
  | 'partial'
  /** States the claim with a value (number, date, weekday...) the other sources of the claim do not give. */
  | 'contradicts'
  /** Leaves out a claim more than half the sources state: an omission. */
  | 'omitted'
  /** Does not state a claim at most half the sources state: the claim is someone else's addition. */
  | 'absent';

/** One symbol per cell kind, all different, so the matrix reads without colour. */
export const CELL_SYMBOL: Record<Cell, string> = {
  stated: '●',
  partial: '◐',
  contradicts: '✗',
  omitted: '○',
  absent: '·',
};

/** What each symbol means, in the order the legends list them. */
export const CELL_LEGEND: Array<[Cell, string]> = [
  ['stated', 'states it'],
  ['partial', 'states it, leaves out a detail others give'],
  ['contradicts', 'contradicts the others'],
  ['omitted', 'omits it (most sources state it)'],
  ['absent', 'does not state it'],
];

/** Why a claim is in dispute, most disputed first: the order of the matrix's rows. */
export type Dispute = 'contradiction' | 'missing-fact' | 'omission' | 'addition' | 'agreed';

/** How a row's dispute is named in the Markdown and HTML reports. */
export const DISPUTE_LABEL: Record<Dispute, string> = {
  contradiction: 'contradiction',
  'missing-fact': 'missing detail',
  omission: 'omission',
  addition: 'addition',
  agreed: 'shared by all',
};
export const DISPUTE_ORDER: readonly Dispute[] = ['contradiction', 'missing-fact', 'omission', 'addition', 'agreed'];

export interface MatrixSource {
  id: string;
  /** A short column heading: the shortest prefix that tells the ids apart, or A, B, C... */
  abbr: string;
  /** Position in `report.sources`. */
  index: number;
}

export interface MatrixRow {
  claim: Claim;
  dispute: Dispute;
  /** Parallel to `Matrix.sources`. */
  cells: Cell[];
  contradictions: Contradiction[];
}

export interface Matrix {
  sources: MatrixSource[];
  /** Every claim, most disputed first. */
  rows: MatrixRow[];
}

/** Prefixes up to this long make column headings; longer ones would waste the width, so letters instead. */
const MAX_PREFIX = 3;

/**
 * Short, unique column headings for source ids: the shortest common-length prefix that tells every id apart
 * when that is at most three letters or digits ("000", "001"; "h", "m"), otherwise A, B, C... (AA... after Z).
 */
export function abbreviate(ids: readonly string[]): string[] {
  const chars = ids.map((id) => [...id]);
  for (let length = 1; length <= MAX_PREFIX; length++) {
    const prefixes = chars.map((c) => c.slice(0, length).join(''));
    if (new Set(prefixes).size === ids.length && prefixes.every((p) => /^[\p{L}\p{N}]+$/u.test(p))) {
      return prefixes;
    }
  }
  return ids.map((_, i) => letters(i));
}

/** 0 -> A, 25 -> Z, 26 -> AA, 27 -> AB... */
export function letters(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/**
 * The claims a contradiction is about: the claim of each value's sentence. A figure compared across the run may
 * come from a sentence of another claim than the first value's; that claim's row shows the dispute too.
 */
export function claimsOf(contradiction: Contradiction): Set<string> {
  return new Set([contradiction.claim, ...contradiction.values.map((v) => v.claim ?? contradiction.claim)]);
}

/**
 * The cell of `source` for `claim`, given the contradictions about the claim. A source contradicts on a claim's
 * row only where its own sentence of that claim holds the dissenting value: a source that leaves the claim out
 * (and disputes the figure elsewhere) is an omission here, as the claim listing says.
 */
export function cellOf(claim: Claim, contradictions: readonly Contradiction[], source: string): Cell {
  const own = (c: Contradiction) => c.values.some((v) => v.source === source && (v.claim ?? c.claim) === claim.id);
  if (contradictions.some((c) => own(c) && isDissenter(c, source))) return 'contradicts';
  if (claim.sources.includes(source)) {
    return claim.missingFacts.some((m) => m.omittedBy.includes(source)) ? 'partial' : 'stated';
  }
  return isOmission(claim) ? 'omitted' : 'absent';
}

/**
 * Whether `source` contradicts the others in `contradiction`: its value is not the one most of the disagreeing
 * sources give. With a tie for the most common value (one against one), every source in it contradicts.
 */
export function isDissenter(contradiction: Contradiction, source: string): boolean {
  const own = contradiction.values.find((v) => v.source === source);
  if (!own) return false;
  const counts = new Map<string, number>();
  for (const v of contradiction.values) counts.set(String(v.value), (counts.get(String(v.value)) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const leaders = [...counts].filter(([, n]) => n === top);
  return leaders.length > 1 || leaders[0]![0] !== String(own.value);
}

export function disputeOf(claim: Claim, contradictions: readonly Contradiction[]): Dispute {
  if (contradictions.length > 0) return 'contradiction';
  if (claim.missingFacts.length > 0) return 'missing-fact';
  if (isOmission(claim)) return 'omission';
  if (isAddition(claim)) return 'addition';
  return 'agreed';
}

/**
 * The matrix of a report. Rows: contradictions first, then claims with a missing fact, then omissions (the
 * claims the most sources state first: leaving out what four of five outlets say stands out more), then
 * additions (the most widely stated first), then the claims every source states alike; ties keep the
 * report's order.
 */
export function coverageMatrix(report: Report): Matrix {
  const ids = report.sources.map((s) => s.id);
  const abbrs = abbreviate(ids);
  const sources = ids.map((id, index) => ({ id, abbr: abbrs[index]!, index }));
  const rows = report.claims.map((claim, order) => {
    const contradictions = report.contradictions.filter((c) => claimsOf(c).has(claim.id));
    const dispute = disputeOf(claim, contradictions);
    const cells = ids.map((id) => cellOf(claim, contradictions, id));
    return { row: { claim, dispute, cells, contradictions }, order };
  });
  const weight = ({ row }: (typeof rows)[number]): number[] => [
    DISPUTE_ORDER.indexOf(row.dispute),
    row.dispute === 'contradiction' ? -row.cells.filter((c) => c === 'contradicts').length : 0,
    row.dispute === 'missing-fact' ? -row.cells.filter((c) => c === 'partial').length : 0,
    -row.claim.sources.length,
  ];
  rows.sort((a, b) => {
    const wa = weight(a);
    const wb = weight(b);
    for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return wa[i]! - wb[i]!;
    return a.order - b.order;
  });
  return { sources, rows: rows.map((r) => r.row) };
}

/** Rows a matrix shows at most before it shows only the top ones. */
export const MATRIX_LIMIT = 40;
/** How many rows it shows then: cutting 41 rows to 40 and saying "1 more" would help nobody. */
export const MATRIX_TOP = 30;

/** How many of `total` rows a size-limited matrix shows. */
export function shownRows(total: number, limit = MATRIX_LIMIT, top = MATRIX_TOP): number {
  return total <= limit ? total : Math.min(top, limit);
}

/** The claims of `report` that are additions of `source` (what `SourceSummary.adds` counts). */
export function additionsOf(report: Report, source: string): Claim[] {
  return report.claims.filter((c) => isAddition(c) && c.sources.includes(source));
}

/** The claims `source` omits (what `SourceSummary.omits` counts). */
export function omissionsOf(report: Report, source: string): Claim[] {
  return report.claims.filter((c) => isOmission(c) && c.omittedBy.includes(source));
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
