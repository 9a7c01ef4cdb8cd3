/**
 * `npm run bench`: how claimdiff's time and memory grow with the number of articles (issue 5).
 *
 * 1. Generates corpora of 10, 100, 500 and 1,000 news-length articles (about 40 sentences each) into
 *    bench/out/<size>/NNNN.txt from the sentences of the shipped fixtures, with a seeded PRNG: the same seed
 *    gives the same bytes, and article i is the same in every size (the 500 corpus is the first half of the
 *    1,000 one). Articles reword sentences (synonyms, a dropped clause, a changed number or weekday), shuffle
 *    paragraphs and carry page clutter (Advertisement, a "Recent News" list, a copyright line).
 * 2. For each size, runs the built CLI as a child process (`node bin/claimdiff.js bench/out/<size> --json`, from a
 *    copy of bin/ and dist/ taken at the start) and measures its wall time, CPU time and peak memory (max RSS),
 *    and the same for a baseline that only loads, cleans and segments the files. Generation is not measured.
 *    A run that exhausts the default V8 heap is repeated with a bigger one, for information.
 * 3. Prints a table and checks the issue 5 targets; when one is missed (or with --profile) profiles the two
 *    largest sizes that ran: the stages of compare() timed in-process, and a CPU profile of the CLI, side by
 *    side with how much each grew. Everything lands in bench/out/ (results.md, profile/).
 *
 * Options: --sizes 10,100,500,1000  --seed 5  --timeout <seconds per run, 600>  --profile  --rss time|node
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import type { CleanedSource, Sentence, Source } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const OUT = path.join(ROOT, 'bench', 'out');
/**
 * A private copy of the freshly built bin/, dist/ and package.json: others rebuild dist/ while a long run goes
 * on, and a half-built dist/ would fail or change the run. node_modules is still found by walking up to ROOT.
 */
const SNAPSHOT = path.join(OUT, 'build');
const DIST = path.join(SNAPSHOT, 'dist');
const CLI = path.relative(ROOT, path.join(SNAPSHOT, 'bin', 'claimdiff.js'));
const distUrl = (p: string) => pathToFileURL(path.join(DIST, p)).href;

// ---------------------------------------------------------------------------------------------- options

interface Options {
  sizes: number[];
  seed: number;
  timeoutMs: number;
  profile: boolean;
  rss: 'time' | 'node';
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const sizes = (value('--sizes') ?? '10,100,500,1000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--sizes: comma-separated integers >= 2');
  const timeTool = fs.existsSync('/usr/bin/time') ? 'time' : 'node';
  const rss = value('--rss') ?? timeTool;
  if (rss !== 'time' && rss !== 'node') throw new Error('--rss: time or node');
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: Number(value('--seed') ?? 5),
    timeoutMs: Number(value('--timeout') ?? 600) * 1000,
    profile: argv.includes('--profile'),
    rss,
  };
}

// ---------------------------------------------------------------------------------------------- PRNG

/** mulberry32: small, fast, and the same sequence on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One independent stream per article, so article i does not depend on how many articles come before it. */
function articleSeed(seed: number, i: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (i + 1), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

// ---------------------------------------------------------------------------------------------- corpus

/** A fixture folder's article text: paragraphs of sentences, as claimdiff's own clean and segment stages see it. */
interface Event {
  name: string;
  paragraphs: string[][];
  headlines: string[];
  sentences: number;
}

/**
 * The fixture folders the sentences come from, named so that a folder added later does not change the corpus
 * (an edited fixture still does: compare the corpus fingerprint printed with the results).
 */
const FIXTURE_FOLDERS = [
  'derailment-ostby', 'empty-article', 'ferry-corran', 'html', 'identical', 'paraphrase', 'quake-velmora', 'reordered',
  'seeds', 'split-sentence', 'summit-halvard',
];

async function loadEvents(): Promise<Event[]> {
  const { clean } = (await import(distUrl('clean/index.js'))) as typeof import('../src/clean/index.js');
  const { segment } = (await import(distUrl('segment/index.js'))) as typeof import('../src/segment/index.js');
  const fixtures = path.join(ROOT, 'fixtures');
  const events: Event[] = [];
  for (const dir of FIXTURE_FOLDERS) {
    const folder = path.join(fixtures, dir);
    if (!fs.existsSync(folder)) continue;
    const event: Event = { name: dir, paragraphs: [], headlines: [], sentences: 0 };
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
      const source: Source = { id: file, path: file, text: fs.readFileSync(path.join(folder, file), 'utf8') };
      const cleaned: CleanedSource = clean(source);
      if (cleaned.headline) event.headlines.push(cleaned.headline.text);
      let line = -1;
      for (const s of segment(cleaned) as Sentence[]) {
        if (s.line !== line) event.paragraphs.push([]);
        line = s.line;
        event.paragraphs.at(-1)!.push(s.text);
        event.sentences++;
      }
    }
    if (event.sentences > 0) events.push(event);
  }
  return events;
}

const SYNONYMS: [string, string][] = [
  ['said', 'stated'], ['says', 'states'], ['told', 'informed'], ['captured', 'seized'], ['capsized', 'overturned'],
  ['officials', 'authorities'], ['people', 'persons'], ['about', 'around'], ['more than', 'over'],
  ['announced', 'declared'], ['confirmed', 'verified'], ['injured', 'wounded'], ['began', 'started'],
  ['help', 'assist'], ['quickly', 'rapidly'], ['large', 'big'], ['government', 'administration'],
  ['reported', 'noted'], ['rescued', 'saved'], ['damaged', 'harmed'], ['agreement', 'deal'],
  ['soldiers', 'troops'], ['region', 'area'], ['residents', 'locals'], ['near', 'close to'], ['after', 'following'],
  ['during', 'amid'], ['also', 'additionally'], ['investigation', 'inquiry'], ['killed', 'left dead'],
  ['ministry', 'department'], ['president', 'leader'], ['called', 'described'], ['show', 'indicate'],
];
const SYNONYM_OF = new Map(SYNONYMS.flatMap(([a, b]) => [[a, b], [b, a]] as const));
// Lower case only: "States" in "United States" and "Department" in "State Department" are names, not words to swap.
const SYNONYM_PATTERN = new RegExp(`\\b(?:${[...SYNONYM_OF.keys()].join('|')})\\b`, 'g');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_PATTERN = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];
const NUMBER_PATTERN = new RegExp(`\\b(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** Replace one of `pattern`'s matches, chosen at random; null when there is none. */
function replaceOne(rng: Rng, text: string, pattern: RegExp, by: (match: string) => string): string | null {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return null;
  const m = pick(rng, matches);
  return text.slice(0, m.index) + by(m[0]) + text.slice(m.index + m[0].length);
}

const sameCase = (model: string, word: string) =>
  /^[A-Z]/.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;

function swapSynonyms(rng: Rng, text: string): string | null {
  let out: string | null = null;
  for (let n = int(rng, 1, 2); n > 0; n--) {
    const next = replaceOne(rng, out ?? text, SYNONYM_PATTERN, (w) => SYNONYM_OF.get(w)!);
    if (next !== null) out = next;
  }
  return out;
}

function dropClause(rng: Rng, text: string): string | null {
  const inner = [...text.matchAll(/, [^,"“”]{3,80},/g)];
  if (inner.length > 0) {
    const m = pick(rng, inner);
    return text.slice(0, m.index) + text.slice(m.index + m[0].length);
  }
  const comma = text.lastIndexOf(', ');
  if (comma < 30 || /["“”]/.test(text.slice(comma))) return null;
  return text.slice(0, comma) + '.';
}

function changeNumber(rng: Rng, text: string): string | null {
  return replaceOne(rng, text, NUMBER_PATTERN, (n) => {
    const word = NUMBER_WORDS.indexOf(n.toLowerCase());
    if (word !== -1) return sameCase(n, NUMBER_WORDS[(word + int(rng, 1, NUMBER_WORDS.length - 1)) % NUMBER_WORDS.length]!);
    const value = Number(n.replace(/,/g, ''));
    const changed = n.includes('.') ? (value + int(rng, 1, 9) / 10).toFixed(1) : String(value + int(rng, 1, Math.max(2, Math.round(value * 0.2))));
    return n.includes(',') ? Number(changed).toLocaleString('en-US') : changed;
  });
}

function changeWeekday(rng: Rng, text: string): string | null {
  return replaceOne(rng, text, WEEKDAY_PATTERN, (day) => {
    const i = WEEKDAYS.indexOf(day);
    return WEEKDAYS[(i + int(rng, 1, 6)) % 7]!;
  });
}

/** A reworded sentence, or the sentence itself (most sentences are copied as the wire wrote them). */
function vary(rng: Rng, sentence: string): string {
  if (rng() >= 0.4) return sentence;
  const edits = [swapSynonyms, swapSynonyms, dropClause, changeNumber, changeWeekday];
  const first = pick(rng, edits);
  return first(rng, sentence) ?? swapSynonyms(rng, sentence) ?? sentence;
}

const OUTLETS = ['Harbour Courier', 'Daily Ledger', 'Valley Wire', 'Morning Record', 'Coastline News', 'East Herald'];

function article(rng: Rng, events: readonly Event[]): string {
  const major = events.filter((e) => e.sentences >= 40);
  const primary = pick(rng, major);
  const others = events.filter((e) => e !== primary);
  const target = int(rng, 36, 44);
  const used = new Set<string>();
  const chosen: { order: number; sentences: string[] }[] = [];
  let count = 0;
  for (let tries = 0; count < target && tries < 1000; tries++) {
    const event = rng() < 0.8 ? primary : pick(rng, others);
    const p = Math.floor(rng() * event.paragraphs.length);
    const key = `${event.name}:${p}`;
    if (used.has(key)) continue;
    used.add(key);
    const sentences = event.paragraphs[p]!.slice(0, target - count).map((s) => vary(rng, s));
    chosen.push({ order: (event === primary ? 0 : 1e6) + p, sentences });
    count += sentences.length;
  }
  // Half the outlets tell the story in the wire's order, the other half shuffle their paragraphs.
  const body = rng() < 0.5 ? chosen.sort((a, b) => a.order - b.order) : shuffle(rng, chosen);

  const lines: string[] = [vary(rng, pick(rng, primary.headlines.length > 0 ? primary.headlines : ['Breaking news']))];
  if (rng() < 0.5) lines.push(`By ${pick(rng, ['Anna Berg', 'Tom Reyes', 'Mira Osei', 'Jon Hale'])}, ${pick(rng, OUTLETS)}`);
  body.forEach((paragraph, i) => {
    lines.push(paragraph.sentences.join(' '));
    if (i > 0 && i < body.length - 1 && rng() < 0.1) lines.push('Advertisement');
  });
  if (rng() < 0.6) {
    lines.push('Recent News');
    for (let n = int(rng, 3, 5); n > 0; n--) {
      const headline = pick(rng, pick(rng, others).headlines.concat(['Markets close higher']));
      lines.push(`${headline}\n${int(rng, 1, 23)} hours ago`);
    }
  }
  if (rng() < 0.8) lines.push(`© ${int(rng, 2023, 2025)} ${pick(rng, OUTLETS)}. All rights reserved.`);
  return lines.join('\n\n') + '\n';
}

/** Writes bench/out/<size>/NNNN.txt; returns the folder and a fingerprint of its files (same seed, same hash). */
function generate(size: number, seed: number, events: readonly Event[]): { dir: string; sha256: string } {
  const dir = path.join(OUT, String(size));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const hash = createHash('sha256');
  for (let i = 0; i < size; i++) {
    const rng = prng(articleSeed(seed, i));
    const name = `${String(i).padStart(4, '0')}.txt`;
    const text = article(rng, events);
    hash.update(`${name}\0${text}\0`);
    fs.writeFileSync(path.join(dir, name), text);
  }
  return { dir, sha256: hash.digest('hex').slice(0, 16) };
}

// ---------------------------------------------------------------------------------------------- measuring

interface Run {
  ok: boolean;
  timedOut: boolean;
  /** Not run: a smaller size timed out. */
  skipped?: boolean;
  seconds: number;
  /** User + system CPU time of the child: less disturbed than wall time when other work shares the cores. */
  cpuSeconds: number;
  peakMB: number;
  stderr: string;
}

/** Writes "maxRSS-kB user-s system-s" to BENCH_RSS_FILE at exit, as /usr/bin/time -f '%M %U %S' does; used without /usr/bin/time. */
const RSS_PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import fs from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); fs.writeFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });",
)}`;

/** Run `node <args>` with stdout to `stdoutFile`; wall time measured here, peak RSS by /usr/bin/time or a preload. */
function measure(nodeArgs: readonly string[], stdoutFile: string, options: Options, progress: string): Promise<Run> {
  const rssFile = path.join(OUT, `rss-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  const [command, args] =
    options.rss === 'time'
      ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...nodeArgs]]
      : [process.execPath, ['--import', RSS_PRELOAD, ...nodeArgs]];
  const out = fs.openSync(stdoutFile, 'w');
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    // Its own process group, so a timeout kills node and not only /usr/bin/time.
    const child = spawn(command, args, {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile },
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, options.timeoutMs);
    const heartbeat = setInterval(() => {
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      process.stderr.write(`  ${progress}: still running, ${s.toFixed(0)} s\n`);
    }, 30_000);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timer);
      clearInterval(heartbeat);
      fs.closeSync(out);
      // /usr/bin/time puts "Command exited with non-zero status" first when the command fails: the figures are last.
      const last = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)! : '';
      const figures = last === '' ? [] : last.split(' ').map(Number);
      fs.rmSync(rssFile, { force: true });
      const [kb = NaN, user = NaN, system = NaN] = figures;
      resolve({ ok: code === 0 && !timedOut, timedOut, seconds, cpuSeconds: user + system, peakMB: kb / 1024, stderr });
    });
  });
}

/** The baseline: load, clean and segment the same folder, nothing else. Prints {"sources","sentences"}. */
const BASELINE = `
const { loadSources } = await import(${JSON.stringify(distUrl('load/index.js'))});
const { clean } = await import(${JSON.stringify(distUrl('clean/index.js'))});
const { segment } = await import(${JSON.stringify(distUrl('segment/index.js'))});
const sources = await loadSources([process.argv[1]]);
let sentences = 0;
for (const source of sources) sentences += segment(clean(source)).length;
process.stdout.write(JSON.stringify({ sources: sources.length, sentences }));
`;

interface Row {
  size: number;
  articles: number;
  sentences: number | null;
  pipeline: Run;
  baseline: Run;
  baselineSentences: number | null;
  /** When the CLI ran out of V8 heap: the same run with a heap limit of most of the machine's memory. */
  bigHeap?: { heapMB: number; run: Run };
}

/** The V8 heap limit a bigger-heap rerun gets: three quarters of the machine's memory. */
const BIG_HEAP_MB = Math.floor((os.totalmem() / 2 ** 20) * 0.75);
const DEFAULT_HEAP_MB = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20);

async function benchSize(size: number, dir: string, options: Options): Promise<Row> {
  const rel = path.relative(ROOT, dir);
  const reportFile = path.join(OUT, `report-${size}.json`);
  process.stderr.write(`[${size}] node ${CLI} ${rel} --json ...\n`);
  const pipeline = await measure([CLI, rel, '--json'], reportFile, options, `[${size}] claimdiff`);
  let articles = fs.readdirSync(dir).length;
  let sentences: number | null = null;
  if (pipeline.ok) {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as { sources: { sentences: number }[] };
    articles = report.sources.length;
    sentences = report.sources.reduce((n, s) => n + s.sentences, 0);
  } else {
    process.stderr.write(`[${size}] claimdiff ${failure(pipeline)}: ${pipeline.stderr.trim().split('\n').slice(0, 12).join('\n')}\n`);
  }
  process.stderr.write(`[${size}] claimdiff: ${describe(pipeline)}\n`);
  let bigHeap: Row['bigHeap'];
  if (failure(pipeline) === 'out of memory') {
    // Not the CLI as users run it: how much time and memory it would take were the heap limit not in the way.
    process.stderr.write(`[${size}] again with node --max-old-space-size=${BIG_HEAP_MB} ...\n`);
    const run = await measure([`--max-old-space-size=${BIG_HEAP_MB}`, CLI, rel, '--json'], reportFile, options, `[${size}] claimdiff, big heap`);
    if (run.ok) {
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as { sources: { sentences: number }[] };
      sentences = report.sources.reduce((n, s) => n + s.sentences, 0);
    }
    process.stderr.write(`[${size}] claimdiff, big heap: ${describe(run)}\n`);
    bigHeap = { heapMB: BIG_HEAP_MB, run };
  }
  process.stderr.write(`[${size}] baseline ...\n`);
  const baselineFile = path.join(OUT, `baseline-${size}.json`);
  const baseline = await measure(['--input-type=module', '-e', BASELINE, rel], baselineFile, options, `[${size}] baseline`);
  const baselineSentences = baseline.ok
    ? (JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as { sentences: number }).sentences
    : null;
  process.stderr.write(`[${size}] baseline: ${describe(baseline)}\n`);
  return { size, articles, sentences, pipeline, baseline, baselineSentences, ...(bigHeap ? { bigHeap } : {}) };
}

/** Why a run has no figures: "timed out", "out of memory" (the V8 heap limit) or "failed". */
const failure = (run: Run) =>
  run.skipped ? 'skipped' : run.timedOut ? 'timed out' : /heap out of memory/.test(run.stderr) ? 'out of memory' : 'failed';
const describe = (run: Run) =>
  run.ok
    ? `${run.seconds.toFixed(2)} s, ${run.peakMB.toFixed(0)} MB`
    : `${failure(run)} after ${run.seconds.toFixed(0)} s${Number.isNaN(run.peakMB) ? '' : `, ${run.peakMB.toFixed(0)} MB`}`;

// ---------------------------------------------------------------------------------------------- report

function table(rows: readonly Row[]): string {
  const header = ['size', 'articles', 'sentences', 'wall s', 'cpu s', 'sentences/s', 'peak MB', 'baseline s', 'baseline MB', 'pipeline/baseline'];
  const cell = (run: Run, text: string) => (run.ok ? text : failure(run));
  const body = rows.map((r) => [
    String(r.size),
    String(r.articles),
    r.sentences !== null ? r.sentences.toLocaleString('en-US') : (r.baselineSentences?.toLocaleString('en-US') ?? '?'),
    cell(r.pipeline, r.pipeline.seconds.toFixed(2)),
    cell(r.pipeline, r.pipeline.cpuSeconds.toFixed(2)),
    cell(r.pipeline, r.sentences !== null ? Math.round(r.sentences / r.pipeline.seconds).toLocaleString('en-US') : '?'),
    cell(r.pipeline, r.pipeline.peakMB.toFixed(0)),
    cell(r.baseline, r.baseline.seconds.toFixed(2)),
    cell(r.baseline, r.baseline.peakMB.toFixed(0)),
    r.pipeline.ok && r.baseline.ok ? `${(r.pipeline.seconds / r.baseline.seconds).toFixed(1)} x` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

interface Target {
  name: string;
  value: string;
  met: boolean | null;
}

function targets(rows: readonly Row[]): Target[] {
  const r1000 = rows.find((r) => r.size === 1000);
  const r500 = rows.find((r) => r.size === 500);
  const big = r1000?.bigHeap?.run.ok ? r1000.bigHeap.run : undefined;
  /** The 1,000 figure, or why there is none (and what the bigger-heap rerun measured, for information). */
  const at1000 = (figure: (run: Run) => string) =>
    !r1000 ? 'not measured' : r1000.pipeline.ok ? figure(r1000.pipeline) : `${failure(r1000.pipeline)}${big ? ` (${figure(big)} with a bigger heap)` : ''}`;
  const growth = (run: Run) => (r500?.pipeline.ok ? `${(run.seconds / r500.pipeline.seconds).toFixed(2)} x` : 'no 500 figure');
  const growthMet = r1000?.pipeline.ok && r500?.pipeline.ok ? r1000.pipeline.seconds / r500.pipeline.seconds <= 2.5 : false;
  const ratio = r500?.pipeline.ok && r500.baseline.ok ? r500.pipeline.seconds / r500.baseline.seconds : null;
  return [
    { name: '1,000 articles under 60 s', value: at1000((run) => `${run.seconds.toFixed(1)} s`), met: r1000 ? r1000.pipeline.ok && r1000.pipeline.seconds < 60 : null },
    { name: '1,000 articles peak memory under 1.5 GB', value: at1000((run) => `${run.peakMB.toFixed(0)} MB`), met: r1000 ? r1000.pipeline.ok && r1000.pipeline.peakMB < 1536 : null },
    { name: 'time(1000) <= 2.5 x time(500)', value: at1000(growth), met: r1000 && r500 ? growthMet : null },
    { name: 'pipeline <= 10 x baseline at 500', value: ratio !== null ? `${ratio.toFixed(1)} x` : r500 ? failure(r500.pipeline.ok ? r500.baseline : r500.pipeline) : 'not measured', met: r500 ? ratio !== null && ratio <= 10 : null },
  ];
}

function targetLines(list: readonly Target[]): string {
  return list.map((t) => `- ${t.name}: ${t.value} - ${t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'}`).join('\n');
}

// ---------------------------------------------------------------------------------------------- profiling

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total (with callees) milliseconds per function of a V8 CPU profile. */
interface ProfileTimes {
  sampledMs: number;
  self: Map<string, number>;
  total: Map<string, number>;
}

function readProfile(file: string): ProfileTimes {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => {
    const url = n.callFrame.url
      .replace(pathToFileURL(SNAPSHOT).href + '/', '')
      .replace(pathToFileURL(ROOT).href + '/', '')
      .replace(/^.*node_modules\//, '');
    return `${n.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampledMs = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    sampledMs += dt;
    const key = keyOf(byId.get(id)!);
    self.set(key, (self.get(key) ?? 0) + dt);
    // A function on the stack twice (recursion) counts once.
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(byId.get(n)!));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + dt);
  });
  return { sampledMs, self, total };
}

/**
 * A table of figures (ms) per name at each profiled size, heaviest at the largest size first, with the growth
 * from the first size to the last: a stage or function that grows faster than the article count is the one
 * that breaks the scaling targets.
 */
function growthTable(
  title: string,
  sizes: readonly number[],
  figures: readonly Map<string, number>[],
  options: { top: number; keep?: (name: string) => boolean; base?: number },
): string {
  const last = figures.at(-1)!;
  const keep = options.keep ?? (() => true);
  const names = [...last.keys()].filter(keep).sort((a, b) => last.get(b)! - last.get(a)!).slice(0, options.top);
  // Shares of the last size's total: the sum of the figures unless they overlap (nested functions), then `base`.
  const sum = options.base ?? [...last.entries()].filter(([k]) => keep(k)).reduce((n, [, ms]) => n + ms, 0);
  const header = `  ${sizes.map((n) => `${n} art.`.padStart(10)).join(' ')}  ${'growth'.padStart(7)}  ${'share'.padStart(6)}  ${title}`;
  const lines = names.map((name) => {
    const values = figures.map((f) => f.get(name) ?? 0);
    const growth = values[0]! > 0 ? `${(values.at(-1)! / values[0]!).toFixed(1)} x` : '-';
    const share = `${((last.get(name)! / sum) * 100).toFixed(1)}%`;
    return `  ${values.map((ms) => `${(ms / 1000).toFixed(2)} s`.padStart(10)).join(' ')}  ${growth.padStart(7)}  ${share.padStart(6)}  ${name}`;
  });
  return [header, ...lines].join('\n');
}

/** compare() with its onStage hook: prints {times: stage -> ms, extra}. */
const STAGES = `
const { loadSources } = await import(${JSON.stringify(distUrl('load/index.js'))});
const { compare } = await import(${JSON.stringify(distUrl('pipeline.js'))});
const sources = await loadSources([process.argv[1]]);
const times = {};
const report = compare(sources, { onStage: (stage, ms) => { times[stage] = (times[stage] ?? 0) + ms; } });
const extra = {
  sentences: report.sources.reduce((n, s) => n + s.sentences, 0),
  claims: report.claims.length,
  largestClaim: report.claims.reduce((n, c) => Math.max(n, c.sentences.length), 0),
  contradictions: report.contradictions.length,
};
process.stdout.write(JSON.stringify({ times, extra }));
`;

/**
 * Profile the given sizes (the two largest that ran): every stage timed in-process, and a CPU profile of the
 * CLI; printed side by side, so that what grows faster than the input shows.
 */
async function profile(rows: readonly Row[], options: Options): Promise<string> {
  const dir = path.join(OUT, 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sizes = rows.map((r) => r.size);
  const stageTimes: Map<string, number>[] = [];
  const profiles: ProfileTimes[] = [];
  const notes: string[] = [];
  for (const row of rows) {
    const rel = path.relative(ROOT, path.join(OUT, String(row.size)));
    const heap = row.bigHeap ? [`--max-old-space-size=${row.bigHeap.heapMB}`] : [];

    process.stderr.write(`[profile ${row.size}] stages ...\n`);
    const stagesFile = path.join(dir, `stages-${row.size}.json`);
    const stages = await measure([...heap, '--input-type=module', '-e', STAGES, rel], stagesFile, options, `[profile ${row.size}] stages`);
    if (stages.ok) {
      const { times, extra } = JSON.parse(fs.readFileSync(stagesFile, 'utf8')) as { times: Record<string, number>; extra: Record<string, number> };
      stageTimes.push(new Map(Object.entries(times)));
      notes.push(`${row.size} articles: ${Object.entries(extra).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')} (stage run ${describe(stages)})`);
      if (Object.keys(times).length === 0) notes.push('compare() has no onStage hook in this build: no stage times');
    } else {
      stageTimes.push(new Map());
      notes.push(`${row.size} articles: stages ${describe(stages)}: ${stages.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? ''}`);
    }

    process.stderr.write(`[profile ${row.size}] node --cpu-prof ${CLI} ${rel} --json ...\n`);
    const name = `cli-${row.size}.cpuprofile`;
    const cpu = await measure(
      [...heap, '--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name, CLI, rel, '--json'],
      path.join(dir, `report-${row.size}.json`),
      options,
      `[profile ${row.size}] cpu-prof`,
    );
    const file = path.join(dir, name);
    if (cpu.ok && fs.existsSync(file)) {
      const times = readProfile(file);
      profiles.push(times);
      notes.push(`${row.size} articles: CPU profile ${path.relative(ROOT, file)}, ${describe(cpu)}, ${(times.sampledMs / 1000).toFixed(1)} s sampled`);
    } else {
      profiles.push({ sampledMs: 0, self: new Map(), total: new Map() });
      notes.push(`${row.size} articles: CPU profile ${describe(cpu)}`);
    }
  }
  const generic = (name: string) => !/^\((?:root|program|idle)\)/.test(name);
  return [
    `Profile${rows.some((r) => r.bigHeap) ? ' (runs that ran out of the default heap: with the bigger heap)' : ''}:`,
    ...notes.map((n) => `- ${n}`),
    '',
    "Stages of compare(), timed in-process by its onStage hook (share: of all stages' time):",
    growthTable('stage', sizes, stageTimes, { top: 20 }),
    '',
    'CPU profile of the CLI, self time (the function itself, not its callees; share: of all samples):',
    growthTable('function', sizes, profiles.map((p) => p.self), { top: 15, keep: generic, base: profiles.at(-1)!.sampledMs }),
    '',
    "CPU profile of the CLI, total time of claimdiff's functions (with their callees, so nested ones overlap):",
    growthTable('function', sizes, profiles.map((p) => p.total), { top: 15, keep: (n) => / dist\/|garbage/.test(n), base: profiles.at(-1)!.sampledMs }),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------- main

async function sh(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', () => resolve(out.trimEnd()));
    child.on('error', () => resolve('(unavailable)'));
  });
}

/** The commit measured, and the source files that differ from it (read-only git commands). */
async function codeState(): Promise<string> {
  const head = await sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = (await sh('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src', 'bin', 'package.json']))
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));
  return dirty.length === 0 ? `commit ${head || 'unknown'}` : `commit ${head || 'unknown'} + uncommitted changes to ${dirty.join(', ')}`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench does)');
  fs.rmSync(SNAPSHOT, { recursive: true, force: true });
  fs.mkdirSync(SNAPSHOT, { recursive: true });
  for (const part of ['bin', 'dist', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(SNAPSHOT, part), { recursive: true });
  const smoke = await measure([CLI, 'fixtures/seeds', '--json'], path.join(OUT, 'smoke.json'), options, 'smoke test');
  if (!smoke.ok) throw new Error(`the built CLI fails on fixtures/seeds (dist/ being rebuilt?): ${smoke.stderr.trim()}`);

  const machine = [
    `date: ${new Date().toISOString().slice(0, 10)}`,
    `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, nproc ${await sh('nproc', [])}, node ${process.version}, ${os.platform()} ${os.release()}`,
    `free -g:\n${await sh('free', ['-g'])}`,
    `code: ${await codeState()} (dist/ built from it, copied to ${path.relative(ROOT, SNAPSHOT)}/)`,
    `seed ${options.seed}; peak memory = max RSS of the child, cpu = its user + system time (${options.rss === 'time' ? "/usr/bin/time -f '%M %U %S'" : 'process.resourceUsage()'}); timeout ${options.timeoutMs / 1000} s per run`,
  ].join('\n');
  process.stderr.write(`${machine}\n\n`);

  const events = await loadEvents();
  process.stderr.write(
    `sentence pool: ${events.map((e) => `${e.name} ${e.sentences}`).join(', ')}\n`,
  );
  const rows: Row[] = [];
  const fingerprints: string[] = [];
  let stop = false;
  for (const size of options.sizes) {
    const t = performance.now();
    const { dir, sha256 } = generate(size, options.seed, events);
    fingerprints.push(`${size}: ${sha256}`);
    process.stderr.write(`[${size}] generated ${path.relative(ROOT, dir)}/ in ${((performance.now() - t) / 1000).toFixed(1)} s (not measured), sha256 ${sha256}\n`);
    if (stop) {
      const skipped: Run = { ok: false, timedOut: false, skipped: true, seconds: NaN, cpuSeconds: NaN, peakMB: NaN, stderr: '' };
      rows.push({ size, articles: size, sentences: null, pipeline: skipped, baseline: skipped, baselineSentences: null });
      process.stderr.write(`[${size}] skipped: a smaller size timed out\n`);
      continue;
    }
    const row = await benchSize(size, dir, options);
    rows.push(row);
    stop = row.pipeline.timedOut;
  }

  const r500 = rows.find((r) => r.size === 500);
  const r1000 = rows.find((r) => r.size === 1000);
  const growthOf = (a: Run, b: Run) => `${(b.seconds / a.seconds).toFixed(2)} x wall, ${(b.cpuSeconds / a.cpuSeconds).toFixed(2)} x cpu`;
  const growth =
    r500?.pipeline.ok && r1000?.pipeline.ok
      ? growthOf(r500.pipeline, r1000.pipeline)
      : r500?.pipeline.ok && r1000?.bigHeap?.run.ok
        ? `- (1,000: ${failure(r1000.pipeline)}); with the bigger heap ${growthOf(r500.pipeline, r1000.bigHeap.run)}`
        : r1000
          ? `- (1,000: ${failure(r1000.pipeline)})`
          : 'not measured';
  const bigHeapLines = rows
    .filter((r) => r.bigHeap)
    .map(
      (r) =>
        `${r.size} articles ran out of the default V8 heap (${DEFAULT_HEAP_MB.toLocaleString('en-US')} MB); ` +
        `again with node --max-old-space-size=${r.bigHeap!.heapMB}: ${describe(r.bigHeap!.run)}` +
        (r.bigHeap!.run.ok ? `, ${r.bigHeap!.run.cpuSeconds.toFixed(2)} s cpu` : ''),
    );
  const list = targets(rows);
  const result = [
    machine,
    `corpus fingerprints (sha256 of names and texts): ${fingerprints.join(', ')}`,
    '',
    table(rows),
    '',
    ...(bigHeapLines.length > 0 ? [...bigHeapLines, ''] : []),
    `growth time(1000)/time(500): ${growth}`,
    '',
    'Targets (issue 5):',
    targetLines(list),
  ].join('\n');
  console.log(`\n${result}`);

  let profileText = '';
  const missed = list.some((t) => t.met === false);
  if (missed || options.profile) {
    const ran = rows.filter((r) => r.pipeline.ok || r.bigHeap?.run.ok).slice(-2);
    if (ran.length > 0) {
      profileText = await profile(ran, options);
      console.log(`\n${profileText}`);
    }
  }
  fs.writeFileSync(path.join(OUT, 'results.md'), `${result}\n${profileText ? `\n${profileText}\n` : ''}`);
  process.stderr.write(`\nwritten: ${path.relative(ROOT, path.join(OUT, 'results.md'))}\n`);
}

await main();
