import { constants, isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { describeFsError, InputError, LimitError, notRegular } from './errors.js';
import { openNow, readUpTo } from './read-bounded.js';

/** Bytes inspected to tell text from binary. */
const SNIFF_BYTES = 8192;

/** One megabyte, as --max-file-size counts it. */
export const MEGABYTE = 1024 * 1024;
/** The largest input read unless --max-file-size says otherwise, in megabytes. */
export const DEFAULT_MAX_FILE_MB = 50;
/** The most read over all inputs together unless --max-total-size says otherwise, in megabytes. */
export const DEFAULT_MAX_TOTAL_MB = 100;

/**
 * Runs a decoding; past V8's longest string it throws a RangeError ("Invalid string length"), which becomes a
 * LimitError naming the file rather than an internal error.
 */
export function withinStringLimit<T>(file: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    // V8 throws a RangeError; TextDecoder a plain Error with the code ERR_STRING_TOO_LONG.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (!(error instanceof RangeError) && code !== 'ERR_STRING_TOO_LONG') throw error;
    throw new LimitError(file, `is too large to read as text: more than ${count(constants.MAX_STRING_LENGTH)} characters, the most Node can hold in one string`);
  }
}

/** An input's text and what the user should be told about how it was read. */
export interface DecodedText {
  text: string;
  notes: string[];
}

/**
 * Decode one input's bytes as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read; bytes that are
 * not valid in the encoding become U+FFFD and a note says how many there were. Anything that looks binary (NUL
 * bytes, a known file signature) is refused with the reason.
 */
export function decodeBytes(file: string, bytes: Uint8Array): DecodedText {
  return withinStringLimit(file, () => decodeWithin(file, bytes));
}

function decodeWithin(file: string, bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) {
    throw new InputError(file, 'is UTF-32 text, which claimdiff does not read: convert it to UTF-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  refuseBinary(file, bytes);
  // TextDecoder drops a UTF-8 BOM itself.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (isUtf8(bytes)) return { text, notes: [] };
  const { bad, first } = invalidUtf8(bytes);
  return {
    text,
    notes: [
      `not valid UTF-8: ${count(bad)} byte(s) could not be read and were replaced with U+FFFD (the first on line ` +
        `${lineOfByte(bytes, first)}); is the file in another encoding, such as Windows-1252?`,
    ],
  };
}

/**
 * Decode a fetched page's bytes in the charset its server named (Content-Type's `charset`), UTF-8 when it named
 * none. A byte-order mark wins over the header, as in browsers; UTF-8 goes through decodeBytes (its checks and
 * notes); a charset TextDecoder does not know is read as UTF-8, and a note says so.
 */
export function decodeCharset(file: string, bytes: Uint8Array, charset: string | undefined): DecodedText {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (charset === undefined || utf8Bom || hasBom(bytes)) return decodeBytes(file, bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    const read = decodeBytes(file, bytes);
    return { text: read.text, notes: [`unknown charset "${charset}" in the Content-Type: read as UTF-8`, ...read.notes] };
  }
  if (decoder.encoding === 'utf-8') return decodeBytes(file, bytes);
  // In UTF-16 a NUL byte is a character's half, not a sign of binary.
  if (!decoder.encoding.startsWith('utf-16')) refuseBinary(file, bytes);
  return withinStringLimit(file, () => ({ text: decoder.decode(bytes), notes: [] }));
}

/** Decode one input's bytes as text (see decodeBytes), without the notes. */
export function decodeText(file: string, bytes: Uint8Array): string {
  return decodeBytes(file, bytes).text;
}

function refuseBinary(file: string, bytes: Uint8Array): void {
  const signature = binarySignature(bytes);
  if (signature) throw new InputError(file, `is a binary file (${signature}), not text`);
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!head.includes(0)) return;
  throw new InputError(file, looksLikeUtf16(head) ? 'has NUL bytes: UTF-16 text without a byte-order mark? Convert it to UTF-8' : 'is a binary file (contains NUL bytes), not text');
}

const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function binarySignature(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

/** ASCII text in UTF-16 has a NUL in every other byte, and rarely anywhere else. */
function looksLikeUtf16(head: Uint8Array): boolean {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.9 && Math.min(even, odd) <= pairs * 0.1;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  let bad = bytes.length % 2;
  let firstUnit = -1;
  // Lone surrogates (each two bytes) become U+FFFD in `text`; find them in the code units.
  const units = Math.floor(bytes.length / 2);
  const unit = (i: number) => (encoding === 'utf-16le' ? bytes[2 * i]! | (bytes[2 * i + 1]! << 8) : (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  for (let i = 0; i < units; i++) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < units && unit(i + 1) >= 0xdc00 && unit(i + 1) <= 0xdfff) {
      i++;
    } else if (u >= 0xd800 && u <= 0xdfff) {
      bad += 2;
      if (firstUnit < 0) firstUnit = i;
    }
  }
  if (bad === 0) return { text, notes: [] };
  const where = firstUnit < 0 ? 'at the end' : `the first on line ${lineOfText(text, firstUnit)}`;
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  return { text, notes: [`not valid ${name}: ${count(bad)} byte(s) could not be read and were replaced with U+FFFD (${where})`] };
}

/**
 * How many bytes are not part of a valid UTF-8 sequence, and the offset of the first: the bytes TextDecoder
 * replaces with U+FFFD (each maximal invalid subsequence becomes one U+FFFD, as the Encoding Standard says).
 */
export function invalidUtf8(bytes: Uint8Array): { bad: number; first: number } {
  let bad = 0;
  let first = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    }
    let length = 1;
    if (need > 0) {
      while (length <= need) {
        const c = bytes[i + length];
        const [lo, hi] = length === 1 ? [lower, upper] : [0x80, 0xbf];
        if (c === undefined || c < lo || c > hi) break;
        length++;
      }
      if (length > need) {
        i += length;
        continue;
      }
    }
    if (first < 0) first = i;
    bad += length;
    i += length;
  }
  return { bad, first };
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function lineOfText(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/**
 * Paths the invoking shell opened for claimdiff: process substitution (`<(curl ...)`) and /dev/stdin. Their
 * pipe has a writer, so they are read as a stream; any other pipe, socket or device is refused (a named FIFO
 * with no writer would block the run for ever, a device could be read for ever).
 */
const SHELL_PIPE = /^\/(?:dev\/(?:fd\/\d+|stdin)|proc\/self\/fd\/\d+)$/;

/**
 * A regular file's bytes, refused when larger than `maxBytes`: the size is checked before it is read, and the
 * read stops at the limit whatever the size said (see ./read-bounded.ts). Not a regular file: an InputError
 * (but see SHELL_PIPE, read as a stream, never further than the limit).
 */
export async function readFileBytes(file: string, maxBytes: number, at: fs.PathLike = file): Promise<Uint8Array> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(at);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory');
  if (!stat.isFile()) {
    if (SHELL_PIPE.test(file)) return readStreamBytes(fs.createReadStream(file), file, maxBytes);
    throw new InputError(file, `${notRegular(stat)}: give its content on standard input instead (claimdiff - ... < ${file})`);
  }
  if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
  let fd: number | undefined;
  try {
    fd = openNow(at);
    // What was opened is checked again: a FIFO swapped in since the look above is not waited on.
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) throw new InputError(file, notRegular(opened));
    const bytes = readUpTo(fd, maxBytes);
    if (bytes === undefined) throw tooLarge(file, maxBytes + 1, maxBytes, true);
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, describeFsError(error));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * A stream's bytes, up to `maxBytes`; stops early, without reading on, when the start is binary (unless not
 * `sniff`) or the limit is passed (so /dev/zero, an endless pipe or web page cannot hang the run or fill the memory).
 */
export async function readStreamBytes(stream: AsyncIterable<unknown>, name: string, maxBytes: number, sniff = true): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  let sniffed = !sniff;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array | string);
      chunks.push(buffer);
      size += buffer.length;
      if (size > maxBytes) throw tooLarge(name, size, maxBytes, true);
      if (!sniffed && size >= SNIFF_BYTES) {
        sniffed = true;
        const head = Buffer.concat(chunks);
        if (!hasBom(head)) refuseBinary(name, head);
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, describeFsError(error));
  }
  return Buffer.concat(chunks);
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function tooLarge(file: string, size: number, maxBytes: number, partial = false): LimitError {
  const what = partial ? `more than ${megabytes(maxBytes)}` : `${megabytes(size, true)}`;
  return new LimitError(file, `is ${what}, over the ${megabytes(maxBytes)} limit (raise it with --max-file-size)`);
}

/** The input that takes the run past --max-total-size. */
export function tooMuchInAll(file: string, maxTotal: number): LimitError {
  return new LimitError(file, `takes the inputs past ${megabytes(maxTotal)} in all, the --max-total-size limit (raise it, or compare fewer files)`);
}

/** "50 MB", "62.9 MB"; rounded up when `up`, so that a size over the limit never prints as equal to it. */
export function megabytes(bytes: number, up = false): string {
  const mb = bytes / MEGABYTE;
  const shown = up ? Math.ceil(mb * 10) / 10 : Math.round(mb * 100) / 100;
  return `${shown} MB`;
}

/** A count with thousands separators, as messages show it: 20,000. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
