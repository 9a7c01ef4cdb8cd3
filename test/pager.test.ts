import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli.js';
import { needsPager, pagerCommand } from '../src/commands/pager.js';

describe('pager: which command, and when', () => {
  it.each([
    { env: {}, command: 'less' },
    { env: { PAGER: 'more' }, command: 'more' },
    { env: { PAGER: '' }, command: undefined },
    { env: { PAGER: 'cat' }, command: undefined },
    { env: { PAGER: 'more', CLAIMDIFF_PAGER: 'less -S' }, command: 'less -S' },
  ])('$env -> $command', ({ env, command }) => {
    expect(pagerCommand(env)).toBe(command);
  });

  it('pages only text taller than the terminal', () => {
    expect(needsPager('a\n'.repeat(10), 24)).toBe(false);
    expect(needsPager('a\n'.repeat(30), 24)).toBe(true);
  });
});

/** Run the CLI with a terminal (or not) on standard output and a pager that records what it was given. */
async function run(args: string[], tty: boolean) {
  const out: string[] = [];
  const paged: string[] = [];
  const io: Io = {
    stdin: Readable.from([]),
    stdout: Object.assign({ write: (t: string) => out.push(t), isTTY: tty, columns: 100 }, { rows: 30 }),
    stderr: { write: () => true, isTTY: false },
    env: { NO_COLOR: '1' },
    pager: async (text) => {
      paged.push(text);
      return true;
    },
  };
  const status = await main(args, io);
  return { status, out: out.join(''), paged: paged.join('') };
}

describe('the terminal report and the pager', () => {
  it('goes through the pager in a terminal, and nowhere else', async () => {
    const terminal = await run(['fixtures/seeds'], true);
    expect(terminal.paged).toContain('Contradictions (1)');
    expect(terminal.out).toBe('');
    const piped = await run(['fixtures/seeds'], false);
    expect(piped.paged).toBe('');
    expect(piped.out).toContain('Contradictions (1)');
  });

  it('never with --no-pager, nor for JSON', async () => {
    for (const args of [['fixtures/seeds', '--no-pager'], ['fixtures/seeds', '--json']]) {
      const result = await run(args, true);
      expect(result.paged).toBe('');
      expect(result.out.length).toBeGreaterThan(0);
    }
  });

  it('--summary prints the summary, the contradictions and the facts not in dispute only', async () => {
    const { out } = await run(['fixtures/seeds', '--summary'], false);
    expect(out).toMatch(/^claimdiff: 5 sources/);
    expect(out).toContain('Facts not in dispute:');
    expect(out).toContain('Contradictions (1)');
    expect(out).not.toContain('Coverage matrix');
  });
});
