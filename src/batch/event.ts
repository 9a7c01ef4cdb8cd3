/**
 * One event of `claimdiff batch`, run as `claimdiff EVENT --json` would run it, and its JSON Lines record. Runs
 * in a worker thread (./worker.ts); no output of its own.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { describeError, failingFindings, withSkipped, type Finding } from '../commands/shared.js';
import { requireTwo } from '../commands/diff.js';
import { DEFAULT_MAX_FILE_MB, loadInputs, MEGABYTE, readInputList } from '../load/index.js';
import { compare } from '../pipeline.js';
import { documentChunks, toJsonReport } from '../report/json.js';
import type { CompareOptions, Report } from '../types.js';
import { eventDigest, type EventDigest } from './digest.js';
import { errorRecord, reportRecord } from './record.js';

/** What every event of a batch is compared with: the single run's options. */
export interface EventOptions extends Pick<CompareOptions, 'keepClutter' | 'threshold' | 'maxSentences'> {
  maxFileBytes?: number;
  maxTotalBytes?: number;
  fetchTimeoutMs?: number;
  failOn?: Finding[];
}

export interface EventResult {
  /** The record, one line of JSON Lines without its line break. */
  record: string;
  digest?: EventDigest;
  /** The report has findings --fail-on names. */
  failing: boolean;
  /** Why the event could not be compared, as a single run would say it on stderr. */
  error?: string;
}

/**
 * An event is a folder (its articles, as `claimdiff FOLDER`) or a file listing its inputs, one a line (as
 * `claimdiff --inputs-from FILE`).
 */
async function loadEvent(event: string, options: EventOptions) {
  const limits = {
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.maxTotalBytes !== undefined ? { maxTotalBytes: options.maxTotalBytes } : {}),
    ...(options.fetchTimeoutMs !== undefined ? { fetchTimeoutMs: options.fetchTimeoutMs } : {}),
  };
  // Nothing is read from standard input: an event names its own files.
  const noInput = Readable.from([]);
  const isFolder = fs.statSync(event, { throwIfNoEntry: false })?.isDirectory() ?? true;
  if (isFolder) return loadInputs([event], noInput, limits);
  return loadInputs([], noInput, { ...limits, listed: await readInputList(event, noInput, options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MEGABYTE) });
}

/** The report of one event, exactly as a single run computes it. */
export async function eventReport(event: string, options: EventOptions): Promise<Report> {
  const { sources, skipped } = await loadEvent(event, options);
  requireTwo(sources, skipped);
  const compared = compare(sources, {
    keepClutter: options.keepClutter ?? false,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.maxSentences !== undefined ? { maxSentences: options.maxSentences } : {}),
  });
  return withSkipped(compared, skipped);
}

/**
 * `{"event":…,"report":…}`, the report byte for byte the single run's `--json` with its line breaks and their
 * indentation taken out; or `{"event":…,"error":…}` when the event could not be compared.
 */
export async function runEvent(event: string, options: EventOptions): Promise<EventResult> {
  try {
    const report = await eventReport(event, options);
    const document = toJsonReport(report);
    return {
      record: reportRecord(event, oneLine(documentChunks(document))),
      digest: eventDigest(document),
      failing: failingFindings(report, options.failOn ?? []).length > 0,
    };
  } catch (error) {
    const message = describeError(error);
    return { record: errorRecord(event, message), failing: false, error: message };
  }
}

/** The document's pieces on one line: a line break in the layout is always followed by indentation only. */
function oneLine(chunks: Iterable<string>): string {
  let out = '';
  for (const chunk of chunks) out += chunk.replace(/\n */g, '');
  return out;
}
