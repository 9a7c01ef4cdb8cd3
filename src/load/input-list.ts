import { decodeBytes, readFileBytes, readStreamBytes } from './read.js';
import { notStdin, STDIN } from './resolve.js';

/**
 * --inputs-from FILE (or - for standard input): the paths and URLs it lists, one a line. Blank lines and lines
 * starting with `#` are left out; space around an entry is not part of it (lists are edited by hand). Paths are
 * taken as the command line takes them, from the current folder. The list is read under --max-file-size, as
 * any input is.
 */
export async function readInputList(file: string, stdin: NodeJS.ReadableStream, maxBytes: number): Promise<string[]> {
  const name = file === STDIN ? 'stdin' : file;
  const bytes = file === STDIN ? await readStreamBytes(stdin, name, maxBytes) : await readFileBytes(file, maxBytes);
  return parseInputList(decodeBytes(name, bytes).text);
}

/** A list's entries; one that is `-` is a file of that name (standard input is named on the command line). */
export function parseInputList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(notStdin);
}
