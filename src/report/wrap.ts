import { chunkColumns, displayWidth, sliceColumns, widerThan } from './text-width.js';

/** A run of text with a style name the renderer maps to colour (or to nothing). */
export interface Piece {
  text: string;
  style?: 'changed';
}

/**
 * Wrap styled pieces to a width, breaking only at spaces, and hand each finished line to `paint`. Widths are
 * display columns; wrapping happens before colouring so escape codes never count toward the width. A word wider
 * than a whole line (a long URL) is the one thing cut inside itself: no line is wider than `width`.
 */
export function wrapPieces(pieces: readonly Piece[], width: number, indent: string, paint: (p: Piece) => string): string[] {
  const words: Piece[] = [];
  for (const piece of pieces) {
    for (const part of piece.text.split(/(\s+)/)) {
      if (part === '') continue;
      words.push(piece.style ? { text: part, style: piece.style } : { text: part });
    }
  }
  const lines: string[] = [];
  let line = '';
  let length = 0;
  const room = Math.max(10, width - displayWidth(indent));
  for (const word of words) {
    if (/^\s+$/.test(word.text)) {
      if (length > 0) {
        line += ' ';
        length += 1;
      }
      continue;
    }
    const w = displayWidth(word.text);
    if (length > 0 && length + w > room) {
      lines.push(indent + line.trimEnd());
      line = '';
      length = 0;
    }
    if (w <= room - length) {
      line += paint(word);
      length += w;
      continue;
    }
    // Wider than a whole line: cut at the width, the pieces on lines of their own.
    const chunks = chunkColumns(word.text, room - length, room);
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) {
        lines.push(indent + line.trimEnd());
        line = '';
        length = 0;
      }
      line += paint({ ...word, text: chunk });
      length += displayWidth(chunk);
    }
  }
  if (length > 0) lines.push(indent + line.trimEnd());
  return lines;
}

/** The start of a text that fits `max` display columns, with "…" where it was cut. */
export function truncate(text: string, max: number): string {
  return widerThan(text, max) ? `${sliceColumns(text, Math.max(1, max - 1))}…` : text;
}
