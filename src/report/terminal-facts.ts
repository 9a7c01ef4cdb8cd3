/**
 * The terminal report's agreed facts: the fact table's rows no source disputes (the disputed ones are told once,
 * as contradictions), one column per source when the grid fits the width, else one line per row.
 */
import type { ChalkInstance } from 'chalk';
import pluralize from 'pluralize';
import type { Report } from '../types.js';
import { factTable, type FactTableRow } from './fact-table.js';
import { hanging, heading, packedLegend } from './terminal-layout.js';
import { displayWidth, padColumns } from './text-width.js';
import { truncate } from './wrap.js';

/** Rows the terminal shows at most, the most widely stated first. */
const FACT_ROWS = 8;
const LABEL_MAX = 30;

/**
 * The agreed rows, and under a grid the key of its columns (the sources' short names, as the matrix uses them):
 * --summary prints no sources table, so the keys are explained where they are first used. Nothing when no row is
 * agreed.
 */
export function agreedFactsBlock(report: Report, abbrs: readonly string[], c: ChalkInstance, width: number): string[] {
  const all = factTable(report).filter((r) => r.strength === undefined);
  if (all.length === 0) return [];
  const rows = all.slice(0, FACT_ROWS);
  const lines = heading(c, `Facts not in dispute: ${pluralize('question', all.length, true)} two or more sources answer`, width);
  const grid = gridLines(rows, abbrs, c, width);
  if (grid !== undefined) {
    lines.push(...grid);
    const keys = abbrs.map((abbr, i): [string, string] => [abbr, report.sources[i]!.id]).filter(([abbr, id]) => abbr !== id);
    if (keys.length > 0) lines.push(...packedLegend(keys, width, (abbr) => c.bold(abbr)).map((l) => c.dim(l)));
  } else lines.push(...listLines(rows, report, width));
  const rest = all.length - rows.length;
  if (rest > 0) lines.push(c.dim(`  … ${rest} more ${pluralize('row', rest)} ${rest === 1 ? 'agrees' : 'agree'}; --json lists every row (factTable)`));
  return lines;
}

function gridLines(rows: readonly FactTableRow[], abbrs: readonly string[], c: ChalkInstance, width: number): string[] | undefined {
  const labelWidth = Math.min(LABEL_MAX, Math.max(...rows.map((r) => displayWidth(r.label))));
  // A value is never cut (it would lose its unit, or its figure in another unit): a grid too wide for whole values is a list.
  const colWidths = abbrs.map((abbr, i) => Math.max(displayWidth(abbr), ...rows.map((r) => displayWidth(r.cells[i] ?? ''))));
  const total = 4 + labelWidth + colWidths.reduce((n, w) => n + w + 2, 0);
  if (total > width) return undefined;
  const lines = [c.bold(`    ${' '.repeat(labelWidth)}${abbrs.map((a, i) => `  ${padColumns(a, colWidths[i]!)}`).join('')}`.trimEnd())];
  for (const row of rows) {
    const cells = row.cells.map((cell, i) => `  ${padColumns(cell ?? '', colWidths[i]!)}`).join('');
    lines.push(`    ${padColumns(truncate(row.label, labelWidth), labelWidth)}${cells}`.trimEnd());
  }
  return lines;
}

/** Too many sources for a grid: "direction from X: south-west (bbc.co.uk, softpedia.com)". */
function listLines(rows: readonly FactTableRow[], report: Report, width: number): string[] {
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
    lines.push(...hanging(`${row.label}: ${values}`, width, (p) => p.text));
  }
  return lines;
}
