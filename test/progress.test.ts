import { describe, expect, it } from 'vitest';
import { stagePrinter, type Io } from '../src/commands/shared.js';

function io(isTTY: boolean): { io: Io; written: string[] } {
  const written: string[] = [];
  const stream = { write: (text: string) => written.push(text), isTTY };
  return { io: { stdin: process.stdin, stdout: stream, stderr: stream, env: {} }, written };
}

describe('progress on standard error', () => {
  it.each([
    { name: 'a terminal', isTTY: true, quiet: false, shows: true },
    { name: 'a pipe or a log', isTTY: false, quiet: false, shows: false },
    { name: 'a terminal under --quiet', isTTY: true, quiet: true, shows: false },
  ])('on $name: progress shown = $shows', ({ isTTY, quiet, shows }) => {
    const printer = stagePrinter({ quiet }, io(isTTY).io);
    expect(printer !== undefined).toBe(shows);
  });

  it('names the stage under way and erases the line when the pipeline is done', () => {
    const { io: fake, written } = io(true);
    const printer = stagePrinter({}, fake)!;
    for (const stage of ['load', 'clean', 'segment', 'parse', 'normalize', 'extract', 'align', 'compare']) printer(stage, 1);
    expect(written[0]).toBe('\r\u001b[Kclaimdiff: clean…');
    expect(written[6]).toBe('\r\u001b[Kclaimdiff: compare…');
    expect(written.at(-1)).toBe('\r\u001b[K');
    expect(written.join('')).not.toContain('\n');
  });

  it('prints timings, one line a stage, under --debug whatever the stream', () => {
    const { io: fake, written } = io(false);
    stagePrinter({ debug: true }, fake)!('align', 12.34);
    expect(written).toEqual(['claimdiff: debug: align 12.3 ms\n']);
  });
});
