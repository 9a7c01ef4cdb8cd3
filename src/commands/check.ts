import fs from 'node:fs';
import path from 'node:path';
import { diffArrays } from 'diff';
import fg from 'fast-glob';
import pluralize from 'pluralize';
import {
  compareFindings,
  describeFinding,
  parseFindingLine,
  EXPECTED_FILE,
  expectedFindings,
  findingLines,
  parseExpected,
  serializeExpected,
  type ExpectedFindings,
  type FindingsDiff,
} from '../check/expected.js';
import { throughLink } from '../load/contain.js';
import { decodeText, DEFAULT_MAX_FILE_MB, describeFsError, InputError, loadInputs, MEGABYTE, type LoadOptions } from '../load/index.js';
import { readFileBytes } from '../load/read.js';
import { notStdin } from '../load/resolve.js';
import { data, property } from '../report/github.js';
import { changeAnnotations } from './check-github.js';
import { githubAnnotations } from '../report/index.js';
import { safeJson, safeLine } from '../report/safe-text.js';
import type { CompareOptions, Report, Warning } from '../types.js';
import { requireTwo } from './diff.js';
import { fileIdentities, writeFileSafely } from './safe-write.js';
import {
  failingFindings,
  guardOutput,
  loadOptions,
  pipelineOptions,
  printLine,
  printWarning,
  withSkipped,
  type Finding,
  type Io,
  type LimitOptions,
} from './shared.js';

/** What `claimdiff check` found for one fixture folder. */
export type FolderResult =
  | { folder: string; status: 'pass'; report: Report }
  | { folder: string; status: 'fail'; report: Report; diff: FindingsDiff; text: string; expectedText: string }
  | { folder: string; status: 'updated' | 'created'; report: Report }
  | { folder: string; status: 'missing'; report: Report }
  | { folder: string; status: 'error'; message: string };

/**
 * Expand the arguments to fixture folders: folders as given, globs to the folders they match; sorted. A link a
 * glob meets is not followed (see ../load/contain.ts): it is named in a warning.
 */
export async function resolveFolders(args: readonly string[], warnings: Warning[] = []): Promise<string[]> {
  const folders = new Set<string>();
  for (const arg of args) {
    if (arg === '') throw new InputError("''", 'an empty argument: give a fixture folder or a quoted glob of folders');
    if (isDirectory(arg)) {
      folders.add(notStdin(path.normalize(arg)));
      continue;
    }
    if (!fg.isDynamicPattern(arg)) throw new InputError(arg, 'no such folder');
    const matched = await fg(arg.replace(/\\/g, '/'), { onlyFiles: false, followSymbolicLinks: false, objectMode: true });
    const links = matched.filter((m) => m.dirent.isSymbolicLink() && isDirectory(m.path));
    for (const m of links) warnings.push({ source: m.path, message: 'a link to a folder, not followed (name the folder itself to check it)' });
    const found = matched.filter((m) => m.dirent.isDirectory());
    if (found.length === 0) {
      throw new InputError(arg, links.length === 0 ? 'pattern matched no folders' : 'pattern matched only links to folders, which are not followed');
    }
    for (const m of found) folders.add(notStdin(path.normalize(m.path)));
  }
  return [...folders].sort();
}

/**
 * Run one folder and compare its findings with its expected file (or write that file with `update`). Never
 * throws for trouble with the folder or its files: that is the folder's `error`, and the other folders go on.
 */
export async function checkFolder(
  folder: string,
  update: boolean,
  stdin: NodeJS.ReadableStream,
  options: { load?: LoadOptions; compare?: CompareOptions } = {},
): Promise<FolderResult> {
  try {
    return await checkOneFolder(folder, update, stdin, options);
  } catch (error) {
    if (error instanceof InputError) return { folder, status: 'error', message: error.message };
    throw error;
  }
}

async function checkOneFolder(
  folder: string,
  update: boolean,
  stdin: NodeJS.ReadableStream,
  options: { load?: LoadOptions; compare?: CompareOptions },
): Promise<FolderResult> {
  // A pull request's link must not steer the write into a folder elsewhere: refused before anything is read.
  if (update && throughLink(folder)) throw new InputError(folder, 'is reached through a symbolic link: its expected file is not written there (name the folder itself)');
  const { sources, skipped } = await loadInputs([folder], stdin, options.load ?? {});
  requireTwo(sources, skipped);
  // The pipeline loads the language model: only once the folder's articles are known to be good.
  const { compare } = await import('../pipeline.js');
  const report = withSkipped(compare(sources, options.compare ?? {}), skipped);
  const file = path.join(folder, EXPECTED_FILE);
  const actual = expectedFindings(report);
  if (update) {
    const inputs = fileIdentities(sources.map((s) => s.path));
    const exists = writeFileSafely(file, serializeExpected(actual), inputs);
    return { folder, status: exists ? 'updated' : 'created', report };
  }
  const expectedText = await readExpected(file, options.load?.maxFileBytes);
  if (expectedText === undefined) return { folder, status: 'missing', report };
  let expected: ExpectedFindings;
  try {
    expected = parseExpected(expectedText);
  } catch (error) {
    throw new InputError(file, error instanceof Error ? error.message : String(error));
  }
  const diff = compareFindings(expected, actual);
  if (diff.appeared.length === 0 && diff.disappeared.length === 0) return { folder, status: 'pass', report };
  return { folder, status: 'fail', report, diff, text: readableDiff(findingLines(expected), findingLines(actual)), expectedText };
}

/**
 * The expected file's text, or undefined when there is none. Read only when it is a regular file of a sane
 * size: a pull request could make it a link to a private file (whose start a JSON error would print) or a FIFO.
 */
async function readExpected(file: string, maxBytes = DEFAULT_MAX_FILE_MB * MEGABYTE): Promise<string | undefined> {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(file, describeFsError(error));
  }
  if (stat.isSymbolicLink()) throw new InputError(file, 'is a symbolic link: not read through it (commit the file itself)');
  if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
  // Read up to the limit and no further, whatever its size said.
  return decodeText(file, await readFileBytes(file, maxBytes));
}

/**
 * The changed findings as +/- lines (jsdiff over the labelled one-line findings), unchanged ones left out, each in
 * words: "+ contradiction (number): some 900 (wire) vs about 200 (daily) in “...”".
 */
function readableDiff(expected: readonly string[], actual: readonly string[]): string {
  return diffArrays([...expected], [...actual])
    .filter((part) => part.added || part.removed)
    .flatMap((part) => part.value.map((line) => `${part.added ? '+' : '-'} ${describeFinding(line)}`))
    .join('\n');
}

/** A person's summary of the results, one block per folder. */
export function renderCheck(results: readonly FolderResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    switch (r.status) {
      case 'pass':
        out.push(`ok       ${r.folder}`);
        break;
      case 'created':
      case 'updated':
        out.push(`${r.status.padEnd(8)} ${path.join(r.folder, EXPECTED_FILE)}`);
        break;
      case 'missing':
        out.push(
          `missing  ${path.join(r.folder, EXPECTED_FILE)}: review the findings with \`claimdiff ${r.folder}\`, ` +
            `then accept them with \`claimdiff check --update ${r.folder}\``,
        );
        break;
      case 'error':
        // The problem itself is on standard error (see runCheck).
        out.push(`error    ${r.folder}: see standard error`);
        break;
      case 'fail':
        out.push(
          `FAIL     ${r.folder}: ${pluralize('finding', r.diff.appeared.length, true)} appeared, ${r.diff.disappeared.length} disappeared ` +
            `(+ new, - expected; \`claimdiff check --update ${r.folder}\` accepts them)`,
          r.text,
        );
        break;
    }
  }
  const failed = results.filter((r) => r.status !== 'pass' && r.status !== 'created' && r.status !== 'updated').length;
  out.push('', `${pluralize('folder', results.length, true)} checked, ${failed} not passing`);
  // Folder names and finding lines come from input: each line through the output-safety layer.
  return `${out.join('\n').split('\n').map(safeLine).join('\n')}\n`;
}

/** 0 all pass (or were written), 1 a folder's findings changed, 2 trouble: a missing expected file or bad input. */
export function checkExitCode(results: readonly FolderResult[]): number {
  if (results.some((r) => r.status === 'error' || r.status === 'missing')) return 2;
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export interface CheckOptions extends LimitOptions {
  update?: boolean;
  format: 'terminal' | 'json' | 'github';
  /** --json: shorthand for --format json, as for the main command. */
  json?: boolean;
  failOn?: Finding[];
  quiet?: boolean;
}

/** `claimdiff check <folders...>`: every folder against its expected file; resolves to the exit code. */
export async function runCheck(args: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  guardOutput(io);
  const results: FolderResult[] = [];
  const limits = { load: loadOptions(options), compare: pipelineOptions(options, io) };
  const linked: Warning[] = [];
  const folders = await resolveFolders(args, linked);
  if (!options.quiet) for (const w of linked) printWarning(io, w);
  for (const folder of folders) {
    const result = await checkFolder(folder, options.update ?? false, io.stdin, limits);
    // Trouble with one folder is told on standard error as it happens; the other folders go on.
    if (result.status === 'error') printLine(io, result.message);
    if (result.status === 'missing') printLine(io, `${path.join(folder, EXPECTED_FILE)}: no such file (create it with claimdiff check --update ${folder})`);
    // What the run read otherwise (a link skipped, a source with no article text) is told as the main command tells it.
    if (!options.quiet && 'report' in result) for (const w of result.report.warnings) printWarning(io, w);
    results.push(result);
  }
  if (!options.quiet) io.stdout.write(renderResults(results, options.json === true ? 'json' : options.format));
  const code = checkExitCode(results);
  if (code !== 0) return code;
  const failing = results.some((r) => 'report' in r && failingFindings(r.report, options.failOn ?? []).length > 0);
  return failing ? 1 : 0;
}

function renderResults(results: readonly FolderResult[], format: CheckOptions['format']): string {
  if (format === 'terminal') return renderCheck(results);
  if (format === 'github') {
    // Each changed finding at its line, the ten most telling of the whole run; then each folder's own trouble and contradictions.
    const changes = changeAnnotations(results.flatMap((r) => (r.status === 'fail' ? [r] : [])));
    // The contradictions of all folders together: GitHub shows ten warnings a step, not ten a folder.
    const contradictions = githubAnnotations(results.flatMap((r) => ('report' in r ? [r.report] : [])));
    return [...changes.map((l) => `${l}\n`), ...results.map(githubLines), contradictions].join('');
  }
  const folders = results.map((r) => ({
    folder: r.folder,
    status: r.status,
    // Each change as data (its section and the finding as the expected file holds it), not a JSON line in a string.
    ...(r.status === 'fail' ? { appeared: r.diff.appeared.map(parseFindingLine), disappeared: r.diff.disappeared.map(parseFindingLine) } : {}),
    ...(r.status === 'error' ? { message: r.message } : {}),
  }));
  // Version 2: a change is {section, finding}, no longer a labelled JSON line inside a string.
  return `${safeJson({ schemaVersion: 2, folders }, 2)}\n`;
}

/** A folder's trouble as a GitHub annotation on its expected file (changes: changeAnnotations; contradictions: githubAnnotations). */
function githubLines(r: FolderResult): string {
  const file = property(path.join(r.folder, EXPECTED_FILE));
  const own =
    r.status === 'missing'
        ? `::error file=${file},title=claimdiff check::${data(`no ${EXPECTED_FILE}: run claimdiff check --update ${r.folder}`)}\n`
        : r.status === 'error'
          ? `::error title=claimdiff check::${data(r.message)}\n`
          : '';
  return own;
}
