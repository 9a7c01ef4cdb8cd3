import fs from 'node:fs';
import { InputError } from './errors.js';

/** Bytes inspected to tell text from binary. */
const SNIFF_BYTES = 8192;

/**
 * Decode one input's bytes as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read;
 * anything that looks binary (NUL bytes, a known file signature) is refused with the reason.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const signature = binarySignature(bytes);
  if (signature) throw new InputError(file, `is a binary file (${signature}), not text`);
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) throw new InputError(file, 'is a binary file (contains NUL bytes), not text');
  // TextDecoder drops a UTF-8 BOM itself.
  return new TextDecoder('utf-8').decode(bytes);
}

const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function binarySignature(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

export function readFileText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  return decodeText(file, bytes);
}

export async function readStreamText(stream: NodeJS.ReadableStream, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return decodeText(name, Buffer.concat(chunks));
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
