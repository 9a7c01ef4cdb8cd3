/**
 * How many terminal columns text takes: what a line's fit is measured in, not UTF-16 code units. "東京" takes four
 * columns in two code units; "é" written as e and a combining accent takes one in two; an emoji two.
 */
import stringWidth from 'string-width';

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Columns one grapheme takes, as string-width measures it (East Asian Wide and Fullwidth, emoji, zero-width marks and
 * controls): the renderers cut and pad grapheme by grapheme, so they ask it one grapheme at a time.
 */
function graphemeWidth(grapheme: string): number {
  // Most graphemes of a line with one curly quote are plain ASCII: one column, without asking.
  if (grapheme.length === 1) {
    const code = grapheme.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) return 1;
  }
  return stringWidth(grapheme);
}

/** The display width of text that holds no escape sequences (the renderers measure before they colour). */
export function displayWidth(text: string): number {
  // Plain ASCII is most text: one column per character.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of SEGMENTER.segment(text)) width += graphemeWidth(segment);
  return width;
}

/**
 * The longest start of `text` that takes at most `columns` columns, cut between graphemes. Reads no further than
 * the cut: a 200,000-character line cut to 80 columns costs 80 characters' work.
 */
export function sliceColumns(text: string, columns: number): string {
  if (/^[\x20-\x7e]*$/.test(text.slice(0, columns + 1))) return text.slice(0, columns);
  let width = 0;
  let end = 0;
  for (const { segment, index } of SEGMENTER.segment(text)) {
    const w = graphemeWidth(segment);
    if (width + w > columns) return text.slice(0, index);
    width += w;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Whether `text` takes more than `columns` columns, read no further than needed to tell. */
export function widerThan(text: string, columns: number): boolean {
  return sliceColumns(text, columns).length < text.length;
}

/** `text` padded with spaces to `columns` display columns. */
export function padColumns(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

/**
 * `text` cut into pieces of at most `columns` columns each, the first at most `first`: in one pass, so a word of
 * 200,000 characters (hostile input) costs as much as reading it.
 */
export function chunkColumns(text: string, first: number, columns: number): string[] {
  const chunks: string[] = [];
  let room = Math.max(1, first);
  let chunk = '';
  let width = 0;
  const graphemes = /^[\x20-\x7e]*$/.test(text) ? text : SEGMENTER.segment(text);
  for (const item of graphemes) {
    const g = typeof item === 'string' ? item : item.segment;
    const w = typeof item === 'string' ? 1 : graphemeWidth(g);
    if (width + w > room && chunk !== '') {
      chunks.push(chunk);
      chunk = '';
      width = 0;
      room = Math.max(1, columns);
    }
    chunk += g;
    width += w;
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}
