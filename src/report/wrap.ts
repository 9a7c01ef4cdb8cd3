/** A run of text with a style name the renderer maps to colour (or to nothing). */
export interface Piece {
  text: string;
  style?: 'changed';
}

/**
 * Wrap styled pieces to a width, breaking only at spaces, and hand each finished line to `paint`.
 * Wrapping happens before colouring so escape codes never count toward the width.
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
  const room = Math.max(20, width - indent.length);
  for (const word of words) {
    const isSpace = /^\s+$/.test(word.text);
    if (isSpace) {
      if (length > 0) {
        line += ' ';
        length += 1;
      }
      continue;
    }
    if (length > 0 && length + word.text.length > room) {
      lines.push(indent + line.trimEnd());
      line = '';
      length = 0;
    }
    line += paint(word);
    length += word.text.length;
  }
  if (length > 0) lines.push(indent + line.trimEnd());
  return lines;
}

/** The start of a text that fits `max` characters, with "…" where it was cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
