import fs from 'node:fs';

/** Bytes asked of the kernel per read. */
const CHUNK = 1024 * 1024;
const PAGE = 4096;

/**
 * Up to `maxBytes` bytes of an open file, read until its end: undefined when it holds more. The size `fstat`
 * gives is not trusted: procfs files say 0 and hold megabytes (`/proc/self/pagemap` holds gigabytes), and a
 * file may grow while it is read. So the limit is applied while reading, and no byte past it is read.
 */
export function readUpTo(fd: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    // One byte more than the limit tells "exactly at the limit" from "over it"; reads are whole pages, as some
    // kernel files demand (pagemap refuses a read that is not a multiple of 8 bytes).
    const want = Math.min(CHUNK, Math.ceil((maxBytes + 1 - size) / PAGE) * PAGE);
    const chunk = Buffer.allocUnsafe(want);
    const got = fs.readSync(fd, chunk, 0, want, null);
    if (got === 0) return Buffer.concat(chunks, size);
    chunks.push(got === want ? chunk : chunk.subarray(0, got));
    size += got;
    if (size > maxBytes) return undefined;
  }
}

/**
 * Open `file` for reading without waiting: a FIFO put in a regular file's place after it was looked at opens
 * at once (O_NONBLOCK) instead of blocking until something writes to it; the caller checks what was opened.
 */
export function openNow(file: fs.PathLike): number {
  return fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
}
