import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describeFsError, InputError } from '../load/errors.js';

/**
 * The files claimdiff writes (`-o`, `check --update`'s expected file) cannot be turned against the user by
 * what is in a pull request: a symbolic link in the file's place is never written through (it could point at
 * any file the user can write, or, dangling, create one), an input article is never overwritten, and the file
 * is written whole or not at all (a temporary file in the same folder, then renamed over it, which replaces a
 * link or hard link itself, never what it points to).
 */

/** What a refused symbolic link in a written file's place is told. */
const THROUGH_A_LINK = 'is a symbolic link: not written through it (remove the link or write elsewhere)';

/** The identity of a file, whatever path reaches it (links, `./`, `..`). */
export interface FileIdentity {
  path: string;
  dev: number;
  ino: number;
}

/** The identities of the files at `paths` that exist (standard input and vanished files left out). */
export function fileIdentities(paths: Iterable<string>): FileIdentity[] {
  const found: FileIdentity[] = [];
  for (const p of paths) {
    try {
      const stat = fs.statSync(p);
      found.push({ path: p, dev: stat.dev, ino: stat.ino });
    } catch {
      // `-` (standard input), or a file gone since it was read: nothing to protect.
    }
  }
  return found;
}

/**
 * Throws an InputError naming `file` when it may not be written: a symbolic link (even a dangling one), a
 * folder or another non-regular file, or one of `inputs`. A file that does not exist yet may be written.
 */
export function checkWritable(file: string, inputs: readonly FileIdentity[]): fs.Stats | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return checkFolderExists(file);
    throw new InputError(file, `cannot write: ${describeFsError(error)}`);
  }
  if (stat.isSymbolicLink()) throw new InputError(file, THROUGH_A_LINK);
  if (stat.isDirectory()) throw new InputError(file, 'is a directory: cannot write the output there (give a file name)');
  if (stat.isCharacterDevice()) return stat; // /dev/null: written to as it is, there is nothing to replace
  if (!stat.isFile()) throw new InputError(file, 'is not a regular file (a pipe, socket or block device): not written');
  const input = inputs.find((i) => i.dev === stat.dev && i.ino === stat.ino);
  if (input !== undefined) {
    const same = path.resolve(input.path) === path.resolve(file) ? 'is an input file' : `is the same file as the input ${input.path}`;
    throw new InputError(file, `${same}: not overwritten (write the output elsewhere)`);
  }
  try {
    // The rename below would replace a read-only file as readily as any other: refuse it as a plain write would.
    fs.accessSync(file, fs.constants.W_OK);
  } catch (error) {
    throw new InputError(file, `cannot write: ${describeFsError(error)}`);
  }
  return stat;
}

function checkFolderExists(file: string): undefined {
  const folder = path.dirname(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (error) {
    throw new InputError(file, `cannot write: its folder ${folder}: ${describeFsError(error)}`);
  }
  if (!stat.isDirectory()) throw new InputError(file, `cannot write: ${folder} is not a folder`);
  return undefined;
}

/**
 * Write `text` to `file` atomically, after checkWritable: into a new temporary file beside it (created
 * exclusively, so never through a link), then renamed over it. A failure leaves the old file as it was and
 * throws an InputError naming the file and the problem. Returns whether the file was there before.
 */
export function writeFileSafely(file: string, text: string | Iterable<string>, inputs: readonly FileIdentity[] = []): boolean {
  const existing = checkWritable(file, inputs);
  if (existing?.isCharacterDevice()) {
    try {
      writeAll(file, text, { flag: 'w' });
    } catch (error) {
      throw new InputError(file, `cannot write: ${describeFsError(error)}`);
    }
    return true;
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeAll(temp, text, { flag: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new InputError(file, `cannot write: ${describeFsError(error)}`);
  }
  return existing !== undefined;
}

/** Write a text, or its pieces one after another (a large report is never held whole), to a file opened with `how`. */
function writeAll(file: string, text: string | Iterable<string>, how: { flag: string; mode?: number }): void {
  if (typeof text === 'string') {
    fs.writeFileSync(file, text, how);
    return;
  }
  const fd = fs.openSync(file, how.flag, how.mode);
  try {
    for (const chunk of joinedChunks(text)) {
      // A device or a pipe may take part of a piece at a time.
      const bytes = Buffer.from(chunk);
      for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Append `text` to `file`, as GitHub's job summary file (`$GITHUB_STEP_SUMMARY`) is written: never through a
 * symbolic link, only to a regular file (created when missing), and never waiting on a pipe with no reader.
 */
export function appendFileSafely(file: string, text: string): void {
  try {
    const stat = fs.lstatSync(file);
    if (stat.isSymbolicLink()) throw new InputError(file, THROUGH_A_LINK);
    if (!stat.isFile()) throw new InputError(file, 'is not a regular file: not written');
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(file, `cannot write: ${describeFsError(error)}`);
  }
  const { O_WRONLY, O_APPEND, O_CREAT, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
  let fd: number;
  try {
    // O_NOFOLLOW: a link put in the file's place since the check above is refused all the same.
    fd = fs.openSync(file, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, 0o666);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new InputError(file, THROUGH_A_LINK);
    throw new InputError(file, `cannot write: ${describeFsError(error)}`);
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new InputError(file, 'is not a regular file: not written');
    const bytes = Buffer.from(text);
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot write: ${describeFsError(error)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** How many characters of a report's pieces are joined into one write. */
export const WRITE_CHARS = 65_536;

/**
 * A report's pieces joined into writes of some 64 K characters: the JSON comes one entry at a time (some 10,000
 * pieces for 200 articles), and a write each took 2-3% of a run in system calls. Never the whole report at once.
 */
export function* joinedChunks(chunks: Iterable<string>, size: number = WRITE_CHARS): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}
