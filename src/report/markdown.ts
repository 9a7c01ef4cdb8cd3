import type { Claim, Contradiction, Report } from '../types.js';
import { escapeLineStart, escapeMarkdown, escapeMarkdownFragment } from './escape.js';
import {
  CELL_LEGEND,
  CELL_SYMBOL,
  coverageMatrix,
  plural,
  shownRows,
  type Dispute,
  type Matrix,
  type MatrixRow,
  DISPUTE_LABEL,
} from './matrix.js';

export interface MarkdownOptions {
  /** Rows the matrix shows before the rest go into a collapsed block (default 40, then 30). */
  matrixLimit?: number;
}

/**
 * The report as GitHub-flavoured Markdown, for a pull-request comment: the figures, the sources, the
 * contradictions in a caution box, the coverage matrix as a table (the rows past the top ones collapsed),
 * then every claim with each source's sentence quoted, collapsed. Every piece of article text and every
 * source id goes through `escapeMarkdown`: it cannot break the table, open a tag or ping anybody.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const matrix = coverageMatrix(report);
  const abbr = new Map(matrix.sources.map((s) => [s.id, s.abbr]));
  const out: string[] = [];

  const sentences = report.sources.reduce((n, s) => n + s.sentences, 0);
  out.push(
    `## claimdiff: ${plural(report.sources.length, 'source')}, ${plural(sentences, 'sentence')}, ` +
      `${plural(report.claims.length, 'claim')}, ${plural(report.contradictions.length, 'contradiction')}`,
    '',
  );
  if (report.warnings.length > 0) {
    out.push('> [!WARNING]');
    for (const w of report.warnings) out.push(`> - ${escapeMarkdown(w.source)}: ${escapeMarkdown(w.message)}`);
    out.push('');
  }

  out.push('| Key | Source | Sentences | Adds | Omits | Dropped as clutter | Headline |');
  out.push('| :-- | :-- | --: | --: | --: | --: | :-- |');
  for (const s of report.sources) {
    const cells = [
      `**${escapeMarkdown(abbr.get(s.id)!)}**`,
      escapeMarkdown(s.id),
      String(s.sentences),
      String(s.adds),
      String(s.omits),
      String(s.removed.length),
      s.headline ? escapeMarkdown(s.headline) : '',
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('');

  out.push(`### Contradictions (${report.contradictions.length})`, '');
  if (report.contradictions.length === 0) out.push('None found.', '');
  for (const contradiction of report.contradictions) out.push(...contradictionBlock(contradiction, report), '');

  for (const line of matrixBlock(matrix, options.matrixLimit)) out.push(line);

  out.push(`### Claims (${report.claims.length})`, '');
  out.push(`<details><summary>Every claim with each source's sentence, most disputed first</summary>`, '');
  for (const row of matrix.rows) out.push(...claimBlock(row, matrix, abbr), '');
  out.push('</details>', '');
  return out.join('\n');
}

function contradictionBlock(contradiction: Contradiction, report: Report): string[] {
  const claim = report.claims.find((c) => c.id === contradiction.claim);
  const lines = ['> [!CAUTION]', `> **${escapeMarkdown(contradiction.claim)} · ${contradiction.kind}**`, '>'];
  for (const v of contradiction.values) {
    const line = claim?.sentences.find((s) => s.source === v.source)?.line;
    lines.push(
      `> - **${escapeMarkdown(String(v.value))}** · ${escapeMarkdown(v.source)}${line !== undefined ? ` · line ${line}` : ''}: ` +
        quoted(v.text, v.span),
    );
  }
  return lines;
}

function matrixBlock(matrix: Matrix, limit?: number): string[] {
  const total = matrix.rows.length;
  const lines = ['### Coverage matrix', ''];
  if (total === 0) return [...lines, 'No claims.', ''];
  lines.push(
    'Claims as rows, most disputed first (contradictions, missing details, omissions, additions); ' +
      'columns are the sources above.',
    '',
    CELL_LEGEND.map(([cell, meaning]) => `${CELL_SYMBOL[cell]} ${meaning}`).join(' · '),
    '',
  );
  const shown = limit === undefined ? shownRows(total) : shownRows(total, limit, limit);
  lines.push(...matrixTable(matrix, matrix.rows.slice(0, shown)), '');
  if (shown < total) {
    lines.push(`<details><summary>${plural(total - shown, 'more claim')}</summary>`, '');
    // A loop, not push(...rows): a spread of some 100,000 rows overflows the stack.
    for (const line of matrixTable(matrix, matrix.rows.slice(shown))) lines.push(line);
    lines.push('', '</details>', '');
  }
  return lines;
}

function matrixTable(matrix: Matrix, rows: readonly MatrixRow[]): string[] {
  const head = ['Claim', ...matrix.sources.map((s) => escapeMarkdown(s.abbr)), 'Kind', 'First sentence'];
  const lines = [`| ${head.join(' | ')} |`, `| :-- | ${matrix.sources.map(() => ':-:').join(' | ')} | :-- | :-- |`];
  for (const row of rows) {
    const sentence = row.claim.sentences[0]?.text ?? '';
    const kind =
      row.dispute === 'contradiction'
        ? `**${row.contradictions.map((c) => `${c.kind}: ${[...new Set(c.values.map((v) => String(v.value)))].join(' vs ')}`).map(escapeMarkdown).join('; ')}**`
        : DISPUTE_LABEL[row.dispute];
    const cells = [`**${escapeMarkdown(row.claim.id)}**`, ...row.cells.map((cell) => CELL_SYMBOL[cell]), kind, escapeMarkdown(truncate(sentence, 90))];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

function claimBlock(row: MatrixRow, matrix: Matrix, abbr: ReadonlyMap<string, string>): string[] {
  const { claim } = row;
  const total = matrix.sources.length;
  const kinds = row.contradictions.map((c) => c.kind).join(', ');
  const title =
    `#### ${escapeMarkdown(claim.id)} · stated by ${claim.sources.length} of ${total} · ${DISPUTE_LABEL[row.dispute]}` +
    (kinds ? ` (${kinds})` : '');
  const lines = [title, ''];
  for (const s of claim.sentences) {
    const values = row.contradictions.flatMap((c) => c.values.filter((v) => v.source === s.source && v.text === s.text));
    const cell = row.cells[matrix.sources.findIndex((x) => x.id === s.source)]!;
    const note = cell === 'contradicts' ? ` · ${CELL_SYMBOL.contradicts} contradicts: ${values.map((v) => `**${escapeMarkdown(String(v.value))}**`).join(', ')}` : '';
    lines.push(`- **${escapeMarkdown(abbr.get(s.source) ?? '')}** ${escapeMarkdown(s.source)} · line ${s.line}${note}`);
    lines.push(`  > ${quoted(s.text, values[0]?.span)}`);
  }
  if (claim.omittedBy.length > 0) {
    const symbol = CELL_SYMBOL[row.cells.includes('omitted') ? 'omitted' : 'absent'];
    const verb = row.cells.includes('omitted') ? 'Omitted by' : 'Not stated by';
    lines.push(`- ${symbol} ${verb} ${claim.omittedBy.map(escapeMarkdown).join(', ')}`);
  }
  for (const gap of claim.missingFacts) lines.push(`- ${CELL_SYMBOL.partial} ${missingFact(gap)}`);
  return lines;
}

function missingFact(gap: Claim['missingFacts'][number]): string {
  const given = [...new Set(gap.statedBy.map((s) => `“${escapeMarkdown(s.words)}”`))];
  const who = gap.omittedBy.map(escapeMarkdown).join(', ');
  return `${who} ${gap.omittedBy.length === 1 ? 'leaves' : 'leave'} out the ${gap.kind} ${given.join(' / ')} (${escapeMarkdown(gap.slot)})`;
}

/** A sentence on one line, the words at `span` in bold (as an HTML `<b>`, which no neighbouring character can undo). */
function quoted(text: string, span?: [number, number]): string {
  const flat = text.replace(/\s+/g, ' ');
  if (!span || flat.length !== text.length) return escapeMarkdown(text);
  const [start, end] = span;
  const body = `${escapeMarkdownFragment(flat.slice(0, start))}<b>${escapeMarkdownFragment(flat.slice(start, end))}</b>${escapeMarkdownFragment(flat.slice(end))}`;
  return escapeLineStart(body.trim());
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
