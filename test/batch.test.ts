/**
 * `claimdiff batch`: many events on worker threads, one JSON Lines record each, byte for byte the single runs'
 * reports; a broken event as an error record; --resume; the manifest split in two halves and merged equals one
 * run (what sharding over GNU parallel or xargs relies on). The workers run the built dist/batch/worker.js.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineError, tempDir } from './helpers/hostile.js';
import { runCli } from './helpers/run-cli.js';
import { runMain } from './helpers/run-main.js';

const EVENTS = ['fixtures/reordered', 'fixtures/identical', 'fixtures/split-sentence', 'fixtures/paraphrase'];
const SORTED = [...EVENTS].sort();
const tmp = tempDir('batch');
afterAll(() => tmp.remove());

/** What a record holds for an event: the single run's --json on one line. */
async function singleRecord(event: string): Promise<string> {
  const single = await runMain([event, '--json']);
  expect(single.status).toBe(0);
  return `{"event":${JSON.stringify(event)},"report":${single.stdout.replace(/\n */g, '')}}`;
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');
const eventOf = (line: string) => (JSON.parse(line) as { event: string }).event;

describe('claimdiff batch', () => {
  let broken: string;
  let run: Awaited<ReturnType<typeof runMain>>;
  beforeAll(async () => {
    broken = tmp.file('broken/only.txt', 'One article alone is not an event to compare.\n').replace(/\/only\.txt$/, '');
    run = await runMain(['batch', ...EVENTS, broken, '--jobs', '2']);
  }, 120_000);

  it('writes one record per event, in the order of their names, whatever the order of the arguments', () => {
    expect(lines(run.stdout).map(eventOf)).toEqual([...SORTED, broken].sort());
  });

  it.each(EVENTS)('gives %s the report a single run writes, byte for byte (on one line)', async (event) => {
    expect(lines(run.stdout).find((l) => eventOf(l) === event)).toBe(await singleRecord(event));
  });

  it("takes a file listing an event's inputs (paths or URLs) as that event, read as --inputs-from reads it", async () => {
    const list = tmp.file('identical-list.txt', '# one event\nfixtures/identical/copy-a.txt\nfixtures/identical/copy-b.txt\n');
    const [batch, single] = await Promise.all([runMain(['batch', list, '-q']), runMain(['--inputs-from', list, '--json'])]);
    expect(batch.status).toBe(0);
    expect(batch.stdout).toBe(`{"event":${JSON.stringify(list)},"report":${single.stdout.replace(/\n */g, '')}}\n`);
  }, 60_000);

  it('reports a broken event in its record, names it on stderr, compares the others and exits 2', () => {
    const record = JSON.parse(lines(run.stdout).find((l) => eventOf(l) === broken)!) as { error: string; report?: unknown };
    expect(record.report).toBeUndefined();
    expect(record.error).toMatch(/need at least two sources to compare, got 1/);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`claimdiff: event ${broken} failed: `);
  });

  it('ends with a summary table on stderr: events, sources, claims, disputes', () => {
    expect(run.stderr).toMatch(/^event +sources +claims +disputes$/m);
    expect(run.stderr).toMatch(/^4 events compared, 1 failed: \d+ sources, \d+ claims, \d+ disputes/m);
  });

  it('prints the summary alone with -f summary, and exits 0 when every event ran', async () => {
    const summary = await runMain(['batch', ...EVENTS, '-f', 'summary', '-j', '1']);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toMatch(/^event +sources +claims +disputes\n/);
    expect(summary.stdout).not.toContain('"report"');
  }, 60_000);

  it('exits 1 with --fail-on when an event has such findings', async () => {
    const failing = await runMain(['batch', 'fixtures/paraphrase', 'fixtures/reordered', '--fail-on', 'additions,omissions,contradictions', '-q']);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toBe('');
  }, 60_000);

  it('shards: two halves of a manifest, run apart and put together, are one run', async () => {
    const manifest = tmp.file('events.txt', `# events\n${SORTED.join('\n')}\n`);
    const first = tmp.file('first.txt', `${SORTED.slice(0, 2).join('\n')}\n`);
    const second = tmp.file('second.txt', `${SORTED.slice(2).join('\n')}\n`);
    const [whole, a, b] = await Promise.all([manifest, first, second].map((m) => runMain(['batch', '--manifest', m, '-q'])));
    expect(lines(whole!.stdout)).toHaveLength(SORTED.length);
    expect(a!.stdout + b!.stdout).toBe(whole!.stdout);
  }, 120_000);

  it('--resume compares only the events the -o file has no report for, after a run cut short', async () => {
    const out = tmp.file('out.jsonl');
    expect((await runMain(['batch', ...EVENTS, '-o', out, '-q'])).status).toBe(0);
    const full = fs.readFileSync(out, 'utf8');
    // Cut after the first two records, in the middle of the third.
    const kept = lines(full).slice(0, 2);
    fs.writeFileSync(out, `${kept.join('\n')}\n${lines(full)[2]!.slice(0, 40)}`);
    const resumed = await runMain(['batch', ...EVENTS, '-o', out, '--resume']);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toMatch(/already in the output: skipped/);
    expect(fs.readFileSync(out, 'utf8')).toBe(full);
  }, 120_000);

  it('writes an event named to steer a terminal or a CI log as escapes, in its record and the summary', async () => {
    const folder = `${tmp.dir}/\u001b[31m##[error]red\u2028`;
    fs.mkdirSync(folder);
    fs.copyFileSync('fixtures/identical/copy-a.txt', `${folder}/a.txt`);
    fs.copyFileSync('fixtures/identical/copy-b.txt', `${folder}/b.txt`);
    const result = await runMain(['batch', folder]);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/\u001b|##\[|\u2028/);
    expect(eventOf(result.stdout)).toBe(folder);
  }, 60_000);

  it('shows a progress line on a terminal, erased at the end', async () => {
    const shown = await runMain(['batch', 'fixtures/identical', 'fixtures/reordered', '-f', 'summary'], { tty: { columns: 80 } });
    expect(shown.stderr).toContain('\r\u001b[Kclaimdiff: batch: 1 of 2 events done…');
    expect(shown.stderr.endsWith('\r\u001b[K')).toBe(true);
  }, 60_000);

  it.each([
    { name: '--resume without -o', args: ['batch', 'fixtures/identical', '--resume'], message: /--resume needs -o FILE/ },
    { name: 'no events', args: ['batch'], message: /no events: name event folders/ },
    { name: 'a missing event', args: ['batch', 'no/such/folder'], message: /^claimdiff: no\/such\/folder: no such file or directory$/ },
  ])('stops with one line for $name', async ({ args, message }) => {
    expectOneLineError(await runMain(args), message);
  });

  it('runs as a real process: records on stdout, exit 0', async () => {
    const spawned = await runCli(['batch', 'fixtures/identical', 'fixtures/reordered', '-q']);
    expect(spawned.status).toBe(0);
    expect(lines(spawned.stdout).map(eventOf)).toEqual(['fixtures/identical', 'fixtures/reordered']);
    expect(lines(spawned.stdout)[0]).toBe(await singleRecord('fixtures/identical'));
  }, 120_000);
});
