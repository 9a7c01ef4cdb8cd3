/**
 * `claimdiff batch EVENT...`: many events, one command. Each event (a folder of articles, or a file listing an
 * event's inputs) is compared as `claimdiff EVENT --json` would compare it, on a pool of worker threads, and
 * written as one JSON Lines record as soon as it and the events before it are done; a summary table ends the run.
 */
import fs from 'node:fs';
import { DEFAULT_MAX_FILE_MB, InputError, MEGABYTE, readInputList, STDIN } from '../load/index.js';
import { summaryLines, type EventOutcome } from '../batch/digest.js';
import type { EventOptions } from '../batch/event.js';
import { runPool, workerCount } from '../batch/pool.js';
import type { BatchFormat } from '../batch/formats.js';
import { appendRecords, resumedEvents } from '../batch/output.js';
import { guardOutput, loadOptions, printLine, type Finding, type Io, type LimitOptions } from './shared.js';


export interface BatchOptions extends LimitOptions {
  /** --manifest: a file (or - for standard input) naming events, one a line. */
  manifest?: string;
  format?: BatchFormat;
  output?: string;
  resume?: boolean;
  jobs?: number;
  failOn?: Finding[];
  keepClutter?: boolean;
  threshold?: number;
  fetchTimeout?: number;
}

/** Resolves to the exit code: 2 when any event failed (its record says why), else 1 for --fail-on findings, else 0. */
export async function runBatch(args: readonly string[], options: BatchOptions, io: Io): Promise<number> {
  guardOutput(io);
  if (options.resume === true && options.output === undefined) throw new InputError('', '--resume needs -o FILE: the records already in it are skipped');
  const limits = loadOptions(options);
  const listed = options.manifest !== undefined ? await readInputList(options.manifest, io.stdin, limits.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MEGABYTE) : [];
  if (args.includes(STDIN)) throw new InputError(STDIN, 'an event is a folder or a file listing its inputs, not standard input');
  // Same output whatever the order of the arguments: events in the order of their names, each once.
  const events = [...new Set([...args, ...listed])].sort();
  if (events.length === 0) throw new InputError('', 'no events: name event folders (or files listing an event\'s inputs), or list them with --manifest FILE');
  for (const event of events) if (!fs.existsSync(event)) throw new InputError(event, 'no such file or directory');

  const done = options.resume === true ? resumedEvents(options.output!) : new Set<string>();
  const todo = events.filter((e) => !done.has(e));
  const sink = options.output !== undefined ? appendRecords(options.output, options.resume === true) : undefined;
  const writeRecord = (line: string) => (sink !== undefined ? sink.write(line) : options.format !== 'summary' && io.stdout.write(`${line}\n`));
  const progress = progressLine(options, io, todo.length);
  const outcomes = new Map<string, EventOutcome>(events.filter((e) => done.has(e)).map((e) => [e, { event: e, resumed: true }]));
  let failed = false;
  let failing = false;
  const eventOptions: EventOptions = {
    ...limits,
    ...(options.fetchTimeout !== undefined ? { fetchTimeoutMs: options.fetchTimeout * 1000 } : {}),
    ...(options.keepClutter !== undefined ? { keepClutter: options.keepClutter } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.maxSentences !== undefined ? { maxSentences: options.maxSentences } : {}),
    ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
  };
  try {
    await runPool(todo, workerCount(options.jobs, todo.length), eventOptions, (i, result) => {
      writeRecord(result.record);
      outcomes.set(todo[i]!, { event: todo[i]!, ...(result.digest !== undefined ? { digest: result.digest } : {}), ...(result.error !== undefined ? { error: result.error } : {}) });
      if (result.error !== undefined) failed = true;
      if (result.failing) failing = true;
      progress?.(i + 1);
    });
  } finally {
    sink?.close();
  }
  if (!options.quiet) {
    const table = summaryLines(events.map((e) => outcomes.get(e)!)).join('\n');
    // The table goes where it does not mix with the records: stdout when they are in a file (or not written), else stderr.
    if (options.output !== undefined || options.format === 'summary') io.stdout.write(`${table}\n`);
    else io.stderr.write(`${table}\n`);
  }
  for (const o of outcomes.values()) if (o.error !== undefined && !options.quiet) printLine(io, `event ${o.event} failed: ${o.error}`);
  return failed ? 2 : failing ? 1 : 0;
}

/** On a terminal (and not --quiet): "claimdiff: batch: 3 of 27 events done…", erased when all are. */
function progressLine(options: BatchOptions, io: Io, total: number): ((done: number) => void) | undefined {
  if (options.quiet === true || io.stderr.isTTY !== true || total === 0) return undefined;
  io.stderr.write(`\r\u001b[Kclaimdiff: batch: 0 of ${total} events done…`);
  return (done) => io.stderr.write(done < total ? `\r\u001b[Kclaimdiff: batch: ${done} of ${total} events done…` : '\r\u001b[K');
}
