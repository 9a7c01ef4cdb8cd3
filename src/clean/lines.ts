/** One physical line of the source text, before any classification. */
export interface SourceLine {
  /** 1-based line number in the source text. */
  line: number;
  /** The line exactly as written (no line terminator). */
  text: string;
}

/**
 * Splits text into lines the way an editor numbers them: \r\n, \r and \n all end a line,
 * and a leading byte-order mark is not part of line 1.
 */
export function splitLines(text: string): SourceLine[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((lineText, i) => ({ line: i + 1, text: lineText }));
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}
