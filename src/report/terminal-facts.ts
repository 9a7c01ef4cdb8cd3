/**
 * The terminal report's first screen after the summary: the fact table (one row per question two or more sources
 * answer, one column per source) and the contradictions, each told as its camps with the reason in words.
 */
import type { ChalkInstance } from 'chalk';
import type { Report } from '../types.js';
import { disputeLine, factTable, type FactTableRow } from './fact-table.js';
import { truncate, wrapPieces } from './wrap.js';

/** Rows the terminal shows at most: disputed rows always, then the most widely stated up to this many. */
const FACT_ROWS = 8;
/** The widest a cell may be before it is cut with "…". */
const CELL_MAX = 14;
const LABEL_MAX = 30;

const MARK = { conflict: '✗', possible: '?' } as const;

/**
 * The fact table as a grid when it fits the width (columns are the sources' short names, as in the matrix),
 * else one line per row with each value and the sources that give it.
 */
export function factTableBlock(report: Report, abbrs: readonly string[], c: ChalkInstance, width: number): string[] {
  const all = factTable(report);
  const disputed = all.filter((r) => r.strength !== undefined).length;
  const rows = all.slice(0, Math.max(FACT_ROWS, disputed));
  const title = `Facts: ${all.length} ${all.length === 1 ? 'question' : 'questions'} two or more sources answer, ${disputed} in dispute`;
  const lines = [c.bold.underline(title)];
  if (all.length === 0) return [...lines, c.dim('  no figure, time or role is given by two sources')];
  const grid = gridLines(rows, abbrs, c, width);
  lines.push(...(grid ?? listLines(rows, report, c, width)));
  if (rows.length < all.length) lines.push(c.dim(`  … ${all.length - rows.length} more rows agree; --json lists every row (factTable)`));
  if (disputed > 0) lines.push(c.dim(`  ${MARK.conflict} conflict: definite values that cannot both be true; ${MARK.possible} possible: hedged, a bound or approximate`));
  return lines;
}

function gridLines(rows: readonly FactTableRow[], abbrs: readonly string[], c: ChalkInstance, width: number): string[] | undefined {
  const labelWidth = Math.min(LABEL_MAX, Math.max(...rows.map((r) => r.label.length)));
  const colWidths = abbrs.map((abbr, i) => Math.max(abbr.length, Math.min(CELL_MAX, Math.max(0, ...rows.map((r) => r.cells[i]?.length ?? 0)))));
  const total = 4 + labelWidth + colWidths.reduce((n, w) => n + w + 2, 0);
  if (total > width) return undefined;
  const lines = [c.bold(`    ${' '.repeat(labelWidth)}${abbrs.map((a, i) => `  ${a.padEnd(colWidths[i]!)}`).join('')}`)];
  for (const row of rows) {
    const { mark, paint } = rowStyle(row, c);
    const cells = row.cells.map((cell, i) => `  ${truncate(cell ?? '', colWidths[i]!).padEnd(colWidths[i]!)}`).join('');
    lines.push(`  ${paint(mark)} ${paint(truncate(row.label, labelWidth).padEnd(labelWidth))}${cells}`);
  }
  return lines;
}

/** A row's dispute marker and colour: red ✗ for a conflict, yellow ? for a possible one, plain otherwise. */
function rowStyle(row: FactTableRow, c: ChalkInstance): { mark: string; paint: (text: string) => string } {
  const mark = row.strength === undefined ? ' ' : MARK[row.strength];
  const paint = row.strength === 'conflict' ? c.red : row.strength === 'possible' ? c.yellow : (t: string) => t;
  return { mark, paint };
}

/** Too many sources for a grid: "✗ people killed: 24 (independent.co.uk); at least one (ibtimes.com, ...)". */
function listLines(rows: readonly FactTableRow[], report: Report, c: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    // "One" and "one" are one value.
    const byValue = new Map<string, { words: string; sources: string[] }>();
    row.cells.forEach((cell, i) => {
      if (cell === undefined) return;
      const held = byValue.get(cell.toLowerCase()) ?? { words: cell, sources: [] };
      held.sources.push(report.sources[i]!.id);
      byValue.set(cell.toLowerCase(), held);
    });
    const values = [...byValue.values()].map(({ words, sources }) => `${words} (${sources.join(', ')})`).join('; ');
    const { mark, paint } = rowStyle(row, c);
    lines.push(...hanging(`${mark} ${row.label}: ${values}`, width, paint));
  }
  return lines;
}

/** Each contradiction on two lines: its camps with their sources and lines, then why they cannot both hold. */
export function disputesBlock(report: Report, c: ChalkInstance, width: number): string[] {
  const lines = [c.bold.underline(`Contradictions (${report.contradictions.length})`)];
  if (report.contradictions.length === 0) return [...lines, c.dim('  none found')];
  for (const x of report.contradictions) {
    const mark = x.strength === 'possible' ? MARK.possible : MARK.conflict;
    const text = `${mark} ${disputeLine(x, true)}`;
    lines.push(...hanging(text, width, x.strength === 'possible' ? c.yellow : c.red));
    if (x.reason !== undefined) lines.push(...wrapPieces([{ text: x.reason }], width, '      ', (p) => c.dim(p.text)));
  }
  return lines;
}

/** Wrapped with a hanging indent: the first line at two spaces, the rest under the text after the mark. */
function hanging(text: string, width: number, paint: (text: string) => string): string[] {
  const rest = '    ';
  const lines = wrapPieces([{ text }], width, rest, (p) => paint(p.text));
  if (lines.length > 0) lines[0] = `  ${lines[0]!.slice(rest.length)}`;
  return lines;
}
