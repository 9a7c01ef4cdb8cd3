import type { Claim, Contradiction, Report } from '../types.js';
import { escapeLineStart, escapeMarkdown, escapeMarkdownFragment } from './escape.js';
import { byCertainty, campsOf, disagreementText, disputeLabel, factTable, shownValue } from './fact-table.js';
import {
  CELL_LEGEND,
  CELL_SYMBOL,
  coverageMatrix,
  plural,
  shownRows,
  type Matrix,
  type MatrixRow,
  DISPUTE_LABEL,
} from './matrix.js';

export interface MarkdownOptions {
  /** Rows the matrix shows before the rest go into a collapsed block (default 40, then 30). */
  matrixLimit?: number;
  /** The most characters the Markdown may have (default MARKDOWN_MAX_CHARS, under GitHub's comment limit). */
  maxChars?: number;
}

/**
 * The report as GitHub-flavoured Markdown, for a pull-request comment: the figures, the fact table, the
 * contradictions in caution boxes, the sources, the coverage matrix as a table (the rows past the top ones
 * collapsed), then every claim with each source's sentence quoted, collapsed; cut to fit a comment. Every piece of article text and every
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
  // What a reader needs first, kept whole whatever the size: the contradictions, most certain first, then the
  // facts no source disputes (a disputed question is told once, as a contradiction).
  if (report.contradictions.length > 0) out.push(`### Contradictions (${report.contradictions.length})`, '');
  for (const contradiction of byCertainty(report.contradictions)) out.push(...contradictionBlock(contradiction), '');
  for (const line of factTableBlock(report, matrix)) out.push(line);
  const first = out.length;

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
  out.push('', '**Adds**: claims at most half the sources state that this source states; **Omits**: claims more than half state that it leaves out.', '');

  // Loops, not push(...lines): a spread of some 100,000 lines overflows the stack.
  for (const line of matrixBlock(matrix, options.matrixLimit)) out.push(line);

  out.push(`### Claims (${report.claims.length})`, '');
  out.push(`<details><summary>Every claim with each source's sentence, most disputed first</summary>`, '');
  for (const row of matrix.rows) out.push(...claimBlock(row, matrix, abbr), '');
  out.push('</details>', '');
  return withinLimit(out, first, options.maxChars ?? MARKDOWN_MAX_CHARS);
}

/**
 * GitHub refuses a comment over 65,536 characters. Past the budget, the summary, the fact table and the
 * contradictions stay whole and the rest is cut at a line that closes no open block, saying so. When they alone
 * are over GitHub's limit (hundreds of sources make a fact table row as wide), they are cut too, at a line: the
 * comment stays within 65,536 characters whatever the number of sources.
 */
export const MARKDOWN_MAX_CHARS = 60_000;

/** GitHub's own limit on a comment: the summary, fact table and contradictions are cut only past it. */
const GITHUB_COMMENT_MAX = 65_536;

/** Room kept for the note that says what was cut. */
const NOTE_ROOM = 400;

function withinLimit(lines: readonly string[], keep: number, max: number): string {
  const whole = lines.join('\n');
  if (whole.length <= max) return whole;
  // As `join('\n')` counts: one newline fewer than lines.
  let length = -1;
  let end = 0;
  // Whole lines while they fit, and never inside a <details> block (an unclosed one would swallow the note).
  let open = 0;
  let safeEnd = 0;
  const fits = (limit: number) => end < lines.length && length + lines[end]!.length + 1 + NOTE_ROOM <= limit;
  const take = (): void => {
    length += lines[end]!.length + 1;
    if (lines[end]!.startsWith('<details>')) open++;
    if (lines[end]!.startsWith('</details>')) open--;
    end++;
    if (open === 0) safeEnd = end;
  };
  while (end < keep && fits(Math.max(max, GITHUB_COMMENT_MAX))) take();
  if (end === keep) while (fits(max)) take();
  // A heading whose content was cut goes with it: no empty "### Claims (155)".
  while (safeEnd > 0 && (lines[safeEnd - 1] === '' || lines[safeEnd - 1]!.startsWith('#'))) safeEnd--;
  const cut = [...new Set(lines.slice(safeEnd).flatMap((l) => /^#{2,3} (.+?)(?: \(\d+\))?$/.exec(l)?.[1] ?? []))];
  const what = cut.length > 0 ? `the rest of the report (${cut.join(', ')})` : 'the rest of the report';
  // Said as it is: the Markdown is always cut to this size, so only other formats hold the rest.
  const note =
    `\n\n> [!NOTE]\n> Cut to stay within GitHub's comment limit: ${plural(lines.length - safeEnd, 'more line')} of ${what} are left out. ` +
    '`claimdiff --format html -o report.html` shows every claim; `--json` has every finding.\n';
  return `${lines.slice(0, safeEnd).join('\n')}${note}`;
}

/**
 * The facts no source disputes: one row per question, one column per source (its key), the keys explained after
 * the table. Nothing when there is none.
 */
function factTableBlock(report: Report, matrix: Matrix): string[] {
  const rows = factTable(report).filter((row) => row.strength === undefined);
  if (rows.length === 0) return [];
  const lines = [`### Facts not in dispute (${rows.length})`, ''];
  lines.push(`| Question | ${matrix.sources.map((s) => `**${escapeMarkdown(s.abbr)}**`).join(' | ')} |`);
  lines.push(`| :-- | ${matrix.sources.map(() => ':--').join(' | ')} |`);
  for (const row of rows) {
    lines.push(`| ${escapeMarkdown(row.label)} | ${row.cells.map((cell) => (cell === undefined ? '' : escapeMarkdown(cell))).join(' | ')} |`);
  }
  const keys = matrix.sources.map((s) => `**${escapeMarkdown(s.abbr)}** ${escapeMarkdown(s.id)}`).join(' · ');
  lines.push('', `Columns: ${keys}. A blank cell: that source does not say.`, '');
  return lines;
}

/** A contradiction: its camps with each source and line, why they cannot both hold, and the sentences. */
function contradictionBlock(contradiction: Contradiction): string[] {
  const camps = campsOf(contradiction).map(
    (camp) => `**${escapeMarkdown(camp.words)}** (${camp.sources.map((s) => escapeMarkdown(s.line === undefined ? s.source : `${s.source}, line ${s.line}`)).join('; ')})`,
  );
  const lines = [
    contradiction.strength === 'possible' ? '> [!WARNING]' : '> [!CAUTION]',
    `> **${escapeMarkdown(disputeLabel(contradiction))}** (${contradiction.strength ?? 'conflict'}, claim ${escapeMarkdown(contradiction.claim)}): ${camps.join(' vs ')}`,
  ];
  if (contradiction.reason !== undefined) lines.push(`> ${escapeMarkdown(contradiction.reason)}`);
  lines.push('>');
  for (const v of contradiction.values) {
    lines.push(`> - ${escapeMarkdown(v.source)}${v.line !== undefined ? ` · line ${v.line}` : ''}: ${quoted(v.text, v.span)}`);
  }
  return lines;
}

function matrixBlock(matrix: Matrix, limit?: number): string[] {
  const total = matrix.rows.length;
  const lines = ['### Coverage matrix', ''];
  if (total === 0) return [...lines, 'No claims.', ''];
  lines.push('Claims as rows, most disputed first (contradictions, missing details, omissions, additions).', '');
  const shown = limit === undefined ? shownRows(total) : shownRows(total, limit, limit);
  lines.push(...matrixTable(matrix, matrix.rows.slice(0, shown)), '');
  // The keys after the table that uses them.
  lines.push(`Columns are the sources' keys (see Sources). ${CELL_LEGEND.map(([cell, meaning]) => `${CELL_SYMBOL[cell]} ${meaning}`).join(' · ')}`, '');
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
        ? `**${row.contradictions.map(disagreementText).map(escapeMarkdown).join('; ')}**`
        : DISPUTE_LABEL[row.dispute];
    const cells = [`**${escapeMarkdown(row.claim.id)}**`, ...row.cells.map((cell) => CELL_SYMBOL[cell]), kind, escapeMarkdown(truncate(sentence, 90))];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

function claimBlock(row: MatrixRow, matrix: Matrix, abbr: ReadonlyMap<string, string>): string[] {
  const { claim } = row;
  const total = matrix.sources.length;
  const kinds = row.contradictions.map((c) => disputeLabel(c)).join(', ');
  const title =
    `#### ${escapeMarkdown(claim.id)} · stated by ${claim.sources.length} of ${total} · ${DISPUTE_LABEL[row.dispute]}` +
    (kinds ? ` (${kinds})` : '');
  const lines = [title, ''];
  for (const s of claim.sentences) {
    const values = row.contradictions.flatMap((c) => c.values.filter((v) => v.source === s.source && v.text === s.text).map((v) => ({ ...v, frame: c.frame })));
    const cell = row.cells[matrix.sources.findIndex((x) => x.id === s.source)]!;
    const note = cell === 'contradicts' ? ` · ${CELL_SYMBOL.contradicts} contradicts: ${values.map((v) => `**${escapeMarkdown(shownValue(v, v.frame))}**`).join(', ')}` : '';
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
  return `${who} ${gap.omittedBy.length === 1 ? 'gives' : 'give'} no ${escapeMarkdown(gap.label ?? `${gap.kind} (${gap.slot})`)}: others say ${given.join(' / ')}`;
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
