/**
 * The terminal report's first screen after the summary: each dispute once, most certain first, as one block: the
 * question with its context and every camp's value, the reason in plain words, then each camp's sources (with
 * `file:line`) and the shortest excerpt of its sentence around its value.
 */
import type { ChalkInstance } from 'chalk';
import type { Contradiction, Report } from '../types.js';
import { byCertainty, campsOf, disputeLabel } from './fact-table.js';
import { displayWidth, sliceColumns } from './text-width.js';
import { hanging, heading, packedLegend } from './terminal-layout.js';
import { wrapPieces, type Piece } from './wrap.js';

export const MARK = { conflict: '✗', possible: '?' } as const;

/** What the two marks mean, said once under the disputes. */
export const MARK_LEGEND: ReadonlyArray<[string, string]> = [
  [MARK.conflict, 'conflict: definite values that cannot both be true'],
  [MARK.possible, 'possible: hedged, a bound or approximate'],
];

/** The disputes block: nothing at all when there is none (the summary line already says "0 contradictions"). */
export function disputesBlock(report: Report, c: ChalkInstance, width: number): string[] {
  if (report.contradictions.length === 0) return [];
  const lines = heading(c, `Contradictions (${report.contradictions.length}), most certain first`, width);
  for (const x of byCertainty(report.contradictions)) lines.push(...disputeLines(x, c, width));
  // Only the marks used are explained.
  const used = new Set(report.contradictions.map((x) => (x.strength === 'possible' ? MARK.possible : MARK.conflict)));
  const legend = MARK_LEGEND.filter(([mark]) => used.has(mark as (typeof MARK)[keyof typeof MARK]));
  lines.push(...packedLegend(legend, width, (mark) => (mark === MARK.conflict ? c.red(mark) : c.yellow(mark))).map((l) => c.dim(l)));
  return lines;
}

function disputeLines(x: Contradiction, c: ChalkInstance, width: number): string[] {
  const possible = x.strength === 'possible';
  const paint = possible ? c.yellow : c.red;
  const camps = campsOf(x);
  const head = `${possible ? MARK.possible : MARK.conflict} ${disputeLabel(x)}: ${camps.map((camp) => camp.words).join(' vs ')}`;
  const lines = hanging(head, width, (p) => c.bold(paint(p.text)));
  // The claim names the matrix row the dispute belongs to.
  const why = `${x.reason ?? 'the values differ'} (claim ${x.claim})`;
  lines.push(...wrapPieces([{ text: why }], width, '    ', (p) => c.dim(p.text)));
  for (const camp of camps) {
    const sources = camp.sources.map((s) => (s.line !== undefined ? `${s.source}:${s.line}` : s.source)).join(', ');
    lines.push(...wrapPieces([{ text: `${camp.words} — ${sources}` }], width, '    ', (p) => c.cyan(p.text)));
    const indent = '      ';
    const { text, span } = camp.first;
    const pieces = excerpt(text, span, width - indent.length);
    lines.push(...wrapPieces(pieces, width, indent, (p) => (p.style === 'changed' ? c.yellow.underline(p.text) : p.text)));
  }
  return lines;
}

/**
 * The shortest part of a sentence around `span` that fits `columns`, in quotes: whole words only, "…" where it
 * was cut. The value itself is a piece of its own, so the renderer can mark it.
 */
export function excerpt(text: string, span: [number, number], columns: number): Piece[] {
  const flat = text.replace(/\s+/g, ' ');
  const [start, end] = flat.length === text.length ? span : [0, 0];
  const value = flat.slice(start, end);
  let before = flat.slice(0, start);
  let after = flat.slice(end);
  // Room for the quotes and two ellipses; the value itself is never cut.
  const room = Math.max(0, columns - 4 - displayWidth(value));
  let cutBefore = false;
  let cutAfter = false;
  // Words are taken from each side in turn, so the value stays in the middle of what is shown.
  const left = before.split(/(?<=\s)/);
  const right = after.split(/(?=\s)/);
  if (displayWidth(before) + displayWidth(after) > room) {
    // Widths kept as running sums: each word is measured once, however long the sentence.
    let used = 0;
    let i = left.length - 1;
    let j = 0;
    for (let turn = 0; i >= 0 || j < right.length; turn++) {
      const fromLeft = (turn % 2 === 0 && i >= 0) || j >= right.length;
      const w = displayWidth(fromLeft ? left[i]! : right[j]!);
      if (used + w > room) break;
      used += w;
      if (fromLeft) i--;
      else j++;
    }
    cutBefore = i >= 0;
    cutAfter = j < right.length;
    const l = left.slice(i + 1).join('');
    const r = right.slice(0, j).join('');
    before = cutBefore ? l.trimStart() : l;
    after = cutAfter ? r.trimEnd() : r;
  }
  const open = `“${cutBefore ? '…' : ''}`;
  const close = `${cutAfter ? '…' : ''}”`;
  const pieces: Piece[] = [{ text: open + before }];
  if (value !== '') pieces.push({ text: value, style: 'changed' });
  pieces.push({ text: after + close });
  // A value wider than the room is cut at the width, as any word is.
  return pieces.map((p) => (displayWidth(p.text) > columns ? { ...p, text: sliceColumns(p.text, columns) } : p));
}
