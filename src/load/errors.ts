import type fs from 'node:fs';
import { visibleName } from './ids.js';

/** Trouble with the user's input: reported as one line naming the file, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    // The file as it reads: a name with a zero-width character in it shows where it is.
    super(file ? `${visibleName(file)}: ${problem}` : problem);
    this.name = 'InputError';
  }
}

/**
 * An input over a limit the user can raise (--max-file-size): always stops the run, even for a file found in a
 * folder, because the answer is to raise the limit or leave the file out, not to compare without it.
 */
export class LimitError extends InputError {
  constructor(file: string, problem: string) {
    super(file, problem);
    this.name = 'LimitError';
  }
}

/** What went wrong with a file system call, in a few words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links (a link loop)';
    case 'ENOTDIR':
      return 'not a directory (a part of the path is a file)';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export type FileKind = Pick<fs.Stats, 'isFile' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

/** What a file that is not a regular file is, in a few words. */
export function notRegular(kind: FileKind): string {
  const what = kind.isFIFO()
    ? 'a FIFO (named pipe)'
    : kind.isSocket()
      ? 'a socket'
      : kind.isCharacterDevice() || kind.isBlockDevice()
        ? 'a device'
        : 'not a file';
  return `is ${what}, not a regular file`;
}
