/** Pieces of the terminal report's layout that every block uses: headings, legends, hanging indents. */
import type { ChalkInstance } from 'chalk';
import { displayWidth } from './text-width.js';
import { wrapPieces, type Piece } from './wrap.js';

/** A section heading, wrapped at spaces when the width is narrower than it. */
export function heading(c: ChalkInstance, text: string, width: number): string[] {
  return wrapPieces([{ text }], width, '', (p) => c.bold.underline(p.text));
}

/** Items "mark meaning" packed on lines of `width`, an item never split across two. */
export function packedLegend(items: ReadonlyArray<[string, string]>, width: number, paintMark: (mark: string) => string): string[] {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  for (const [mark, meaning] of items) {
    const item = `${mark} ${meaning}`;
    if (length > 0 && 2 + length + 3 + displayWidth(item) > width) {
      lines.push(`  ${line}`);
      line = '';
      length = 0;
    }
    // An item wider than the whole line wraps under itself, at spaces.
    if (2 + displayWidth(item) > width) {
      const wrapped = wrapPieces([{ text: item }], width, '    ', (p) => p.text);
      lines.push(`  ${paintMark(mark)}${wrapped[0]!.slice(4 + mark.length)}`, ...wrapped.slice(1));
      continue;
    }
    line += `${length > 0 ? '   ' : ''}${paintMark(mark)} ${meaning}`;
    length += (length > 0 ? 3 : 0) + displayWidth(item);
  }
  if (length > 0) lines.push(`  ${line}`);
  return lines;
}

/** Wrapped with a hanging indent: the first line at two spaces, the rest under the text after the mark. */
export function hanging(text: string, width: number, paint: (p: Piece) => string): string[] {
  const rest = '    ';
  const lines = wrapPieces([{ text }], width, rest, paint);
  if (lines.length > 0) lines[0] = `  ${lines[0]!.slice(rest.length)}`;
  return lines;
}
