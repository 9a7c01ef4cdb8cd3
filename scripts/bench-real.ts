/**
 * `npm run bench`'s real-corpus table (issue 23): claimdiff on real articles, not on generated ones. When
 * ../shared/corpus is there (clusters of articles by several outlets about one event, one folder each; the texts
 * are read from there, never copied into the project), in one run of child processes:
 *
 * 1. every cluster together in one `claimdiff ... --json` (all articles as one comparison): its output as a
 *    multiple of its input, its peak memory, and its CPU time as a multiple of the wink floor, wink-nlp alone
 *    reading the same files (scripts/wink-floor.mjs);
 * 2. each cluster alone (`claimdiff CLUSTER --json`, as a shell loop would run them): CPU time, and with
 *    `--baseline DIR` (another build: DIR/bin/claimdiff.js) that build's on the same cluster, as a ratio;
 * 3. `claimdiff batch` over the clusters on 2 workers: its wall time as a multiple of the loop's, and its records
 *    checked byte for byte against the single runs' reports.
 *
 * Figures are ratios within this run (the machine may be busy); `--repeat N` keeps each run's fastest of N.
 * Results land in bench/out/real.md. Options: --corpus DIR  --baseline DIR  --repeat N  --jobs N
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const OUT = path.join(ROOT, 'bench', 'out');
/** A private copy of the build: others may rebuild dist/ while the bench runs. */
const SNAPSHOT = path.join(OUT, 'real-build');
const CLI = path.join(SNAPSHOT, 'bin', 'claimdiff.js');
const WINK = path.join(ROOT, 'scripts', 'wink-floor.mjs');

/** The issue's targets. */
const TARGETS = { jsonRatio: 5, peakMB: 350, cpuRatio: 4, batchRatio: 0.65, clusterRatio: 1.1 };

interface Options {
  corpus: string;
  baseline?: string;
  repeat: number;
  jobs: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const baseline = value('--baseline');
  return {
    corpus: path.resolve(ROOT, value('--corpus') ?? '../shared/corpus'),
    ...(baseline !== undefined ? { baseline: path.resolve(baseline) } : {}),
    repeat: Math.max(1, Number(value('--repeat') ?? 1)),
    jobs: Math.max(1, Number(value('--jobs') ?? 2)),
  };
}

interface Run {
  wallSeconds: number;
  cpuSeconds: number;
  peakMB: number;
  status: number;
}

/** Writes "maxRSS-kB user-s system-s" of the child (all its threads) to BENCH_RSS_FILE at exit. */
const RSS_PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import fs from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); fs.writeFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });",
)}`;

/** `node <args>` with stdout to a file; wall time measured here, CPU time and peak memory by the child itself. */
function measureOnce(args: readonly string[], stdoutFile: string): Promise<Run> {
  const rssFile = path.join(OUT, `real-rss-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  const out = fs.openSync(stdoutFile, 'w');
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', RSS_PRELOAD, ...args], {
      cwd: ROOT,
      stdio: ['ignore', out, 'ignore'],
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    });
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(out);
      const wallSeconds = (performance.now() - start) / 1000;
      const [rssKB, user, system] = fs.readFileSync(rssFile, 'utf8').trim().split(' ').map(Number) as [number, number, number];
      resolve({ wallSeconds, cpuSeconds: user + system, peakMB: rssKB / 1024, status: code ?? -1 });
    });
  });
}

/** The fastest of `repeat` runs. */
async function measure(args: readonly string[], stdoutFile: string, repeat: number): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < repeat; i++) runs.push(await measureOnce(args, stdoutFile));
  return fastest(runs);
}

/** CPU and wall time each at their least, memory at its most. */
function fastest(runs: readonly Run[]): Run {
  return {
    wallSeconds: Math.min(...runs.map((r) => r.wallSeconds)),
    cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
    peakMB: Math.max(...runs.map((r) => r.peakMB)),
    status: Math.max(...runs.map((r) => r.status)),
  };
}

interface Cluster {
  name: string;
  dir: string;
  files: string[];
  bytes: number;
}

function clusters(corpus: string): Cluster[] {
  return fs
    .readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(corpus, d.name);
      const files = fs.readdirSync(dir).filter((f) => /\.(?:txt|md|html?)$/.test(f)).sort().map((f) => path.join(dir, f));
      return { name: d.name, dir: `${dir}/`, files, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
    })
    .filter((c) => c.files.length >= 2)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(options.corpus)) {
    console.log(`real-corpus bench skipped: ${path.relative(ROOT, options.corpus)} is not there (it holds real news clusters, kept outside the project)`);
    return;
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.rmSync(SNAPSHOT, { recursive: true, force: true });
  for (const part of ['bin', 'dist', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(SNAPSHOT, part), { recursive: true });
  const all = clusters(options.corpus);
  const files = all.flatMap((c) => c.files);
  const inputBytes = all.reduce((n, c) => n + c.bytes, 0);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-bench-real-'));
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    say(`# Real coverage: ${all.length} clusters, ${files.length} articles, ${fixed(inputBytes / 1e6)} MB (${path.relative(ROOT, options.corpus)})`);
    say();
    say(`${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load ${os.loadavg().map((l) => fixed(l, 1)).join(' ')}; fastest of ${options.repeat} run(s)`);
    say();

    // 1. Every cluster in one run, against the wink floor of the same files.
    const json = path.join(scratch, 'all.json');
    const together = await measure([CLI, ...all.map((c) => c.dir), '--json'], json, options.repeat);
    const floor = await measure([WINK, ...files], path.join(scratch, 'wink.txt'), options.repeat);
    const jsonRatio = fs.statSync(json).size / inputBytes;
    const cpuRatio = together.cpuSeconds / floor.cpuSeconds;
    const memoryBound = 250 + 0.5 * files.length;
    say('| one run of every cluster | wall | CPU | peak memory | output |');
    say('| --- | --- | --- | --- | --- |');
    say(`| \`claimdiff CLUSTER/... --json\` | ${fixed(together.wallSeconds)} s | ${fixed(together.cpuSeconds)} s (${fixed(cpuRatio, 1)}x the floor) | ${fixed(together.peakMB, 0)} MB | ${fixed(fs.statSync(json).size / 1e6)} MB (${fixed(jsonRatio, 1)}x the input) |`);
    say(`| wink floor: sentences and POS of every token | ${fixed(floor.wallSeconds)} s | ${fixed(floor.cpuSeconds)} s | ${fixed(floor.peakMB, 0)} MB | |`);
    say();

    // 2. Each cluster alone, as a loop runs them; and the baseline build's time on it.
    const single = new Map<string, { run: Run; out: string }>();
    const before = new Map<string, Run>();
    for (const c of all) {
      const out = path.join(scratch, `${c.name}.json`);
      // This build and the baseline's by turns, so a busy spell of the machine falls on both alike.
      const runs: Run[] = [];
      const was: Run[] = [];
      for (let i = 0; i < options.repeat; i++) {
        runs.push(await measure([CLI, c.dir, '--json'], out, 1));
        if (options.baseline !== undefined) was.push(await measure([path.join(options.baseline, 'bin', 'claimdiff.js'), c.dir, '--json'], path.join(scratch, 'before.json'), 1));
      }
      single.set(c.name, { run: fastest(runs), out });
      if (was.length > 0) before.set(c.name, fastest(was));
    }
    // A loop's wall time: each process's, start to end, one after another.
    const loopWall = [...single.values()].reduce((n, s) => n + s.run.wallSeconds, 0);
    say(`| cluster | articles | KB | CPU | peak memory | JSON x input |${options.baseline !== undefined ? ' CPU before | ratio |' : ''}`);
    say(`| --- | --- | --- | --- | --- | --- |${options.baseline !== undefined ? ' --- | --- |' : ''}`);
    let slowest = 0;
    for (const c of all) {
      const { run, out } = single.get(c.name)!;
      const was = before.get(c.name);
      const ratio = was !== undefined ? run.cpuSeconds / was.cpuSeconds : undefined;
      if (ratio !== undefined) slowest = Math.max(slowest, ratio);
      say(
        `| ${c.name} | ${c.files.length} | ${fixed(c.bytes / 1024, 0)} | ${fixed(run.cpuSeconds)} s | ${fixed(run.peakMB, 0)} MB | ${fixed(fs.statSync(out).size / c.bytes, 1)} |` +
          (was !== undefined ? ` ${fixed(was.cpuSeconds)} s | ${fixed(ratio!)} |` : ''),
      );
    }
    say();

    // 3. The same clusters in one batch, on a pool of workers.
    const records = path.join(scratch, 'batch.jsonl');
    const batch = await measure([CLI, 'batch', ...all.map((c) => c.dir), '-j', String(options.jobs), '-q'], records, options.repeat);
    const recordLines = fs.readFileSync(records, 'utf8').split('\n').filter((l) => l !== '');
    const equal = all.every((c, i) => recordLines[i] === `{"event":${JSON.stringify(c.dir)},"report":${fs.readFileSync(single.get(c.name)!.out, 'utf8').replace(/\n */g, '')}}`);
    const batchRatio = batch.wallSeconds / loopWall;
    say(`| ${all.length} clusters | wall | CPU | peak memory |`);
    say('| --- | --- | --- | --- |');
    say(`| a loop, one process each | ${fixed(loopWall)} s | ${fixed([...single.values()].reduce((n, s) => n + s.run.cpuSeconds, 0))} s | ${fixed(Math.max(...[...single.values()].map((s) => s.run.peakMB)), 0)} MB |`);
    say(`| \`claimdiff batch -j ${options.jobs}\` | ${fixed(batch.wallSeconds)} s (${fixed(batchRatio)}x the loop) | ${fixed(batch.cpuSeconds)} s | ${fixed(batch.peakMB, 0)} MB |`);
    say();

    const targets: Array<[string, boolean]> = [
      [`JSON at most ${TARGETS.jsonRatio}x its input: ${fixed(jsonRatio, 2)}x`, jsonRatio <= TARGETS.jsonRatio],
      [`peak memory at most ${TARGETS.peakMB} MB and 250 MB + 0.5 MB per article (${fixed(memoryBound, 0)} MB): ${fixed(together.peakMB, 0)} MB`, together.peakMB <= Math.min(TARGETS.peakMB, memoryBound)],
      [`CPU at most ${TARGETS.cpuRatio}x the wink floor: ${fixed(cpuRatio, 2)}x`, cpuRatio <= TARGETS.cpuRatio],
      [`batch on ${options.jobs} workers at most ${TARGETS.batchRatio}x the loop's wall time: ${fixed(batchRatio, 2)}x`, batchRatio <= TARGETS.batchRatio],
      [`batch records equal the single runs' reports byte for byte: ${recordLines.length} records`, equal && recordLines.length === all.length],
      ...(options.baseline !== undefined
        ? [[`no cluster slower than the baseline (CPU, ${TARGETS.clusterRatio}x for noise): slowest ${fixed(slowest)}x`, slowest <= TARGETS.clusterRatio] as [string, boolean]]
        : []),
      [`every run exited 0`, [together, floor, ...[...single.values()].map((s) => s.run), batch].every((r) => r.status === 0)],
    ];
    say('Targets (issue 23):');
    for (const [text, ok] of targets) say(`- ${mark(ok)} ${text}`);
    fs.writeFileSync(path.join(OUT, 'real.md'), `${lines.join('\n')}\n`);
    console.log(`\nwritten to ${path.relative(ROOT, path.join(OUT, 'real.md'))}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
