/**
 * How many terminal columns text takes: what a line's fit is measured in, not UTF-16 code units. "東京" takes four
 * columns in two code units; "é" written as e and a combining accent takes one in two; an emoji two.
 */

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Ranges a terminal draws two columns wide (East Asian Wide and Fullwidth, and emoji presentation). */
const WIDE: ReadonlyArray<[number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(code: number): boolean {
  for (const [a, b] of WIDE) if (code >= a && code <= b) return true;
  return false;
}

/** Columns one grapheme takes: 0 for a control or a lone mark, 2 for a wide character, else 1. */
function graphemeWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (/^[\p{Mn}\p{Me}\p{Cf}]+$/u.test(grapheme)) return 0;
  return isWide(code) || grapheme.includes('\u{fe0f}') ? 2 : 1;
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
