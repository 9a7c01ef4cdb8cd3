/**
 * The -o file of `claimdiff batch`: records appended as they come, through a descriptor that follows no
 * symbolic link; and, for --resume, the events whose report it already holds.
 */
import fs from 'node:fs';
import { describeFsError, InputError } from '../load/errors.js';
import { checkWritable } from '../commands/safe-write.js';

export interface RecordSink {
  write(line: string): void;
  close(): void;
}

/**
 * The events the file already has a report for (a failed event's record does not count: it is run again). A
 * last line cut short (a run killed while writing) is taken off the file, so the next record starts a line.
 */
export function resumedEvents(file: string): Set<string> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw new InputError(file, `cannot read for --resume: ${describeFsError(error)}`);
  }
  const whole = text.lastIndexOf('\n') + 1;
  if (whole < text.length) {
    checkWritable(file, []);
    fs.truncateSync(file, Buffer.byteLength(text.slice(0, whole)));
  }
  const done = new Set<string>();
  for (const line of text.slice(0, whole).split('\n')) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new InputError(file, 'is not a batch output (a line is not JSON): not resumed');
    }
    const { event, report } = record as { event?: unknown; report?: unknown };
    if (typeof event !== 'string') throw new InputError(file, 'is not a batch output (a record without its event): not resumed');
    if (report !== undefined) done.add(event);
  }
  return done;
}

/** Opens `file` for the records: replaced, or appended to with --resume; never through a symbolic link. */
export function appendRecords(file: string, append: boolean): RecordSink {
  checkWritable(file, []);
  let fd: number;
  try {
    const { O_WRONLY, O_CREAT, O_APPEND, O_TRUNC, O_NOFOLLOW } = fs.constants;
    fd = fs.openSync(file, O_WRONLY | O_CREAT | O_NOFOLLOW | (append ? O_APPEND : O_TRUNC), 0o666);
  } catch (error) {
    throw new InputError(file, `cannot write: ${describeFsError(error)}`);
  }
  return {
    write: (line) => {
      fs.writeSync(fd, `${line}\n`);
    },
    close: () => fs.closeSync(fd),
  };
}
