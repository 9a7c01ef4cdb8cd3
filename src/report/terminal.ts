import { Chalk, type ChalkInstance } from 'chalk';
import pluralize from 'pluralize';
import type { Claim, ClaimSentence, Report, SourceSummary } from '../types.js';
import { disagreementText, disputeLabel } from './fact-table.js';
import { markDifferences, referenceSentence } from './highlight.js';
import { agreedFactsBlock } from './terminal-facts.js';
import { disputesBlock } from './terminal-disputes.js';
import { heading, packedLegend } from './terminal-layout.js';
import { CELL_LEGEND, CELL_SYMBOL, coverageMatrix, shownRows, type Cell, type Dispute, type Matrix, type MatrixRow } from './matrix.js';
import { displayWidth, padColumns } from './text-width.js';
import { truncate, wrapPieces, type Piece } from './wrap.js';

export interface TerminalOptions {
  color: boolean;
  width: number;
  /** List every line dropped as clutter, per source. */
  showRemoved?: boolean;
  /** Rows the coverage matrix shows at most before it shows only the top ones (default 40, then 30). */
  matrixLimit?: number;
  /** Only the summary, the contradictions and the agreed facts (--summary). */
  summary?: boolean;
}

/**
 * The report for a person at a terminal. First what a fact-checker needs at once (all that --summary prints): the
 * summary line, each contradiction once with its sentences, then the facts the sources agree on. Then the sources
 * (with the short names the matrix uses), the coverage matrix, most disputed claims first, and the claims in full
 * by how widely they are shared. A section with nothing in it is left out.
 */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, options.width);
  const total = report.sources.length;
  const byCoverage = (coverage: Claim['coverage']) => report.claims.filter((claim) => claim.coverage === coverage);

  const matrix = coverageMatrix(report);
  const rowOf = new Map(matrix.rows.map((row) => [row.claim.id, row]));
  const out: string[] = [];
  const block = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    out.push('');
    // A loop, not push(...lines): a spread of some 100,000 lines overflows the stack.
    for (const line of lines) out.push(line);
  };
  out.push(...header(report, c, width));
  block(disputesBlock(report, c, width));
  block(agreedFactsBlock(report, matrix.sources.map((s) => s.abbr), c, width));
  if (options.summary === true) return `${out.join('\n')}\n`;
  block([
    ...sourceTable(report.sources, matrix, c, options.showRemoved ?? false, width),
    ...report.warnings.flatMap((w) => wrapPieces([{ text: `warning: ${w.source}: ${w.message}` }], width, '  ', (p) => c.yellow(p.text))),
  ]);
  block(matrixBlock(matrix, c, width, options.matrixLimit));

  const sections: Array<[string, Claim[]]> = [
    [total === 2 ? 'Shared by both sources' : `Shared by all ${total} sources`, byCoverage('all')],
    ['Stated by most sources (omitted by the others)', byCoverage('most')],
    ['Added by some sources', byCoverage('some')],
  ];
  for (const [title, claims] of sections) {
    if (claims.length === 0) continue;
    out.push('', ...section(c, title, claims.length, width));
    for (const claim of claims) for (const line of claimBlock(rowOf.get(claim.id)!, matrix, c, width)) out.push(line);
  }
  const unique = byCoverage('one');
  if (unique.length > 0) {
    out.push('', ...section(c, 'Unique to one source', unique.length, width));
    for (const line of uniqueBlock(report.sources, unique, rowOf, c, width)) out.push(line);
  }
  out.push('');
  return out.join('\n');
}

function header(report: Report, c: ChalkInstance, width: number): string[] {
  const sentences = report.sources.reduce((n, s) => n + s.sentences, 0);
  const removed = report.sources.reduce((n, s) => n + s.removed.length, 0);
  const figures =
    `${plural(report.sources.length, 'source')}, ${plural(sentences, 'sentence')}, ` +
    `${plural(report.claims.length, 'claim')}, ${plural(report.contradictions.length, 'contradiction')}` +
    (removed > 0 ? `, ${plural(removed, 'line')} dropped as clutter` : '');
  const lines = wrapPieces([{ text: `claimdiff: ${figures}` }], width, '', (p) => p.text);
  lines[0] = lines[0]!.replace(/^claimdiff/, c.bold('claimdiff'));
  return lines;
}

function sourceTable(sources: readonly SourceSummary[], matrix: Matrix, c: ChalkInstance, showRemoved: boolean, width: number): string[] {
  const abbrWidth = matrix.sources.reduce((n, s) => Math.max(n, displayWidth(s.abbr)), 0);
  // The abbreviation leads each line: the table is the legend of the matrix's columns.
  const idWidth = Math.min(28, sources.reduce((n, s) => Math.max(n, displayWidth(s.id)), 0)) + abbrWidth + 2;
  const lines: string[] = [];
  for (const [i, s] of sources.entries()) {
    const abbr = padColumns(matrix.sources[i]!.abbr, abbrWidth);
    const id = padColumns(truncate(s.id, idWidth - abbrWidth - 2), idWidth - abbrWidth - 2);
    const figures = [
      plural(s.sentences, 'sentence'),
      `adds ${s.adds}`,
      `omits ${s.omits}`,
      s.removed.length > 0 ? `${s.removed.length} dropped` : '',
    ].filter(Boolean);
    // The figures wrap under themselves when a narrow terminal has no room for them beside the id.
    const prefix = `  ${abbr}  ${id}  `;
    const wrapped = wrapPieces([{ text: figures.join(' · ') }], width, ' '.repeat(prefix.length), (p) => (p.text === '·' ? c.dim('·') : p.text));
    wrapped[0] = `  ${c.bold(abbr)}  ${c.cyan(id)}  ${wrapped[0]!.slice(prefix.length)}`;
    lines.push(...wrapped);
    if (s.headline) lines.push(c.dim(`  ${' '.repeat(idWidth)}  ${truncate(`“${s.headline}”`, width - idWidth - 4)}`));
    if (s.removed.length > 0) {
      const reasons = countBy(s.removed.map((r) => r.reason)).map(([r, n]) => `${r} ${n}`);
      const text = `dropped: ${reasons.join(', ')}`;
      lines.push(...wrapPieces([{ text }], width, ' '.repeat(idWidth + 4), (p) => c.dim(p.text)));
    }
    if (showRemoved) {
      for (const r of s.removed) {
        lines.push(c.dim(`      line ${r.line} [${r.reason}] ${truncate(r.text, width - 24 - String(r.line).length)}`));
      }
    }
  }
  const keys = 'adds: claims at most half the sources state that it states; omits: claims more than half state that it leaves out';
  lines.push(...wrapPieces([{ text: keys }], width, '  ', (p) => c.dim(p.text)));
  return lines;
}

const CELL_PAINT: Record<Cell, (c: ChalkInstance, text: string) => string> = {
  stated: (c, t) => c.green(t),
  partial: (c, t) => c.magenta(t),
  contradicts: (c, t) => c.red.bold(t),
  omitted: (c, t) => c.yellow(t),
  absent: (c, t) => c.dim(t),
};

const CELL_MEANING = Object.fromEntries(CELL_LEGEND) as Record<Cell, string>;

const DISPUTE_NAME: Record<Dispute, [string, string]> = {
  contradiction: ['contradiction', 'contradictions'],
  'missing-fact': ['with a missing detail', 'with a missing detail'],
  omission: ['omission', 'omissions'],
  addition: ['addition', 'additions'],
  agreed: ['shared by all', 'shared by all'],
};

/**
 * Claims as rows, sources as columns (their short names), most disputed first, each row ending with the start
 * of the claim's first sentence; a contradiction's row starts with the disagreeing values. Only the top rows
 * when there are too many to read, with a count of the rest.
 */
function matrixBlock(matrix: Matrix, c: ChalkInstance, width: number, limit?: number): string[] {
  const total = matrix.rows.length;
  const shown = limit === undefined ? shownRows(total) : shownRows(total, limit, limit);
  const title = `Coverage matrix: ${plural(total, 'claim')}, most disputed first` + (shown < total ? `, top ${shown} shown` : '');
  const lines = heading(c, title, width);
  if (total === 0) return [...lines, c.dim('  no claims')];
  const idWidth = matrix.rows.reduce((n, r) => Math.max(n, r.claim.id.length), 0);
  const colWidth = matrix.sources.reduce((n, s) => Math.max(n, s.abbr.length), 0);
  const centre = (text: string, length = text.length) => {
    const left = Math.floor((colWidth - length) / 2);
    return ' '.repeat(left) + text + ' '.repeat(colWidth - length - left);
  };
  const lead = `  ${' '.repeat(idWidth)}  `;
  lines.push(c.bold(lead + matrix.sources.map((s) => centre(s.abbr)).join(' ')));
  const room = width - lead.length - matrix.sources.length * (colWidth + 1) - 1;
  for (const row of matrix.rows.slice(0, shown)) {
    const cells = row.cells.map((cell) => CELL_PAINT[cell](c, centre(CELL_SYMBOL[cell], 1))).join(' ');
    let gist = '';
    if (room >= 12) {
      const disagreement = row.contradictions
        .map(disagreementText)
        .join('; ');
      const sentence = row.claim.sentences[0]?.text ?? '';
      const text = truncate(disagreement ? `${disagreement} · ${sentence}` : sentence, room);
      gist = ` ${disagreement ? c.red(text.slice(0, disagreement.length)) + c.dim(text.slice(disagreement.length)) : c.dim(text)}`;
    }
    lines.push(`  ${c.bold(row.claim.id.padEnd(idWidth))}  ${cells}${gist}`);
  }
  if (shown < total) {
    const rest = countBy(matrix.rows.slice(shown).map((r) => r.dispute)).map(([d, n]) => {
      const [one, many] = DISPUTE_NAME[d as Dispute];
      return `${n} ${n === 1 ? one : many}`;
    });
    const text = `… ${plural(total - shown, 'more claim')} not shown (${rest.join(', ')}); every claim is listed below.`;
    lines.push(...wrapPieces([{ text }], width, '  ', (p) => c.dim(p.text)));
  }
  lines.push('');
  // The legend, packed item by item so that no meaning is split across lines.
  const paintSymbol = (symbol: string) => CELL_PAINT[CELL_LEGEND.find(([cell]) => CELL_SYMBOL[cell] === symbol)![0]](c, symbol);
  lines.push(...packedLegend(CELL_LEGEND.map(([cell, meaning]) => [CELL_SYMBOL[cell], meaning]), width, paintSymbol));
  return lines;
}

/**
 * A claim as the matrix reads it: how many sources state it, each source's sentence with its cell's mark where it
 * is not a plain "states it", and who leaves it out, named as its cells name them ("omitted by" for an omission).
 */
function claimBlock(row: MatrixRow, matrix: Matrix, c: ChalkInstance, width: number): string[] {
  const { claim } = row;
  const kinds = row.contradictions.map(disputeLabel).join(', ');
  const head = `${claim.id} · stated by ${claim.sources.length} of ${matrix.sources.length}` + (kinds ? ` · contradiction (${kinds})` : '');
  const lines = ['', ...wrapPieces([{ text: head }], width, '  ', (p) => (p.text === claim.id ? c.bold(p.text) : p.text))];
  const cellOfSource = (source: string) => row.cells[matrix.sources.findIndex((s) => s.id === source)];
  const left = claim.omittedBy.filter((source) => cellOfSource(source) === 'omitted' || cellOfSource(source) === 'absent');
  if (left.length > 0) {
    const text = `${row.cells.includes('omitted') ? 'omitted by' : 'not stated by'} ${left.join(', ')}`;
    lines.push(...wrapPieces([{ text }], width, '    ', (p) => c.dim(p.text)));
  }
  const reference = referenceSentence(claim.sentences)!;
  for (const s of claim.sentences) {
    const cell = cellOfSource(s.source) ?? 'stated';
    const marked = cell === 'contradicts' || cell === 'partial';
    // The mark is a styled piece, so the line wraps (at a narrow width) before it, not through a colour.
    const head: Piece[] = [{ text: `${s.source} line ${s.line}` }, ...(marked ? [{ text: ` ${CELL_SYMBOL[cell]} ${CELL_MEANING[cell]}`, style: 'changed' as const }] : [])];
    lines.push(...wrapPieces(head, width, '    ', (p) => (p.style ? CELL_PAINT[cell](c, p.text) : c.cyan(p.text))));
    const pieces = s === reference ? [{ text: s.text }] : markDifferences(reference.text, s.text);
    lines.push(...wrapPieces(pieces, width, '      ', paint(c)));
  }
  for (const gap of claim.missingFacts) {
    const given = gap.statedBy.map((s) => `“${s.words}”`).filter((w, i, all) => all.indexOf(w) === i);
    const text = `${gap.omittedBy.join(', ')} ${gap.omittedBy.length === 1 ? 'gives' : 'give'} no ${gap.label ?? `${gap.kind} (${gap.slot})`}: others say ${given.join(' / ')}`;
    lines.push(...wrapPieces([{ text }], width, '    ', (p) => c.magenta(p.text)));
  }
  if (claim.moved) {
    const text = `placed differently: ${claim.moved.lead.join(', ')} lead with it; ${claim.moved.late.join(', ')} only in the second half`;
    lines.push(...wrapPieces([{ text }], width, '    ', (p) => c.blue(p.text)));
  }
  return lines;
}

/** The claims of one source only, by source; a claim whose value the others dispute says so, as its matrix cell does. */
function uniqueBlock(sources: readonly SourceSummary[], unique: readonly Claim[], rowOf: ReadonlyMap<string, MatrixRow>, c: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  for (const source of sources) {
    const own = unique.filter((claim) => claim.sources[0] === source.id);
    if (own.length === 0) continue;
    lines.push('', ...wrapPieces([{ text: `${source.id}: ${plural(own.length, 'claim')} no other source states` }], width, '  ', (p) => c.cyan(p.text)));
    for (const claim of own) {
      const s: ClaimSentence = claim.sentences[0]!;
      const marked = rowOf.get(claim.id)?.cells.includes('contradicts') === true;
      const head: Piece[] = [{ text: `${claim.id} line ${s.line}` }, ...(marked ? [{ text: ` ${CELL_SYMBOL.contradicts} ${CELL_MEANING.contradicts}`, style: 'changed' as const }] : [])];
      lines.push(...wrapPieces(head, width, '    ', (p) => (p.style ? CELL_PAINT.contradicts(c, p.text) : c.bold(p.text))));
      lines.push(...wrapPieces([{ text: s.text }], width, '      ', paint(c)));
    }
  }
  return lines;
}

function paint(c: ChalkInstance): (p: Piece) => string {
  return (p) => (p.style === 'changed' ? c.yellow.underline(p.text) : p.text);
}

function section(c: ChalkInstance, title: string, count: number, width: number): string[] {
  return heading(c, `${title} (${count})`, width);
}

function plural(n: number, word: string): string {
  return pluralize(word, n, true);
}

function countBy(values: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
