/**
 * The few end-to-end runs of the built binary (bin/claimdiff.js over dist/), for what only a real process shows:
 * the README commands, the exit status a shell sees, a pipe closed early, a signal, a closed standard input,
 * other locales and time zones, and which modules a run loads. Everything else about the command line is tested
 * in-process through `main(argv, io)` (test/helpers/run-main.ts), which is many times faster.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../src/types.js';
import { expectOneLineError } from './helpers/hostile.js';
import { BIN, IMPORT_LOG_HOOK, requireBuild, ROOT, runCli, runShell, spawnEnv, type SpawnResult } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';
import { shuffled, storyFolder } from './helpers/story.js';

const LOGS = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-e2e-'));
afterAll(() => fs.rmSync(LOGS, { recursive: true, force: true }));

/** The heavy modules --version, --help and a bad argument must not load. */
const HEAVY = ['wink-nlp', 'wink-eng-lite-web-model', 'linkedom', '@mozilla/readability', 'dist/pipeline.js', 'dist/report/index.js'];

/** Runs the binary with the import-log preload; returns the run and the modules it imported (project-relative). */
async function runLogged(args: readonly string[], name: string): Promise<SpawnResult & { modules: string[] }> {
  const log = path.join(LOGS, `${name}.log`);
  const result = await runCli(args, { nodeArgs: ['--import', IMPORT_LOG_HOOK], env: { CLAIMDIFF_IMPORT_LOG: log } });
  const modules = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
  return { ...result, modules: modules.map((url) => url.replace(`file://${ROOT}/`, '').replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1')) };
}

const heavyIn = (modules: readonly string[]) => HEAVY.filter((m) => modules.includes(m));

// Each test is one process (or two): they run side by side.
describe.concurrent('the README commands', () => {
  it('claimdiff fixtures/seeds: the report, as main() prints it; and a comparison does load the language model', async () => {
    const run = await runLogged(['fixtures/seeds'], 'seeds');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^claimdiff: 5 sources/);
    expect(run.stdout).toBe((await runMain(['fixtures/seeds'])).stdout);
    // The import log sees what it must: without this, an empty log would pass the tests below.
    expect(heavyIn(run.modules)).toEqual(['wink-nlp', 'wink-eng-lite-web-model', 'dist/pipeline.js', 'dist/report/index.js']);
  });

  it.each([
    ['--version', /^\d+\.\d+\.\d+\n$/],
    ['--help', /^Usage: claimdiff \[options\] \[command\] \[inputs\.\.\.\]\n[\s\S]*Examples:/],
  ])('claimdiff %s: printed without loading the language model, the HTML readers or the renderers', async (flag, output) => {
    const run = await runLogged([flag], flag.slice(2));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(output);
    expect(run.modules).toContain('dist/cli.js');
    expect(heavyIn(run.modules)).toEqual([]);
    if (flag === '--version') {
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(run.stdout.trim()).toBe(manifest.version);
    }
  });

  it('a bad argument: exit 2, one line, nothing heavy loaded', async () => {
    const run = await runLogged(['fixtures/seeds', '--frobnicate'], 'bad-argument');
    expectOneLineError(run, /unknown option '--frobnicate'/);
    expect(heavyIn(run.modules)).toEqual([]);
  });

  it('claimdiff check on the shipped fixture folders: every one passes', async () => {
    const run = await runCli(['check', 'fixtures/*']);
    expect(run.stdout).not.toMatch(/^(FAIL|missing|error)/m);
    expect(run.stdout).toMatch(/^ok {7}fixtures\/seeds/m);
    expect(run.status).toBe(0);
  });
});

describe.concurrent('the process', () => {
  it('a missing file: exit 2, one line naming it', async () => {
    expectOneLineError(await runCli(['fixtures/seeds', 'no/such/file.txt']), /^claimdiff: no\/such\/file\.txt: no such file or directory$/);
  });

  it('a source on standard input with -', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'fixtures/identical/copy-a.txt'));
    const run = await runCli(['-', 'fixtures/identical/copy-b.txt', '--json'], { input: text });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.sources.map((s) => s.id)).toEqual(['stdin', 'copy-b']);
    expect(report.claims.every((c) => c.sources.length === 2)).toBe(true);
  });

  it('standard input closed (<&-): the same as empty', async () => {
    const run = await runShell('claimdiff - fixtures/identical/copy-a.txt fixtures/identical/copy-b.txt --json <&-');
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.sources.map((s) => [s.id, s.sentences > 0])).toEqual([
      ['stdin', false],
      ['copy-a', true],
      ['copy-b', true],
    ]);
    expect(run.stderr).toMatch(/warning: stdin: no article text found/);
  });

  it('a reader that closes the pipe early (`| head -c 100`): exit 0, no stack trace, no error', async () => {
    const run = await runShell('claimdiff fixtures/seeds --json | head -c 100 > /dev/null; echo "status ${PIPESTATUS[0]}" >&2');
    expect(run.stderr).toBe('status 0\n');
  });

  it('output that cannot be written (/dev/full): exit 2, one line', async () => {
    const run = await runShell('claimdiff fixtures/identical --json > /dev/full; echo "status $?" >&2');
    expect(run.stderr).toMatch(/^claimdiff: cannot write the report: ENOSPC: no space left on device, write\nstatus 2\n$/);
  });

  it('SIGINT while it waits for standard input: it stops at once, by the signal, with nothing printed', async () => {
    requireBuild();
    const log = path.join(LOGS, 'signal.log');
    const child = spawn(process.execPath, ['--import', IMPORT_LOG_HOOK, BIN, '-', 'fixtures/identical/copy-b.txt'], {
      cwd: ROOT,
      env: spawnEnv({ CLAIMDIFF_IMPORT_LOG: log }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    try {
      // Standard input stays open: once the command has loaded the load stage, it is reading it.
      await vi.waitFor(() => expect(fs.existsSync(log) && fs.readFileSync(log, 'utf8')).toMatch(/dist\/load\/index\.js/), { timeout: 100_000, interval: 20 });
      child.kill('SIGINT');
      expect(await ended).toEqual({ code: null, signal: 'SIGINT' });
      expect(out).toBe('');
      expect(err).toBe('');
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('a folder named -', () => {
  it('reached as ./- or through ./*: read and checked as the folder, never as standard input', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-dash-'));
    try {
      fs.mkdirSync(path.join(dir, '-'));
      fs.copyFileSync(path.join(ROOT, 'fixtures/identical/copy-a.txt'), path.join(dir, '-', 'a.txt'));
      fs.copyFileSync(path.join(ROOT, 'fixtures/identical/copy-b.txt'), path.join(dir, '-', 'b.txt'));
      const run = await runShell('cd "$DIR" && claimdiff ./- --json && claimdiff check --update ./- && claimdiff check "./*"', { DIR: dir });
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout.slice(0, run.stdout.indexOf('\n}\n') + 2)) as Report;
      expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
      expect(fs.existsSync(path.join(dir, '-', 'claimdiff.expected.json'))).toBe(true);
      expect(run.stdout).toMatch(/^ok {7}\.\/-$/m);
      expect(run.stderr).not.toMatch(/stdin|standard input/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.concurrent('other locales and time zones', () => {
  const story = storyFolder('e2e');
  afterAll(() => story.remove());
  const FORMATS = ['json', 'terminal', 'markdown', 'html'];
  // Turkish: a dotless i in case mapping; German: a decimal comma; Arabic: other digits. Time zones far from UTC,
  // one of them off by half an hour.
  const PLACES = [
    { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    { TZ: 'Asia/Kathmandu', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
  ];
  const here: Record<string, string> = {};
  // One process per place, running main() for every format on the files in another order.
  const script = `
    const { main } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'cli.js'))});
    const files = JSON.parse(process.argv[1]);
    const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
    const out = { place: locale + ' ' + timeZone };
    for (const format of ${JSON.stringify(FORMATS)}) {
      let text = '';
      const io = { stdin: process.stdin, stdout: { write: (t) => (text += t) }, stderr: { write: () => {} }, env: { NO_COLOR: '1' } };
      if ((await main([...files, '--format', format], io)) !== 0) throw new Error(format);
      out[format] = text;
    }
    process.stdout.write(JSON.stringify(out));`;

  beforeAll(async () => {
    for (const format of FORMATS) {
      const run = await runMain([...story.files, '--format', format], { env: { NO_COLOR: '1' } });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(1000);
      here[format] = run.stdout;
    }
  });

  it.each(PLACES.map((place, i) => ({ ...place, seed: 9 + i })))('TZ=$TZ and LC_ALL=$LC_ALL: the same bytes as here, in every format', async (place) => {
    requireBuild();
    const { seed, ...env } = place;
    const foreign = JSON.parse(await runNode(script, JSON.stringify(shuffled(story.files, seed)), env)) as Record<string, string>;
    // The process did run there (some ICU versions spell Kathmandu the old way).
    const [locale, timeZone] = foreign.place!.split(' ');
    expect([locale, timeZone!.replace('Katmandu', 'Kathmandu')]).toEqual([env.LC_ALL.slice(0, 5).replace('_', '-'), env.TZ]);
    for (const format of FORMATS) expect(foreign[format], format).toBe(here[format]);
  });
});

/** `node --input-type=module -e script arg` with the environment given; its standard output. */
async function runNode(script: string, arg: string, env: NodeJS.ProcessEnv): Promise<string> {
  const run = await runShell('"$CLAIMDIFF_NODE" --input-type=module -e "$SCRIPT" "$ARG"', { ...env, SCRIPT: script, ARG: arg });
  if (run.status !== 0) throw new Error(`node exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}
